// Implements the screen scale rule (ui_scale.h).
#include "display/ui_scale.h"

#include <algorithm>
#include <cmath>

namespace pe {

UiScale compute_ui_scale(float base_font_pixels, float content_scale, float framebuffer_scale) {
    if (!(content_scale > 0.0f) || !std::isfinite(content_scale)) content_scale = 1.0f;
    if (!(framebuffer_scale > 0.0f) || !std::isfinite(framebuffer_scale)) framebuffer_scale = 1.0f;
    content_scale = std::clamp(content_scale, 0.5f, 4.0f);
    framebuffer_scale = std::clamp(framebuffer_scale, 0.5f, 4.0f);
    UiScale scale;
    // Window coordinates already carry framebuffer_scale; the rest is ours to apply.
    scale.style_scale = content_scale / framebuffer_scale;
    // Rasterise at physical size (whole pixels), draw at 1/framebuffer_scale of it.
    scale.font_raster_pixels = std::round(base_font_pixels * content_scale);
    scale.font_global_scale = 1.0f / framebuffer_scale;
    return scale;
}

}  // namespace pe

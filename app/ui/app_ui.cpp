// Implements the UI root (app_ui.h).
#include "app_ui.h"

#include <imgui.h>

#include "ui_fonts.h"
#include "ui_scale.h"
#include "ui_theme.h"

namespace pe {

void configure_ui(float content_scale, float framebuffer_scale) {
    const UiScale scale = compute_ui_scale(kBaseFontPixels, content_scale, framebuffer_scale);
    load_ui_fonts(scale.font_raster_pixels);
    ImGui::GetIO().FontGlobalScale = scale.font_global_scale;
    apply_ui_theme(scale.style_scale);
}

void draw_app(AppUi& ui, AppSession& session) {
    draw_overview(ui.overview, session);
}

}  // namespace pe

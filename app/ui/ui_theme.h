// The look of the program: the ImGui style (spacing and rounding scaled to the screen's pixel
// ratio, colours from core's theme palette, theme_palette.h) and the conversions the views use to
// draw with palette colours. The theme itself lives in ViewState::theme.
#pragma once

#include <imgui.h>

#include "display/theme_palette.h"

namespace pe {

// Replaces the whole ImGui style: sizes for `pixel_scale`, colours of `theme`.
void apply_ui_theme(Theme theme, float pixel_scale);

// Switches only the colours to `theme` (sizes stay); does nothing when they already are.
// draw_app calls it at the start of every frame with the session's theme.
void use_ui_theme_colours(Theme theme);

// The theme whose colours the current ImGui style holds.
Theme current_ui_theme();

ImVec4 to_imvec4(Rgba colour);
ImU32 to_imu32(Rgba colour, float alpha_scale = 1.0f);

}  // namespace pe

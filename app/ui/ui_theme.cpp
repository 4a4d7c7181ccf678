// Implements the theme (ui_theme.h).
#include "ui_theme.h"

#include <imgui.h>

namespace pe {

void apply_ui_theme(float pixel_scale) {
    ImGuiStyle style;
    ImGui::StyleColorsDark(&style);
    style.WindowRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.GrabRounding = 3.0f;
    style.WindowPadding = ImVec2(12.0f, 10.0f);
    style.ItemSpacing = ImVec2(8.0f, 6.0f);
    style.CellPadding = ImVec2(6.0f, 3.0f);
    style.ScaleAllSizes(pixel_scale);
    ImGui::GetStyle() = style;
}

}  // namespace pe

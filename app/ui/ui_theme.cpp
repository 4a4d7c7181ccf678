// Implements the ImGui style from the theme palette (ui_theme.h). ImGui's own dark and light
// colour sets are the base; every colour the palette names overrides its ImGui counterparts.
#include "ui_theme.h"

#include <algorithm>

namespace pe {

namespace {

ImVec4 mix(Rgba a, Rgba b, float t) {
    return ImVec4(a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t, a.a + (b.a - a.a) * t);
}

void set_colours(ImGuiStyle& style, Theme theme) {
    if (theme == Theme::Light) {
        ImGui::StyleColorsLight(&style);
    } else {
        ImGui::StyleColorsDark(&style);
    }
    const ThemePalette& p = theme_palette(theme);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = to_imvec4(p.text);
    c[ImGuiCol_TextDisabled] = to_imvec4(p.text_dim);
    c[ImGuiCol_WindowBg] = to_imvec4(p.window_bg);
    c[ImGuiCol_PopupBg] = to_imvec4(p.panel_bg);
    c[ImGuiCol_MenuBarBg] = to_imvec4(p.panel_bg);
    c[ImGuiCol_TitleBg] = to_imvec4(p.panel_bg);
    c[ImGuiCol_TitleBgActive] = to_imvec4(p.panel_bg);
    c[ImGuiCol_Border] = to_imvec4(p.control_border);  // frames and popups (FrameBorderSize)
    c[ImGuiCol_Separator] = to_imvec4(p.border);
    c[ImGuiCol_SeparatorHovered] = to_imvec4(with_alpha(p.accent, 0.7f));
    c[ImGuiCol_SeparatorActive] = to_imvec4(p.accent);
    c[ImGuiCol_FrameBg] = to_imvec4(p.frame_bg);
    c[ImGuiCol_FrameBgHovered] = to_imvec4(p.frame_hover);
    c[ImGuiCol_FrameBgActive] = to_imvec4(p.frame_hover);
    c[ImGuiCol_CheckMark] = to_imvec4(p.accent);
    c[ImGuiCol_SliderGrab] = to_imvec4(p.accent);
    c[ImGuiCol_Button] = to_imvec4(with_alpha(p.accent, 0.25f));
    c[ImGuiCol_ButtonHovered] = to_imvec4(with_alpha(p.accent, 0.4f));
    c[ImGuiCol_ButtonActive] = to_imvec4(with_alpha(p.accent, 0.55f));
    c[ImGuiCol_Header] = to_imvec4(p.selection);
    c[ImGuiCol_HeaderHovered] = to_imvec4(with_alpha(p.selection, p.selection.a * 0.6f));
    c[ImGuiCol_HeaderActive] = to_imvec4(with_alpha(p.selection, std::min(1.0f, p.selection.a * 1.3f)));
    c[ImGuiCol_TextSelectedBg] = to_imvec4(p.selection);
    c[ImGuiCol_NavHighlight] = to_imvec4(p.accent);
    c[ImGuiCol_TableHeaderBg] = to_imvec4(p.panel_bg);
    c[ImGuiCol_TableBorderStrong] = to_imvec4(p.border);
    c[ImGuiCol_TableBorderLight] = mix(p.border, p.window_bg, 0.4f);
    c[ImGuiCol_TableRowBgAlt] = to_imvec4(with_alpha(p.text, 0.035f));
    c[ImGuiCol_ScrollbarBg] = to_imvec4(with_alpha(p.window_bg, 0.0f));
    c[ImGuiCol_ScrollbarGrab] = to_imvec4(p.border);
    c[ImGuiCol_ScrollbarGrabHovered] = mix(p.border, p.text_dim, 0.5f);
    c[ImGuiCol_ScrollbarGrabActive] = to_imvec4(p.text_dim);
    c[ImGuiCol_PlotHistogram] = to_imvec4(p.accent);
    c[ImGuiCol_PlotLinesHovered] = to_imvec4(p.link);
}

}  // namespace

void apply_ui_theme(Theme theme, float pixel_scale) {
    ImGuiStyle style;
    set_colours(style, theme);
    style.WindowRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.GrabRounding = 3.0f;
    style.FrameBorderSize = 1.0f;  // fields and radio buttons stand out from the surface
    style.WindowPadding = ImVec2(12.0f, 10.0f);
    style.ItemSpacing = ImVec2(8.0f, 6.0f);
    style.CellPadding = ImVec2(6.0f, 3.0f);
    style.ScaleAllSizes(pixel_scale);
    ImGui::GetStyle() = style;
}

void use_ui_theme_colours(Theme theme) {
    if (current_ui_theme() == theme) return;
    set_colours(ImGui::GetStyle(), theme);
}

Theme current_ui_theme() {
    const ImVec4& window = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    const Rgba light = theme_palette(Theme::Light).window_bg;
    const bool is_light = window.x == light.r && window.y == light.g && window.z == light.b;
    return is_light ? Theme::Light : Theme::Dark;
}

ImVec4 to_imvec4(Rgba colour) {
    return ImVec4(colour.r, colour.g, colour.b, colour.a);
}

ImU32 to_imu32(Rgba colour, float alpha_scale) {
    return ImGui::ColorConvertFloat4ToU32(ImVec4(colour.r, colour.g, colour.b, colour.a * alpha_scale));
}

}  // namespace pe

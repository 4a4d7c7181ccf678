// Implements the theme palettes and the contrast maths (theme_palette.h). The colours were picked
// so that tests/core/theme_palette_test.cpp's WCAG thresholds hold in both themes; change them
// there first.
#include "display/theme_palette.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace pe {

namespace {

constexpr Rgba hex(std::uint32_t rgb, float alpha = 1.0f) {
    return Rgba{static_cast<float>((rgb >> 16) & 0xFFu) / 255.0f,
                static_cast<float>((rgb >> 8) & 0xFFu) / 255.0f, static_cast<float>(rgb & 0xFFu) / 255.0f,
                alpha};
}

ThemePalette dark_palette() {
    ThemePalette p;
    p.window_bg = hex(0x16191E);
    p.panel_bg = hex(0x1F232B);
    p.frame_bg = hex(0x262B34);
    p.frame_hover = hex(0x323946);
    p.border = hex(0x48505E);
    p.control_border = hex(0x737C8C);
    p.text = hex(0xE8EBF0);
    p.text_dim = hex(0xA3ABB8);
    p.text_inverse = hex(0x111418);
    p.error_text = hex(0xFF8C82);
    p.accent = hex(0x5B9DFF);
    p.selection = hex(0x3D7FE0, 0.45f);
    p.link = hex(0xC9B6FF);
    p.today = hex(0xFF7A6E);
    // Light, saturated lanes on the dark window: bars are bright, their labels dark.
    p.lanes = {hex(0x5B9DFF), hex(0xFFA646), hex(0x6FCF6F), hex(0xE07AD8), hex(0x4FD0DC), hex(0xE6CF4E)};
    p.lane_band_alpha = 0.07f;
    p.lane_name_alpha = 0.16f;
    p.bar_alpha = 0.90f;
    p.bar_alpha_approximate = 0.30f;
    p.cluster_alpha = 0.85f;
    p.cluster_alpha_selected = 1.0f;
    return p;
}

ThemePalette light_palette() {
    ThemePalette p;
    p.window_bg = hex(0xF6F7F9);
    p.panel_bg = hex(0xFFFFFF);
    p.frame_bg = hex(0xE9ECF1);
    p.frame_hover = hex(0xDDE3EC);
    p.border = hex(0xB9C0CB);
    p.control_border = hex(0x7D8695);
    p.text = hex(0x16191E);
    p.text_dim = hex(0x555D6B);
    p.text_inverse = hex(0xFFFFFF);
    p.error_text = hex(0xB3261E);
    p.accent = hex(0x1F63D1);
    p.selection = hex(0x1F63D1, 0.22f);
    p.link = hex(0x5A32B0);
    p.today = hex(0xC62828);
    // Dark, saturated lanes on the light window: bars are deep, their labels white.
    p.lanes = {hex(0x1A56B8), hex(0xA04F00), hex(0x27702B), hex(0x8F2B89), hex(0x006B7A), hex(0x7A6000)};
    p.lane_band_alpha = 0.07f;
    p.lane_name_alpha = 0.14f;
    p.bar_alpha = 0.92f;
    p.bar_alpha_approximate = 0.28f;
    p.cluster_alpha = 0.90f;
    p.cluster_alpha_selected = 1.0f;
    return p;
}

double linear_channel(float channel) {
    const double c = std::clamp(static_cast<double>(channel), 0.0, 1.0);
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::array<LaneInk, kLaneColourCount> compute_inks(const ThemePalette& palette) {
    std::array<LaneInk, kLaneColourCount> inks;
    for (std::size_t lane = 0; lane < kLaneColourCount; ++lane) inks[lane] = compute_lane_ink(palette, lane);
    return inks;
}

}  // namespace

const ThemePalette& theme_palette(Theme theme) {
    static const ThemePalette dark = dark_palette();
    static const ThemePalette light = light_palette();
    return theme == Theme::Light ? light : dark;
}

LaneInk compute_lane_ink(const ThemePalette& palette, std::size_t lane) {
    const Rgba line = palette.lanes[lane % kLaneColourCount];
    LaneInk ink;
    ink.line = composite(line, palette.window_bg);
    ink.band = composite(with_alpha(line, palette.lane_band_alpha), palette.window_bg);
    ink.name_bg = composite(with_alpha(line, palette.lane_name_alpha), palette.window_bg);
    ink.bar = composite(with_alpha(line, palette.bar_alpha), ink.band);
    ink.bar_approximate = composite(with_alpha(line, palette.bar_alpha_approximate), ink.band);
    ink.cluster = composite(with_alpha(line, palette.cluster_alpha), ink.band);
    ink.cluster_selected = composite(with_alpha(line, palette.cluster_alpha_selected), ink.band);
    ink.bar_label = readable_text_on(palette, ink.bar);
    ink.bar_approximate_label = readable_text_on(palette, ink.bar_approximate);
    ink.cluster_label = readable_text_on(palette, ink.cluster);
    ink.cluster_selected_label = readable_text_on(palette, ink.cluster_selected);
    return ink;
}

const LaneInk& lane_ink(Theme theme, std::size_t lane) {
    static const std::array<LaneInk, kLaneColourCount> dark = compute_inks(theme_palette(Theme::Dark));
    static const std::array<LaneInk, kLaneColourCount> light = compute_inks(theme_palette(Theme::Light));
    return (theme == Theme::Light ? light : dark)[lane % kLaneColourCount];
}

std::string_view theme_name(Theme theme) {
    return theme == Theme::Light ? "light" : "dark";
}

bool parse_theme(std::string_view name, Theme& out) {
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    if (lower == "dark") {
        out = Theme::Dark;
        return true;
    }
    if (lower == "light") {
        out = Theme::Light;
        return true;
    }
    return false;
}

Rgba with_alpha(Rgba colour, float alpha) {
    colour.a = alpha;
    return colour;
}

Rgba composite(Rgba top, Rgba bottom) {
    const float ta = std::clamp(top.a, 0.0f, 1.0f);
    const float ba = std::clamp(bottom.a, 0.0f, 1.0f);
    const float out_a = ta + ba * (1.0f - ta);
    if (out_a <= 0.0f) return Rgba{0.0f, 0.0f, 0.0f, 0.0f};
    const auto mix = [&](float t, float b) { return (t * ta + b * ba * (1.0f - ta)) / out_a; };
    return Rgba{mix(top.r, bottom.r), mix(top.g, bottom.g), mix(top.b, bottom.b), out_a};
}

double relative_luminance(Rgba colour) {
    return 0.2126 * linear_channel(colour.r) + 0.7152 * linear_channel(colour.g) +
           0.0722 * linear_channel(colour.b);
}

double contrast_ratio(Rgba foreground, Rgba background) {
    const Rgba opaque_background = with_alpha(background, 1.0f);
    const double fg = relative_luminance(composite(foreground, opaque_background));
    const double bg = relative_luminance(opaque_background);
    return (std::max(fg, bg) + 0.05) / (std::min(fg, bg) + 0.05);
}

Rgba readable_text_on(const ThemePalette& palette, Rgba background) {
    return contrast_ratio(palette.text, background) >= contrast_ratio(palette.text_inverse, background)
               ? palette.text
               : palette.text_inverse;
}

}  // namespace pe

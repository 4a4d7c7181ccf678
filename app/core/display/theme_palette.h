// The two colour themes (dark and light) as plain data: every colour the UI draws with, named for
// what it is used for, and the WCAG 2 contrast maths that the tests hold them to. No ImGui here:
// app/ui/ui_theme.cpp turns a palette into an ImGui style and draw colours.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace pe {

enum class Theme : std::uint8_t { Dark, Light };

// A colour with straight (not premultiplied) alpha, each channel 0..1, in sRGB.
struct Rgba {
    float r = 0.0f;
    float g = 0.0f;
    float b = 0.0f;
    float a = 1.0f;
};

inline constexpr std::size_t kLaneColourCount = 6;

struct ThemePalette {
    // Surfaces.
    Rgba window_bg;  // the main window: the timeline and the entity list are drawn on it
    Rgba panel_bg;   // the menu bar, popups, tooltips, table headers
    Rgba frame_bg;   // text fields, radio buttons, the overview strip
    Rgba frame_hover;
    Rgba border;          // separators, table lines, grid lines: quiet
    Rgba control_border;  // outlines of fields, radio buttons, popups: 3:1 against the surfaces
    // Text.
    Rgba text;
    Rgba text_dim;      // secondary text, hints, minor tick labels
    Rgba text_inverse;  // text on strong fills (timeline bars, clusters) where `text` reads worse
    Rgba error_text;
    // Accents.
    Rgba accent;     // check marks, focus, the active field, the overview histogram
    Rgba selection;  // selected rows and selected text (translucent, over the window)
    Rgba link;       // links drawn between timeline items
    Rgba today;      // the "today" line and its label
    // Timeline lanes: one colour per lane (repeating), for points, outlines and the lane's mark.
    std::array<Rgba, kLaneColourCount> lanes;
    float lane_band_alpha = 0.0f;         // the lane's tint across the timeline
    float lane_name_alpha = 0.0f;         // the lane's tint behind its name
    float bar_alpha = 0.0f;               // a bar whose dates are exact days
    float bar_alpha_approximate = 0.0f;   // a bar with year or month dates: faint, "some time in"
    float cluster_alpha = 0.0f;           // a "+N" cluster
    float cluster_alpha_selected = 0.0f;  // a cluster holding the selection
};

// Every colour of one lane, composited over the window (opaque), with the text that reads on it.
struct LaneInk {
    Rgba line;  // points, outlines, the mark next to the lane name
    Rgba band;  // the lane's background across the timeline
    Rgba name_bg;
    Rgba bar;
    Rgba bar_approximate;
    Rgba cluster;
    Rgba cluster_selected;
    Rgba bar_label;  // on `bar`; labels outside bars use the palette's text on `band`
    Rgba bar_approximate_label;
    Rgba cluster_label;
    Rgba cluster_selected_label;
};

const ThemePalette& theme_palette(Theme theme);

// The inks of lane `lane` (lanes repeat after kLaneColourCount), computed once per theme.
const LaneInk& lane_ink(Theme theme, std::size_t lane);
LaneInk compute_lane_ink(const ThemePalette& palette, std::size_t lane);

std::string_view theme_name(Theme theme);             // "dark" / "light"
bool parse_theme(std::string_view name, Theme& out);  // "dark" or "light", any case

// `colour` with its alpha replaced.
Rgba with_alpha(Rgba colour, float alpha);
// `top` drawn over `bottom` (source-over in sRGB, as ImGui blends); opaque when `bottom` is.
Rgba composite(Rgba top, Rgba bottom);
// WCAG 2 relative luminance of the colour's RGB (alpha ignored), 0 (black) to 1 (white).
double relative_luminance(Rgba colour);
// WCAG 2 contrast ratio, 1 to 21. A translucent foreground is first drawn over the background;
// the background is taken as opaque.
double contrast_ratio(Rgba foreground, Rgba background);
// The palette's text or inverse text, whichever contrasts more with `background`.
Rgba readable_text_on(const ThemePalette& palette, Rgba background);

}  // namespace pe

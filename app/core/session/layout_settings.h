// The layout and look a person chose, kept between runs in the ImGui settings text (one
// "[PolicyExplorer][Layout]" section of key=value lines, next to ImGui's own table
// settings): the splitter positions and the theme. Pure text in and out; where the text is
// stored (a file natively, localStorage on the web) is the platform's business.
#pragma once

#include <string>
#include <string_view>

#include "display/theme_palette.h"

namespace pe {

struct LayoutSettings {
    float timeline_share = 0.5f;  // of the height under the header, 0.2..0.85
    float details_share = 0.4f;   // of the width under the filters, 0.2..0.7
    Theme theme = Theme::Dark;
};

// Applies one "key=value" line; false (and nothing changed) for an unknown key or a value
// that is not a number in range or a theme name. Stored text may be old or edited by hand.
bool read_layout_setting(std::string_view line, LayoutSettings& settings);

// The lines read_layout_setting reads back, each ending in '\n'.
std::string write_layout_settings(const LayoutSettings& settings);

}  // namespace pe

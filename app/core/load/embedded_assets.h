// Files compiled into every build (generated at build time by scripts/generate_assets.py),
// so the page needs no fetch to start and the desktop program needs no install folder.
#pragma once

#include <string_view>

namespace pe {

std::string_view embedded_dataset_json();     // assets/data/beijing-stem-cell.json
std::string_view embedded_ui_strings_json();  // assets/strings/ui_strings.json
std::string_view embedded_font_otf();         // Noto Sans CJK SC, subset to embedded_font_chars()
std::string_view embedded_font_chars();       // UTF-8: every character the program can show
std::string_view
embedded_district_outlines();  // scripts/convert_districts.py: map/district_outlines.h parses it

}  // namespace pe

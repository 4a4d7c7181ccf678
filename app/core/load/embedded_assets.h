// Files compiled into every build (generated at build time by scripts/generate_assets.py),
// so the page needs no fetch to start and the desktop program needs no install folder.
#pragma once

#include <string_view>

namespace pe {

std::string_view embedded_dataset_json();     // assets/data/beijing-stem-cell.json
std::string_view embedded_ui_strings_json();  // assets/strings/ui_strings.json
std::string_view embedded_font_otf();         // Noto Sans CJK SC, subset to embedded_font_chars()
std::string_view embedded_font_chars();       // UTF-8: every character the program can show
// The font's ImGui atlas baked at build time (app/tools/font_atlas_baker.cpp, app/ui/
// font_atlas_blob.h); defined by the pe_font_atlas library, which only the UI links.
std::string_view embedded_font_atlas();
std::string_view
embedded_district_outlines();  // scripts/convert_districts.py: map/district_outlines.h parses it

}  // namespace pe

// Implements the layout settings lines (layout_settings.h).
#include "session/layout_settings.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace pe {

namespace {

bool read_share(std::string_view value, float low, float high, float& out) {
    const std::string text(value);
    char* end = nullptr;
    const float number = std::strtof(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0' || !std::isfinite(number) || number < low || number > high)
        return false;
    out = number;
    return true;
}

}  // namespace

bool read_layout_setting(std::string_view line, LayoutSettings& settings) {
    const std::size_t equals = line.find('=');
    if (equals == std::string_view::npos) return false;
    const std::string_view key = line.substr(0, equals);
    std::string_view value = line.substr(equals + 1);
    while (!value.empty() && (value.back() == '\r' || value.back() == ' ')) value.remove_suffix(1);
    if (key == "timeline_share") return read_share(value, 0.2f, 0.85f, settings.timeline_share);
    if (key == "details_share") return read_share(value, 0.2f, 0.7f, settings.details_share);
    if (key == "theme") return parse_theme(value, settings.theme);
    return false;
}

std::string write_layout_settings(const LayoutSettings& settings) {
    char text[128];
    std::snprintf(text, sizeof text,
                  "timeline_share=%.4f\ndetails_share=%.4f\ntheme=", settings.timeline_share,
                  settings.details_share);
    return std::string(text) + std::string(theme_name(settings.theme)) + "\n";
}

}  // namespace pe

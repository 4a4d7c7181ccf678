// Draws the built-in map as an SVG (districts, their names, policy badges, parks with their
// company counts, the scale bar) from the frame the view will draw, so a person can look
// at it: written to map_preview.svg in the working directory (build/tests under ctest).
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "map/map_frame.h"
#include "map_fixture.h"

namespace pe {
namespace {

std::string svg_of(const MapFrame& frame, const MapFrameParams& params) {
    std::ostringstream out;
    out << "<svg xmlns='http://www.w3.org/2000/svg' width='" << params.viewport.width << "' height='"
        << params.viewport.height << "' font-family='Noto Sans CJK SC' font-size='12'>\n"
        << "<rect width='100%' height='100%' fill='#f4f1ea'/>\n";
    for (const MapDistrictShape& d : frame.districts) {
        out << "<path fill='" << (d.selectable ? "#cfe0c3" : "#e6e2d6") << "' stroke='#7a7466' d='";
        for (const auto& ring : d.rings) {
            for (std::size_t i = 0; i < ring.size(); ++i)
                out << (i ? 'L' : 'M') << ring[i].x << ',' << ring[i].y;
            out << 'Z';
        }
        out << "'/>\n";
    }
    for (const MapDistrictShape& d : frame.districts) {
        if (d.label_visible) {
            out << "<text x='" << d.label_at.x << "' y='" << d.label_at.y
                << "' text-anchor='middle' fill='#4a4438'>" << d.label << "</text>\n";
        }
        if (d.policy_count > 0) {
            out << "<circle cx='" << d.label_at.x + 28 << "' cy='" << d.label_at.y - 4
                << "' r='8' fill='#b5562b'/><text x='" << d.label_at.x + 28 << "' y='" << d.label_at.y
                << "' text-anchor='middle' fill='white' font-size='11'>" << d.policy_count << "</text>\n";
        }
    }
    for (const MapMarkerShape& m : frame.markers) {
        out << "<circle cx='" << m.at.x << "' cy='" << m.at.y << "' r='" << m.radius
            << "' fill='#2b6cb5' stroke='white'" << (m.approximate ? " stroke-dasharray='2,2'" : "") << "/>\n"
            << "<text x='" << m.at.x + 9 << "' y='" << m.at.y + 4 << "' fill='#1d3f66' font-size='11'>"
            << m.label << (m.company_count ? " (" + std::to_string(m.company_count) + ")" : std::string())
            << "</text>\n";
    }
    const double x0 = params.viewport.width - 20.0 - frame.scale.px;
    const double y0 = params.viewport.height - 20.0;
    out << "<path stroke='black' stroke-width='2' fill='none' d='M" << x0 << ',' << y0 - 5 << 'L' << x0 << ','
        << y0 << 'L' << x0 + frame.scale.px << ',' << y0 << 'L' << x0 + frame.scale.px << ',' << y0 - 5
        << "'/>\n"
        << "<text x='" << x0 + frame.scale.px / 2 << "' y='" << y0 - 6 << "' text-anchor='middle'>"
        << frame.scale_label << "</text>\n";
    out << "</svg>\n";
    return out.str();
}

TEST(MapPreview, WritesTheBuiltInMapAsSvg) {
    const Dataset& data = map_test::builtin_dataset();
    const MapScene scene =
        build_map_scene(data, map_test::builtin_outlines(), beijing_projection(), MapRoleInput{});
    MapFrameParams params;
    params.viewport = MapViewport{0.0, 0.0, 900.0, 900.0};
    params.camera = fit_bounds(MapCamera{}, scene.bounds, params.viewport, 30.0, MapCameraLimits{});
    const MapFrame frame = build_map_frame(data, scene, MapRoleInput{}, params);
    const std::string svg = svg_of(frame, params);

    std::size_t paths = 0;
    for (std::size_t at = svg.find("<path fill="); at != std::string::npos;
         at = svg.find("<path fill=", at + 1))
        ++paths;
    EXPECT_EQ(paths, 16u);
    EXPECT_NE(svg.find(">海淀区<"), std::string::npos);
    EXPECT_NE(svg.find("大兴生物医药产业基地 (4)"), std::string::npos);
    EXPECT_NE(svg.find(">" + frame.scale_label + "<"), std::string::npos);
    std::ofstream("map_preview.svg") << svg;
    std::printf("map_preview.svg: %zu bytes, %.2f px per km, scale bar %s = %.0f px\n", svg.size(),
                params.camera.px_per_km, frame.scale_label.c_str(), frame.scale.px);
}

}  // namespace
}  // namespace pe

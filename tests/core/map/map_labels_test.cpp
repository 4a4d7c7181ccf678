// The map's labels: the packer on hand-made requests (a second label moves aside, badges stay
// when the name has no room, priority decides who gets the place), and the built-in map at
// several zooms in both languages, where no two shown labels overlap and none covers a disc
// (西城 and 东城 side by side, the Yizhuang park's name beside 通州's).
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "map/map_frame.h"
#include "map_fixture.h"

namespace pe {
namespace {

using map_test::builtin_dataset;
using map_test::builtin_outlines;

const MapBox kScreen{0.0f, 0.0f, 800.0f, 600.0f};

MapLabelRequest request_at(std::size_t index, MapPixel at, std::string text, int priority = 0) {
    MapLabelRequest r;
    r.owner = MapLabelOwner::Marker;
    r.index = index;
    r.at = at;
    r.radius = 6.0f;
    r.text = std::move(text);
    r.priority = priority;
    return r;
}

TEST(MapLabels, ASecondLabelAtTheSamePlaceMovesToTheOtherSide) {
    const std::vector<MapLabelRequest> requests = {request_at(0, {400, 300}, "Alpha"),
                                                   request_at(1, {400, 300}, "Beta")};
    const auto labels = place_map_labels(requests, {}, kScreen, MapLabelMetrics{});
    ASSERT_EQ(labels.size(), 2u);
    EXPECT_GT(labels[0].box.left, 400.0f);                        // right of the disc
    EXPECT_LT(labels[1].box.left + labels[1].box.width, 400.0f);  // left of it
    EXPECT_FALSE(map_boxes_overlap(labels[0].box, labels[1].box));
}

TEST(MapLabels, PriorityDecidesAndBadgesStayWhenTheNameHasNoRoom) {
    std::vector<MapLabelRequest> requests;
    // Four labels around one point fill its four places; a fifth with a badge keeps the badge
    // only if some place has room for it, and the first placed is the lowest priority number.
    for (std::size_t i = 0; i < 4; ++i) requests.push_back(request_at(i, {400, 300}, "Long name here", 5));
    requests.push_back(request_at(4, {400, 300}, "Selected", 0));
    requests[4].badges.emplace_back(MapBadgeKind::Companies, 4);
    auto labels = place_map_labels(requests, {}, kScreen, MapLabelMetrics{});
    ASSERT_EQ(labels.size(), 4u);
    EXPECT_EQ(labels[0].index, 4u);
    EXPECT_TRUE(labels[0].text_shown);
    ASSERT_EQ(labels[0].badges.size(), 1u);
    EXPECT_EQ(labels[0].badges[0].count, 4u);
    EXPECT_LT(labels[0].badges[0].box.left, labels[0].text_at.x);  // the badge, then the name

    // A label with a badge and a long name in a small room: no place holds the name, but
    // the badge fits beside the disc.
    MapLabelRequest tight = request_at(0, {400, 300}, "A name far too long to fit anywhere");
    tight.badges.emplace_back(MapBadgeKind::Policies, 2);
    // Walls everywhere but a 60 by 100 px room around the point.
    const std::vector<MapBox> walls = {
        {0, 0, 800, 250}, {0, 350, 800, 250}, {0, 250, 370, 100}, {430, 250, 370, 100}};
    labels = place_map_labels({tight}, walls, kScreen, MapLabelMetrics{});
    ASSERT_EQ(labels.size(), 1u);
    EXPECT_FALSE(labels[0].text_shown);
    EXPECT_EQ(labels[0].badges.size(), 1u);
}

TEST(MapLabels, OutsideTheViewportNothingIsPlaced) {
    const auto labels = place_map_labels({request_at(0, {900, 300}, "Away")}, {}, kScreen, MapLabelMetrics{});
    EXPECT_TRUE(labels.empty());
}

// Naive placement (every name centred on its district's anchor, every park's name right of
// its disc): what the map drew before the packer, to show the built-in data does collide.
bool naive_overlap(const MapFrame& frame, const MapFrameParams& params, const std::string& a,
                   const std::string& b) {
    const auto box_of = [&](const std::string& text) -> std::optional<MapBox> {
        const float w = map_estimated_text_width(text, params.labels.font_px);
        const float h = params.labels.line_height;
        for (const auto& d : frame.districts) {
            if (d.label == text) return MapBox{d.label_at.x - w / 2, d.label_at.y - h / 2, w, h};
        }
        for (const auto& m : frame.markers) {
            if (m.label == text) return MapBox{m.at.x + m.radius + 4.0f, m.at.y - h / 2, w, h};
        }
        return std::nullopt;
    };
    const auto ba = box_of(a), bb = box_of(b);
    return ba && bb && map_boxes_overlap(*ba, *bb);
}

void expect_no_overlaps(const MapFrame& frame, const std::string& where) {
    for (std::size_t i = 0; i < frame.labels.size(); ++i) {
        for (std::size_t j = i + 1; j < frame.labels.size(); ++j) {
            EXPECT_FALSE(map_boxes_overlap(frame.labels[i].box, frame.labels[j].box))
                << where << ": " << frame.labels[i].text << " / " << frame.labels[j].text;
        }
        for (const auto& m : frame.markers) {
            const MapBox disc{m.at.x - m.radius, m.at.y - m.radius, 2 * m.radius, 2 * m.radius};
            EXPECT_FALSE(map_boxes_overlap(frame.labels[i].box, disc))
                << where << ": " << frame.labels[i].text;
        }
    }
}

TEST(MapLabels, TheBuiltInMapHasNoOverlappingLabelsAtAnyZoom) {
    const Dataset& data = builtin_dataset();
    const MapScene scene = build_map_scene(data, builtin_outlines(), beijing_projection(), MapRoleInput{});
    MapFrameParams params;
    params.viewport = MapViewport{0.0, 0.0, 800.0, 600.0};
    const MapCamera fitted = fit_bounds(MapCamera{}, scene.bounds, params.viewport, 20.0, MapCameraLimits{});
    const MapPoint city = project(beijing_projection(), GeoCoord{116.40, 39.88});
    bool saw_west_and_east = false;
    for (const Language language : {Language::Zh, Language::En}) {
        params.language = language;
        for (const double zoom : {1.0, 2.0, 4.0, 8.0, 16.0}) {
            params.camera = fitted;
            params.camera.px_per_km *= zoom;
            if (zoom > 1.0) params.camera.centre = city;
            const MapFrame frame = build_map_frame(data, scene, MapRoleInput{}, params);
            const std::string where =
                std::string(language == Language::Zh ? "zh" : "en") + " zoom " + std::to_string(zoom);
            expect_no_overlaps(frame, where);
            // Without the packer 西城 and 东城 cover each other at some of these zooms.
            if (language == Language::Zh && naive_overlap(frame, params, "西城区", "东城区")) {
                saw_west_and_east = true;
            }
        }
    }
    EXPECT_TRUE(saw_west_and_east) << "the case is real";
}

TEST(MapLabels, FittedEveryParkIsNamedAndYizhuangDoesNotCoverTongzhou) {
    const Dataset& data = builtin_dataset();
    const MapScene scene = build_map_scene(data, builtin_outlines(), beijing_projection(), MapRoleInput{});
    MapFrameParams params;
    params.viewport = MapViewport{0.0, 0.0, 800.0, 600.0};
    params.camera = fit_bounds(MapCamera{}, scene.bounds, params.viewport, 20.0, MapCameraLimits{});
    const MapFrame frame = build_map_frame(data, scene, MapRoleInput{}, params);
    EXPECT_TRUE(naive_overlap(frame, params, "亦庄生物医药园", "通州区")) << "the case is real";
    expect_no_overlaps(frame, "fitted");
    std::size_t parks_named = 0;
    for (const MapLabel& label : frame.labels) {
        if (label.owner == MapLabelOwner::Marker && label.text_shown) ++parks_named;
    }
    EXPECT_EQ(parks_named, 3u);
    bool tongzhou = false;
    for (const MapLabel& label : frame.labels) tongzhou = tongzhou || label.text == "通州区";
    EXPECT_TRUE(tongzhou) << "通州 keeps its name, moved aside";
}

}  // namespace
}  // namespace pe

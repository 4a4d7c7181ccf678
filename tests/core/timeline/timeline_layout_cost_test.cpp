// What keeps a frame's layout to what is on screen: lanes outside the clip get their box (the
// same height as laid out) but no items or clusters, unless they hold a link's end; labels are
// measured once and kept between frames until the data, the font or the language change.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "timeline/timeline_frame.h"
#include "timeline/timeline_layout.h"
#include "timeline_fixture.h"

namespace pe {
namespace {

using timeline_test::Builder;
using timeline_test::kDay0;

// Four lanes, each with points close enough to need rows and some denser than rows (clusters).
Dataset four_lanes() {
    Builder b;
    for (const char* lane : {"a", "b", "c", "d"}) b.lane(lane);
    int n = 0;
    for (const char* lane : {"a", "b", "c", "d"}) {
        for (int i = 0; i < 12; ++i) {
            const std::string id = std::string(lane) + std::to_string(n++);
            b.point(id, lane, kDay0 + (i < 8 ? i * 3 : 60), "Label " + id);
        }
    }
    b.link("a0", "d39", "enables");  // d39: lane d's fourth point
    return b.build();
}

TEST(TimelineLayoutCost, LanesOutsideTheClipKeepTheirHeightButNoItems) {
    const Dataset data = four_lanes();
    const TimelineIndex index = build_timeline_index(data, 0);
    TimelineLayoutInput in = timeline_test::layout_input(10.0, 3);
    const TimelineLayout whole = layout_timeline(data, index, in);
    ASSERT_EQ(whole.lanes.size(), 4u);
    ASSERT_GT(whole.lanes[1].item_end, whole.lanes[1].item_begin);
    in.clip_y0 = whole.lanes[1].y0 + 1.0f;  // only lane b is in view
    in.clip_y1 = whole.lanes[1].y1 - 1.0f;
    const TimelineLayout culled = layout_timeline(data, index, in);
    ASSERT_EQ(culled.lanes.size(), 4u);
    EXPECT_FLOAT_EQ(culled.height, whole.height);
    for (std::size_t l = 0; l < 4; ++l) {
        const TimelineLaneBox& c = culled.lanes[l];
        const TimelineLaneBox& w = whole.lanes[l];
        EXPECT_FLOAT_EQ(c.y0, w.y0) << l;
        EXPECT_FLOAT_EQ(c.y1, w.y1) << l;
        EXPECT_EQ(c.has_cluster_row, w.has_cluster_row) << l;
        EXPECT_EQ(c.visible_count, w.visible_count) << l;
        const bool shown = l == 1;
        EXPECT_EQ(c.item_end > c.item_begin, shown) << l;
        EXPECT_EQ(c.cluster_end > c.cluster_begin, shown && w.has_cluster_row) << l;
    }
    // Lane b is laid out exactly as before.
    const TimelineLaneBox& b = culled.lanes[1];
    ASSERT_EQ(b.item_end - b.item_begin, whole.lanes[1].item_end - whole.lanes[1].item_begin);
    for (std::uint32_t i = 0; i < b.item_end - b.item_begin; ++i) {
        const TimelineItemBox& c = culled.items[b.item_begin + i];
        const TimelineItemBox& w = whole.items[whole.lanes[1].item_begin + i];
        EXPECT_EQ(c.entity, w.entity);
        EXPECT_EQ(c.label, w.label);
        EXPECT_FLOAT_EQ(c.x0, w.x0);
        EXPECT_FLOAT_EQ(c.y0, w.y0);
    }
    // A lane asked for in full is laid out wherever it is.
    in.full_lanes = {3};
    const TimelineLayout with_d = layout_timeline(data, index, in);
    EXPECT_GT(with_d.lanes[3].item_end, with_d.lanes[3].item_begin);
    EXPECT_EQ(with_d.lanes[2].item_end, with_d.lanes[2].item_begin);
}

TEST(TimelineLayoutCost, TheSelectionsLinkEndsAreFoundInLanesOffScreen) {
    const Dataset data = four_lanes();
    const TimelineIndex index = build_timeline_index(data, 0);
    TimelineFrameInput in;
    in.layout = timeline_test::layout_input(10.0, 3);
    in.layout.selected = data.index.entity_by_id.at("a0");
    in.layout.clip_y0 = 0.0f;
    in.layout.clip_y1 = 10.0f;  // lane a only
    TimelineFrame frame;
    build_timeline_frame(data, index, in, frame);
    ASSERT_EQ(frame.links.marks.size(), 1u);
    EXPECT_EQ(frame.links.marks[0].other.kind, LinkEndKind::Item);
    EXPECT_EQ(frame.links.not_on_timeline, 0u);
    EXPECT_EQ(frame.layout.lanes[1].item_end, frame.layout.lanes[1].item_begin);  // b, c: culled
    EXPECT_GT(frame.layout.lanes[3].item_end, frame.layout.lanes[3].item_begin);
}

TEST(TimelineLayoutCost, LabelsAreMeasuredOnceUntilTheirKeyChanges) {
    const Dataset data = four_lanes();
    const TimelineIndex index = build_timeline_index(data, 0);
    TimelineLayoutInput in = timeline_test::layout_input(10.0, 3);
    int measured = 0;
    in.text.width = [&measured](std::string_view text) {
        if (text.rfind("Label", 0) == 0) ++measured;  // items' labels, not clusters' counts
        return 7.0f * static_cast<float>(text.size());
    };
    TimelineLayout layout;
    layout_timeline(data, index, in, layout);
    const int first = measured;
    ASSERT_GT(first, 0);
    const std::string label = layout.items[0].label;
    in.axis.window.start_day += 0.5;  // panned: the same items, nothing measured again
    in.axis.window.end_day += 0.5;
    layout_timeline(data, index, in, layout);
    EXPECT_EQ(measured, first);
    EXPECT_EQ(layout.items[0].label, label);
    in.labels_key = 2;  // another font or dataset
    layout_timeline(data, index, in, layout);
    EXPECT_EQ(measured, 2 * first);
    in.language = Language::Zh;
    layout_timeline(data, index, in, layout);
    EXPECT_GT(measured, 2 * first);
    EXPECT_EQ(layout.items[0].label.substr(layout.items[0].label.size() - 3), "_zh");
}

TEST(TimelineLayoutCost, ACutStandsForTheElidedText) {
    const TextMeasure m{};
    for (const char* text : {"Alpha", "Alphabet", "干细胞临床研究", ""}) {
        for (const float max_px : {5.0f, 35.0f, 50.0f, 500.0f}) {
            float width = 0.0f;
            const std::string elided = elide_to_width(m, text, max_px, width);
            const TextCut cut = cut_to_width(m, text, max_px);
            EXPECT_EQ(apply_cut(text, cut), elided) << text << " " << max_px;
            EXPECT_FLOAT_EQ(cut.width, width);
        }
    }
}

TEST(TimelineLayoutCost, TheOverviewsWindowMovesWithoutRecountingTheDensity) {
    const Dataset data = four_lanes();
    const TimelineIndex index = build_timeline_index(data, 0);
    TimelineOverviewStrip strip =
        build_overview_strip(index, TimeWindow{double(kDay0), kDay0 + 10.0}, 0.0, 610.0, 61);
    const std::vector<std::uint32_t> density = strip.density;
    place_overview_window(strip, TimeWindow{kDay0 + 30.0, kDay0 + 40.0});
    EXPECT_EQ(strip.density, density);
    EXPECT_FLOAT_EQ(strip.window_x0, 300.0f);  // the span is 61 days over 610 px
    EXPECT_FLOAT_EQ(strip.window_x1, 400.0f);
}

}  // namespace
}  // namespace pe

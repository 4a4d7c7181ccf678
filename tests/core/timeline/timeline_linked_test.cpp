// The selection's linked items on the timeline: direct links with the focus off (reaching
// out to the nearest dated ones for an undated selection), the focus's neighbourhood with it
// on, the undated ones counted by type, the filter's hidden ones, and the window that fits.
#include "timeline/timeline_linked.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "linked_fixture.h"
#include "timeline/timeline_frame.h"

namespace pe {
namespace {

using timeline_test::Builder;

constexpr std::int64_t D = timeline_test::kDay0;

// P (a park, undated) has two companies C1, C2 and a regulator R, all undated. C1 develops
// product X (dated, D+10), whose milestone M is at D+50; policy Q (D+400) applies to R.
// So X and Q are two links from P, M three. L is alone.
struct Scene : timeline_test::LinkedScene {
    Scene() {
        Builder b;
        b.lane("a");
        auto undated = [&](const std::string& id, const std::string& type) {
            data_type(b, b.entity(id, "a", id), type);
        };
        undated("P", "park");
        undated("C1", "company");
        undated("C2", "company");
        undated("R", "regulator");
        undated("L", "person");
        data_type(b, b.point("X", "a", D + 10), "product");
        data_type(b, b.point("M", "a", D + 50), "milestone");
        data_type(b, b.point("Q", "a", D + 400), "policy");
        b.link("C1", "P", "located_in");
        b.link("C2", "P", "located_in");
        b.link("R", "P", "supports");
        b.link("X", "C1", "developed_by");
        b.link("M", "X", "milestone_of");
        b.link("Q", "R", "applies_to");
        data = b.build();
        graph = build_graph_index(data);
        index = build_timeline_index(data, D + 1000);
    }
    static void data_type(Builder& b, std::uint32_t e, const std::string& type) {
        b.data.entities[e].type = type;
    }
    std::uint32_t id(const std::string& name) const { return data.index.entity_by_id.at(name); }
    std::vector<std::string> ids(const std::vector<std::uint32_t>& entities, bool sorted = true) const {
        std::vector<std::string> out;
        for (const std::uint32_t e : entities) out.push_back(data.entities[e].id.str());
        if (sorted) std::sort(out.begin(), out.end());
        return out;
    }
    TimelineLinked linked(const std::string& selected, int focus = 0,
                          const std::vector<std::uint8_t>* visible = nullptr,
                          const TimelineIndex* shown = nullptr) {
        ask(selected, "", focus);
        TimelineLinked out;
        update_timeline_linked(data, graph, emphasis, shown ? *shown : index, visible, id(selected), out);
        return out;
    }
};

using Ids = std::vector<std::string>;

TEST(TimelineLinked, AnUndatedSelectionReachesOutToItsNearestDatedLinks) {
    Scene s;
    const TimelineLinked linked = s.linked("P");
    EXPECT_FALSE(linked.selected_dated);
    EXPECT_FALSE(linked.focus);
    EXPECT_TRUE(linked.widened);  // no direct link of P is dated: two links away, X and Q are
    EXPECT_EQ(linked.depth, 2);
    EXPECT_EQ(s.ids(linked.dated), (Ids{"Q", "X"}));
    EXPECT_EQ(s.ids(linked.undated, false), (Ids{"C1", "C2", "R"}));  // by type group: companies first
    ASSERT_EQ(linked.undated_types.size(), 2u);
    EXPECT_EQ(linked.undated_types[0].type, "company");
    EXPECT_EQ(linked.undated_types[0].count, 2u);
    EXPECT_EQ(linked.undated_types[0].kind, 9u);  // kEntityTypes: the colour of companies
    EXPECT_EQ(linked.undated_types[1].type, "regulator");
    EXPECT_EQ(linked.undated_types[1].count, 1u);
    EXPECT_TRUE(is_linked(linked, s.emphasis, s.id("X")));
    EXPECT_TRUE(is_linked(linked, s.emphasis, s.id("C1")));
    EXPECT_FALSE(is_linked(linked, s.emphasis, s.id("M")));  // three links away
    EXPECT_FALSE(is_linked(linked, s.emphasis, s.id("P")));  // the selection itself
    EXPECT_FALSE(is_linked(linked, s.emphasis, s.id("L")));
}

TEST(TimelineLinked, ADatedSelectionShowsItsDirectLinksOnly) {
    Scene s;
    const TimelineLinked linked = s.linked("X");
    EXPECT_TRUE(linked.selected_dated);
    EXPECT_FALSE(linked.widened);
    EXPECT_EQ(linked.depth, 1);
    EXPECT_EQ(s.ids(linked.dated), (Ids{"M"}));
    EXPECT_EQ(s.ids(linked.undated), (Ids{"C1"}));
}

TEST(TimelineLinked, WithNothingDatedWithinThreeLinksOnlyTheDirectLinksCount) {
    Scene s;
    const TimelineLinked lonely = s.linked("L");
    EXPECT_EQ(lonely.depth, 1);
    EXPECT_FALSE(lonely.widened);
    EXPECT_TRUE(lonely.dated.empty());
    EXPECT_TRUE(lonely.undated.empty());
}

TEST(TimelineLinked, TheFocusDepthDecidesWhatIsLinked) {
    Scene s;
    TimelineLinked linked = s.linked("P", 1);
    EXPECT_TRUE(linked.focus);
    EXPECT_EQ(linked.depth, 1);
    EXPECT_TRUE(linked.dated.empty());  // the focus is what the person asked for: no reaching out
    EXPECT_EQ(s.ids(linked.undated), (Ids{"C1", "C2", "R"}));
    EXPECT_FALSE(is_linked(linked, s.emphasis, s.id("X")));

    linked = s.linked("P", 3);
    EXPECT_EQ(linked.depth, 3);
    EXPECT_EQ(s.ids(linked.dated), (Ids{"M", "Q", "X"}));
    EXPECT_TRUE(is_linked(linked, s.emphasis, s.id("M")));
}

TEST(TimelineLinked, WhatTheFilterHidesIsCountedApart) {
    Scene s;
    std::vector<std::uint8_t> visible(s.data.entities.size(), 1);
    visible[s.id("C2")] = 0;
    visible[s.id("Q")] = 0;
    TimelineIndex shown;
    filter_timeline_index(s.data, s.index, &visible, shown);
    const TimelineLinked linked = s.linked("P", 0, &visible, &shown);
    EXPECT_EQ(linked.depth, 2);
    EXPECT_EQ(linked.hidden, 2u);
    EXPECT_EQ(s.ids(linked.dated), (Ids{"X"}));
    EXPECT_EQ(s.ids(linked.undated), (Ids{"C1", "R"}));
}

TEST(TimelineLinked, NothingSelectedLinksNothing) {
    Scene s;
    TimelineLinked linked;
    update_timeline_linked(s.data, s.graph, s.emphasis, s.index, nullptr, kNoEntity, linked);
    EXPECT_EQ(linked.depth, 0);
    EXPECT_TRUE(linked.dated.empty() && linked.undated.empty());
    EXPECT_FALSE(is_linked(linked, s.emphasis, s.id("X")));
}

TEST(TimelineLinked, TheWindowMovesToTheLinkedItemsOnlyWhenNoneIsInView) {
    Scene s;
    const TimelineLinked linked = s.linked("P");
    const AxisLimits limits = timeline_limits(s.index);
    const TimeWindow far{D + 2000.0, D + 2100.0};
    const TimeWindow moved = window_after_selection(s.index, linked, far, 1000.0, 40.0, limits);
    EXPECT_LE(moved.start_day, D + 10.0);  // X and Q both inside, with the margin
    EXPECT_GE(moved.end_day, D + 401.0);
    EXPECT_LT(moved.end_day - moved.start_day, 500.0);

    const TimeWindow near{D, D + 20.0};  // X is in view: the window stays
    const TimeWindow kept = window_after_selection(s.index, linked, near, 1000.0, 40.0, limits);
    EXPECT_EQ(kept.start_day, near.start_day);
    EXPECT_EQ(kept.end_day, near.end_day);

    const TimelineLinked lonely = s.linked("L");  // nothing on the timeline: nothing to fit
    TimeWindow out;
    EXPECT_FALSE(linked_fit_window(s.index, lonely, 1000.0, 40.0, limits, out));
    const TimeWindow same = window_after_selection(s.index, lonely, far, 1000.0, 40.0, limits);
    EXPECT_EQ(same.start_day, far.start_day);
}

TEST(TimelineLinked, TheLanesScrollToTheLinkedItemsWhenNoneOfTheirLanesIsInView) {
    // Three lanes of one row each; the undated U is linked to C (lane c) only.
    timeline_test::LinkedScene s;
    Builder b;
    b.lane("a").lane("b").lane("c");
    b.point("A", "a", D + 5);
    b.point("B", "b", D + 5);
    b.point("C", "c", D + 5);
    b.entity("U", "a", "U");
    b.link("U", "C", "about");
    s.take(b, D + 1000);
    s.ask("U", "", 0);
    TimelineLinked linked;
    update_timeline_linked(s.data, s.graph, s.emphasis, s.index, nullptr, s.id("U"), linked);
    TimelineLayoutInput in = timeline_test::layout_input(10.0, 1);
    in.top = 100.0f;  // the canvas starts at y 100, scrolled by 0
    const TimelineLayout layout = layout_timeline(s.data, s.index, in);
    ASSERT_EQ(layout.lanes.size(), 3u);
    const float lane_c = layout.lanes[2].y0;
    EXPECT_GT(lane_c, 140.0f);
    // A canvas 40 px high shows lane a only: scroll lane c to its top.
    EXPECT_FLOAT_EQ(scroll_to_linked(layout, s.index, linked, 100.0f, 140.0f, 0.0f), lane_c - 100.0f);
    // Tall enough to show lane c: nothing moves.
    EXPECT_FLOAT_EQ(scroll_to_linked(layout, s.index, linked, 100.0f, lane_c + 1.0f, 7.0f), 7.0f);
    // Nothing selected: nothing moves.
    TimelineLinked none;
    EXPECT_FLOAT_EQ(scroll_to_linked(layout, s.index, none, 100.0f, 140.0f, 3.0f), 3.0f);
}

}  // namespace
}  // namespace pe

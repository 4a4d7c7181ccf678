// The selected entity's links in one frame: arcs to items and clusters on screen, edge
// markers for ends outside the window (stacked per lane and side), nothing for undated ends.
#include "timeline/timeline_links.h"

#include <gtest/gtest.h>

#include "timeline_fixture.h"

namespace pe {
namespace {

using timeline_test::Builder;

constexpr std::int64_t D = 18264;

TimelineLayoutInput input() {
    return timeline_test::layout_input(10.0, 3);
}  // 100 days across

// Lane a (y 0..48): S at x 15 in row 0 (y 4..24), five points clustered at x 400..440 in the
// cluster row (y 24..44). Lane b (y 50..78): T at x 205. U is after the window, V and V2
// before it, W has no date.
struct Scene {
    Dataset data;
    TimelineIndex index;
    TimelineLayout layout;
    std::uint32_t id(const std::string& name) const { return data.index.entity_by_id.at(name); }
    TimelineLinks links_of(const std::string& name) const {
        return build_timeline_links(data, index, layout, id(name));
    }
};

Scene scene() {
    Builder b;
    b.lane("a").lane("b");
    b.point("S", "a", D + 1);
    for (int i = 0; i < 5; ++i) b.point("X" + std::to_string(i), "a", D + 40);
    b.point("T", "b", D + 20);
    b.point("U", "b", D + 500);
    b.point("V", "a", D - 50);
    b.point("V2", "a", D - 60);
    b.point("Z", "a", D + 600);
    b.entity("W", "a", "W");
    b.link("S", "T", "enabled");
    b.link("S", "U", "funds");
    b.link("V", "S", "applies_to");
    b.link("V2", "S", "applies_to");
    b.link("S", "W", "located_in");
    b.link("S", "X2", "developed_by");
    b.link("V", "Z", "enabled");
    b.link("V", "V2", "enabled");
    Scene s{b.build(), {}, {}};
    s.index = build_timeline_index(s.data, 0);
    s.layout = layout_timeline(s.data, s.index, input());
    return s;
}

TEST(TimelineLinks, ArcsMarkersAndNothingForUndatedEnds) {
    const Scene s = scene();
    const TimelineLinks links = s.links_of("S");
    EXPECT_EQ(links.self.kind, LinkEndKind::Item);
    EXPECT_FLOAT_EQ(links.self.x, 15.0f);
    EXPECT_FLOAT_EQ(links.self.y, 14.0f);
    ASSERT_EQ(links.marks.size(), 6u);
    EXPECT_EQ(links.not_on_timeline, 1u);

    const TimelineLinkMark& t = links.marks[0];  // outgoing links first, in link order
    EXPECT_EQ(t.relation, "enabled");
    EXPECT_TRUE(t.outgoing);
    EXPECT_EQ(t.other.kind, LinkEndKind::Item);
    EXPECT_EQ(t.draw, LinkDraw::Arc);
    EXPECT_FLOAT_EQ(t.from_x, 15.0f);
    EXPECT_FLOAT_EQ(t.from_y, 14.0f);
    EXPECT_FLOAT_EQ(t.to_x, 205.0f);
    EXPECT_FLOAT_EQ(t.to_y, 64.0f);
    EXPECT_FLOAT_EQ(t.control_x, 110.0f);
    EXPECT_FLOAT_EQ(t.control_y, 14.0f - 57.5f);  // 10 + 0.25 * 190 above the higher end

    const TimelineLinkMark& u = links.marks[1];
    EXPECT_EQ(u.other.kind, LinkEndKind::OffRight);
    EXPECT_EQ(u.draw, LinkDraw::EdgeMarker);
    EXPECT_EQ(u.direction, 1);
    EXPECT_FLOAT_EQ(u.to_x, 1000.0f);
    EXPECT_FLOAT_EQ(u.to_y, 64.0f);  // the middle of lane b's first row

    const TimelineLinkMark& w = links.marks[2];
    EXPECT_EQ(w.relation, "located_in");
    EXPECT_EQ(w.other.kind, LinkEndKind::NotOnTimeline);
    EXPECT_EQ(w.draw, LinkDraw::None);

    const TimelineLinkMark& x = links.marks[3];
    EXPECT_EQ(x.other.kind, LinkEndKind::Cluster);
    EXPECT_EQ(x.draw, LinkDraw::Arc);
    EXPECT_FLOAT_EQ(x.to_x, 420.0f);
    EXPECT_FLOAT_EQ(x.to_y, 34.0f);
    EXPECT_FLOAT_EQ(x.control_y, 14.0f - 60.0f);  // capped

    const TimelineLinkMark& v = links.marks[4];
    EXPECT_FALSE(v.outgoing);
    EXPECT_EQ(v.other.kind, LinkEndKind::OffLeft);
    EXPECT_EQ(v.draw, LinkDraw::EdgeMarker);
    EXPECT_EQ(v.direction, -1);
    EXPECT_FLOAT_EQ(v.to_x, 0.0f);
    EXPECT_FLOAT_EQ(v.to_y, 14.0f);
    const TimelineLinkMark& v2 = links.marks[5];
    EXPECT_EQ(v2.draw, LinkDraw::EdgeMarker);
    EXPECT_FLOAT_EQ(v2.to_y, 34.0f);  // stacked under V's marker, in the lane's next row
}

TEST(TimelineLinks, ASelectionOutsideTheWindowDrawsFromTheEdge) {
    const Scene s = scene();
    const TimelineLinks links = s.links_of("V");
    EXPECT_EQ(links.self.kind, LinkEndKind::OffLeft);
    ASSERT_EQ(links.marks.size(), 3u);  // V -> S, V -> Z, V -> V2, all outgoing
    const TimelineLinkMark& back = links.marks[0];
    EXPECT_EQ(back.draw, LinkDraw::EdgeMarker);
    EXPECT_EQ(back.direction, -1);
    EXPECT_FLOAT_EQ(back.from_x, 15.0f);  // from the end on screen
    EXPECT_FLOAT_EQ(back.from_y, 14.0f);
    EXPECT_FLOAT_EQ(back.to_x, 0.0f);
    EXPECT_FLOAT_EQ(back.to_y, 14.0f);
    const TimelineLinkMark& z = links.marks[1];
    EXPECT_EQ(z.draw, LinkDraw::Across);
    EXPECT_FLOAT_EQ(z.from_x, 0.0f);
    EXPECT_FLOAT_EQ(z.from_y, 14.0f);
    EXPECT_FLOAT_EQ(z.to_x, 1000.0f);
    EXPECT_FLOAT_EQ(z.to_y, 14.0f);
    EXPECT_EQ(links.marks[2].draw, LinkDraw::None);  // both before the window
}

TEST(TimelineLinks, AnUndatedSelectionDrawsNothing) {
    const Scene s = scene();
    const TimelineLinks links = s.links_of("W");
    EXPECT_EQ(links.self.kind, LinkEndKind::NotOnTimeline);
    ASSERT_EQ(links.marks.size(), 1u);
    EXPECT_EQ(links.marks[0].draw, LinkDraw::None);
    EXPECT_EQ(links.not_on_timeline, 1u);
    EXPECT_TRUE(build_timeline_links(s.data, s.index, s.layout, kNoEntity).marks.empty());
}

TEST(TimelineLinks, TwoMembersOfOneClusterNeedNoArc) {
    Scene s = scene();
    s.data.links.push_back(Link{"X0", "X1", "enabled", {}});
    s.data.index.links_out[s.id("X0")].push_back(static_cast<std::uint32_t>(s.data.links.size() - 1));
    const TimelineLinks links = s.links_of("X0");
    ASSERT_EQ(links.marks.size(), 1u);
    EXPECT_EQ(links.self.kind, LinkEndKind::Cluster);
    EXPECT_EQ(links.marks[0].draw, LinkDraw::None);
}

}  // namespace
}  // namespace pe

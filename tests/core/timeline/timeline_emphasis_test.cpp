// Each item and cluster of a frame as the links around the selection emphasise it: linked,
// on a chain (even outside the focus), faded by the focus; and a chain's arcs between two
// dated items that are not the selection.
#include "timeline/timeline_emphasis.h"

#include <gtest/gtest.h>

#include "linked_fixture.h"
#include "timeline/timeline_frame.h"

namespace pe {
namespace {

using timeline_test::Builder;

constexpr std::int64_t D = timeline_test::kDay0;

// Lane a: X (D+10) and M (D+50), a chain P - C1 - X - M from the undated park P. Lane b:
// six points at D+80, one of them (K2) linked to P, and six at D+20 linked to nothing, with
// one row so that most of them cluster.
struct Scene : timeline_test::LinkedScene {
    TimelineLinked linked;
    TimelineFrame frame;

    Scene() {
        Builder b;
        b.lane("a").lane("b");
        b.entity("P", "a", "P");
        b.entity("C1", "a", "C1");
        b.point("X", "a", D + 10);
        b.point("M", "a", D + 50);
        for (int k = 0; k < 6; ++k) b.point("K" + std::to_string(k), "b", D + 80);
        for (int k = 0; k < 6; ++k) b.point("J" + std::to_string(k), "b", D + 20);  // linked to nothing
        b.link("C1", "P", "located_in");
        b.link("X", "C1", "developed_by");
        b.link("M", "X", "milestone_of");
        b.link("K2", "P", "applies_to");
        take(b, D + 1000);
    }
    void show(const std::string& selected, const std::string& connect, int focus) {
        ask(selected, connect, focus);
        update_timeline_linked(data, graph, emphasis, index, nullptr, id(selected), linked);
        TimelineFrameInput in;
        in.layout = timeline_test::layout_input(10.0, 1);  // D .. D+100 across 1000 px
        in.layout.selected = id(selected);
        in.emphasis = &emphasis;
        in.linked = &linked;
        build_timeline_frame(data, index, in, frame);
    }
    TimelineEmphasis item(const std::string& name) const {
        for (std::size_t i = 0; i < frame.layout.items.size(); ++i) {
            if (frame.layout.items[i].entity == id(name)) return frame.emphasis.items[i];
        }
        ADD_FAILURE() << name << " is not shown on its own";
        return TimelineEmphasis::Normal;
    }
    // The emphasis of the cluster holding `name`.
    TimelineEmphasis cluster_of(const std::string& name) const {
        for (std::size_t c = 0; c < frame.layout.clusters.size(); ++c) {
            if (cluster_contains(index, frame.layout.clusters[c], index.slots[id(name)]))
                return frame.emphasis.clusters[c];
        }
        ADD_FAILURE() << name << " is in no cluster";
        return TimelineEmphasis::Normal;
    }
};

TEST(TimelineEmphasis, WithTheFocusOffTheLinkedItemsAreRingedAndTheRestStaysPlain) {
    Scene s;
    s.show("P", "", 0);  // P's nearest dated links: K2 (one link) only
    ASSERT_EQ(s.frame.emphasis.items.size(), s.frame.layout.items.size());
    EXPECT_EQ(s.item("X"), TimelineEmphasis::Normal);
    EXPECT_EQ(s.item("M"), TimelineEmphasis::Normal);
    EXPECT_EQ(s.cluster_of("K2"), TimelineEmphasis::Linked);
    EXPECT_EQ(s.cluster_of("J2"), TimelineEmphasis::Normal);
    EXPECT_TRUE(s.frame.emphasis.chain_marks.empty());
}

TEST(TimelineEmphasis, TheFocusFadesWhatLiesOutsideWithoutHidingIt) {
    Scene s;
    s.show("P", "", 2);  // within two links: C1, K2, X
    EXPECT_EQ(s.item("X"), TimelineEmphasis::Linked);
    EXPECT_EQ(s.item("M"), TimelineEmphasis::Faded);          // three links away: still drawn, faded
    EXPECT_EQ(s.cluster_of("K2"), TimelineEmphasis::Linked);  // it holds a focus member
    EXPECT_EQ(s.cluster_of("J2"), TimelineEmphasis::Faded);   // it holds none
}

TEST(TimelineEmphasis, AChainIsHighlightedEvenOutsideTheFocusWithArcsBetweenItsDatedSteps) {
    Scene s;
    s.show("P", "M", 1);  // the chain P - C1 - X - M; the focus of one link holds C1 and K2 only
    EXPECT_EQ(s.item("X"), TimelineEmphasis::Chain);
    EXPECT_EQ(s.item("M"), TimelineEmphasis::Chain);
    ASSERT_EQ(s.frame.emphasis.chain_marks.size(), 1u);  // X - C1 has an undated end: no arc
    const TimelineLinkMark& arc = s.frame.emphasis.chain_marks[0];
    EXPECT_EQ(s.data.links[arc.link].relation, "milestone_of");
    EXPECT_EQ(arc.draw, LinkDraw::Arc);
    EXPECT_TRUE(link_on_chain(s.emphasis, arc.link));
}

TEST(TimelineEmphasis, WithoutTheLinksEveryItemIsPlain) {
    Scene s;
    TimelineFrameInput in;
    in.layout = timeline_test::layout_input(10.0, 1);
    build_timeline_frame(s.data, s.index, in, s.frame);
    ASSERT_EQ(s.frame.emphasis.items.size(), s.frame.layout.items.size());
    for (const TimelineEmphasis e : s.frame.emphasis.items) EXPECT_EQ(e, TimelineEmphasis::Normal);
}

}  // namespace
}  // namespace pe

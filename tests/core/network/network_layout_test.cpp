// The network layout: the same positions every time (and whatever the step budget), another
// seed another picture, groups that sit together, components packed without overlapping.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "model/entity_types.h"
#include "network/network_graph.h"
#include "network/network_layout.h"
#include "network_fixture.h"

namespace pe {
namespace {

NetworkGraph builtin_graph() {
    const auto dataset = network_test::builtin_dataset();
    return build_network_graph(*dataset, dataset->index);
}

double distance(const NetworkLayout& l, std::uint32_t a, std::uint32_t b) {
    return std::sqrt((l.x[a] - l.x[b]) * (l.x[a] - l.x[b]) + (l.y[a] - l.y[b]) * (l.y[a] - l.y[b]));
}

TEST(NetworkLayout, SameInputGivesTheSameHashAndAnotherSeedAnother) {
    const NetworkGraph g = builtin_graph();
    const NetworkLayout first = layout_network(g);
    const NetworkLayout second = layout_network(g);
    EXPECT_EQ(first.x, second.x);
    EXPECT_EQ(first.y, second.y);
    EXPECT_EQ(network_layout_hash(first), network_layout_hash(second));
    const auto dataset = network_test::builtin_dataset();
    EXPECT_EQ(network_layout_hash(layout_network(*dataset, dataset->index)), network_layout_hash(first));
    NetworkLayoutParams other;
    other.seed = 2;
    EXPECT_NE(network_layout_hash(layout_network(g, other)), network_layout_hash(first));
}

// The built-in dataset's picture, pinned: a change of this number is a change of the layout
// (on purpose, or a lost determinism). The web build must report the same hash.
TEST(NetworkLayout, BuiltinHashIsPinned) {
    EXPECT_EQ(network_layout_hash(layout_network(builtin_graph())), 0xc55c009cef607453ull);
}

TEST(NetworkLayout, SmallStepsGiveTheSameResultAndProgressRises) {
    const NetworkGraph g = builtin_graph();
    NetworkLayoutRun run = start_network_layout(g, {});
    double last = network_layout_progress(run);
    EXPECT_EQ(last, 0.0);
    int calls = 0;
    while (!step_network_layout(run, 100)) {
        const double now = network_layout_progress(run);
        EXPECT_GT(now, last);
        EXPECT_LT(now, 1.0);
        last = now;
        ++calls;
    }
    EXPECT_GT(calls, 10);
    EXPECT_EQ(network_layout_progress(run), 1.0);
    EXPECT_EQ(network_layout_hash(network_layout_result(run)), network_layout_hash(layout_network(g)));
}

// Budgets smaller than a component cut its iterations between entities: the same bits still.
TEST(NetworkLayout, IterationsCutBetweenEntitiesGiveTheSameResult) {
    const NetworkGraph g = builtin_graph();
    NetworkLayoutRun run = start_network_layout(g, {});
    int calls = 0;
    std::uint64_t last_work = 0;
    while (!step_network_layout(run, 7)) {
        EXPECT_GT(run.work_done, last_work);
        EXPECT_LE(run.work_done - last_work, 7u + g.node_count);  // a seeding is never cut
        last_work = run.work_done;
        ++calls;
    }
    EXPECT_GT(calls, 1000);
    EXPECT_EQ(run.work_done, run.work_total);
    EXPECT_EQ(network_layout_hash(network_layout_result(run)), network_layout_hash(layout_network(g)));
}

TEST(NetworkLayout, EveryPositionIsFiniteAndDistinct) {
    const NetworkGraph g = builtin_graph();
    const NetworkLayout l = layout_network(g);
    ASSERT_EQ(l.x.size(), g.node_count);
    for (std::uint32_t a = 0; a < g.node_count; ++a) {
        ASSERT_TRUE(std::isfinite(l.x[a]) && std::isfinite(l.y[a]));
        for (std::uint32_t b = a + 1; b < g.node_count; ++b)
            EXPECT_GT(distance(l, a, b), 1.0) << a << " " << b;
    }
}

// A park's companies (located_in the park) sit nearer to it than the median distance
// between entities; a company's products nearer to it too.
TEST(NetworkLayout, GroupsSitTogether) {
    const auto dataset = network_test::builtin_dataset();
    const NetworkGraph g = build_network_graph(*dataset, dataset->index);
    const NetworkLayout l = layout_network(g);
    std::vector<double> all;
    for (std::uint32_t a = 0; a < g.node_count; ++a) {
        for (std::uint32_t b = a + 1; b < g.node_count; ++b) all.push_back(distance(l, a, b));
    }
    std::nth_element(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(all.size() / 2), all.end());
    const double median = all[all.size() / 2];
    int checked = 0;
    for (const NetworkEdge& e : g.edges) {
        const DataString& relation = dataset->links[e.link].relation;
        const bool park_tie = relation == "located_in" && g.type[e.to] == entity_type_number("park");
        if (park_tie || relation == "developed_by") {
            EXPECT_LT(distance(l, e.from, e.to), median * 0.5)
                << dataset->entities[e.from].id << " -> " << dataset->entities[e.to].id;
            ++checked;
        }
    }
    EXPECT_GE(checked, 5);
}

TEST(NetworkLayout, ComponentsArePackedWithoutOverlapping) {
    network_test::Builder b;
    // Three stars of different sizes, a pair and two loners.
    for (int star = 0; star < 3; ++star) {
        const std::string hub = "hub" + std::to_string(star);
        b.entity(hub, "park");
        for (int leaf = 0; leaf < 4 + star * 6; ++leaf) {
            const std::string id = hub + "-" + std::to_string(leaf);
            b.entity(id, "company");
            b.link(id, hub, "located_in");
        }
    }
    b.entity("pa", "policy");
    b.entity("pb", "policy");
    b.link("pa", "pb", "follows");
    b.entity("l1", "person");
    b.entity("l2", "person");
    const Dataset d = b.done();
    const NetworkGraph g = build_network_graph(d, d.index);
    ASSERT_EQ(g.component_count, 6u);
    const NetworkLayout l = layout_network(g);
    const std::vector<NetworkBounds> boxes = network_test::component_boxes(g, l);
    const double gap = NetworkLayoutParams{}.component_gap;
    double total_area = 0.0;
    for (std::size_t a = 0; a < boxes.size(); ++a) {
        total_area += (boxes[a].max_x - boxes[a].min_x + gap) * (boxes[a].max_y - boxes[a].min_y + gap);
        for (std::size_t c = a + 1; c < boxes.size(); ++c)
            EXPECT_TRUE(network_test::boxes_apart(boxes[a], boxes[c], gap)) << a << " " << c;
    }
    // Side by side, not flung apart: the whole is at most a few times the boxes' area.
    const double whole = (l.bounds.max_x - l.bounds.min_x + gap) * (l.bounds.max_y - l.bounds.min_y + gap);
    EXPECT_LT(whole, total_area * 3.0);
}

TEST(NetworkLayout, EmptyAndTinyGraphs) {
    network_test::Builder empty;
    const Dataset d0 = empty.done();
    const NetworkLayout l0 = layout_network(build_network_graph(d0, d0.index));
    EXPECT_TRUE(l0.x.empty());
    network_test::Builder one;
    one.entity("a", "policy");
    const Dataset d1 = one.done();
    const NetworkLayout l1 = layout_network(build_network_graph(d1, d1.index));
    ASSERT_EQ(l1.x.size(), 1u);
    EXPECT_TRUE(std::isfinite(l1.x[0]));
}

TEST(NetworkLayout, UnitCircleMatchesTheLibraryClosely) {
    for (int i = -20; i <= 20; ++i) {
        const double turns = i * 0.173;
        double c = 0.0, s = 0.0;
        unit_circle(turns, c, s);
        EXPECT_NEAR(c, std::cos(turns * 2.0 * 3.14159265358979323846), 1e-9);
        EXPECT_NEAR(s, std::sin(turns * 2.0 * 3.14159265358979323846), 1e-9);
    }
}

TEST(NetworkLayoutSlice, HalfTheFrameIntervalBetweenSixAndFiftyMilliseconds) {
    EXPECT_DOUBLE_EQ(network_layout_slice_seconds(1.0 / 60.0), 1.0 / 120.0);  // a 60 Hz display
    EXPECT_DOUBLE_EQ(network_layout_slice_seconds(0.040), 0.020);             // a slow frame
    EXPECT_DOUBLE_EQ(network_layout_slice_seconds(0.004), 0.006);             // never under 6 ms
    EXPECT_DOUBLE_EQ(network_layout_slice_seconds(0.300), 0.050);             // nor over 50 ms
    EXPECT_DOUBLE_EQ(network_layout_slice_seconds(0.0), 0.006);               // the first frame
    EXPECT_DOUBLE_EQ(network_layout_slice_seconds(-1.0), 0.006);
}

}  // namespace
}  // namespace pe

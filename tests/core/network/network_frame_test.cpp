// One frame of the network: culling, filters that hide, roles (selection, hover, neighbours,
// focus, highlighted links), level of detail, edges trimmed to the rims, labels that fit.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "model/entity_types.h"
#include "network/network_frame.h"
#include "network_fixture.h"

namespace pe {
namespace {

// park <- c1, c2 (located_in); p1 -> c1 (developed_by); pol -> park (applies_to); far alone.
struct Small {
    Dataset data;
    NetworkGraph graph;
    NetworkLayout layout;
    NetworkGrid grid;
    std::vector<float> widths;
    Small() {
        network_test::Builder b;
        b.entity("park", "park");
        b.entity("c1", "company");
        b.entity("c2", "company");
        b.entity("p1", "product");
        b.entity("pol", "policy");
        b.entity("far", "person");
        b.link("c1", "park", "located_in").link("c2", "park", "located_in").link("p1", "c1", "developed_by");
        b.link("pol", "park", "applies_to");
        data = b.done();
        graph = build_network_graph(data, data.index);
        // Hand-placed, so the expectations are easy to read.
        layout.x = {0.0, 100.0, -100.0, 200.0, 0.0, 5000.0};
        layout.y = {0.0, 0.0, 0.0, 0.0, 100.0, 5000.0};
        layout.bounds = bounds_of(layout.x, layout.y);
        grid = build_network_grid(graph, layout);
        widths.assign(6, 40.0f);
    }
    NetworkFrameInput input() const {
        NetworkFrameInput in;
        in.viewport = NetworkViewport{0.0, 0.0, 800.0, 600.0};
        in.camera = NetworkCamera{0.0, 0.0, 1.0};
        in.label_widths = &widths;
        return in;
    }
};

const FrameNode* node(const NetworkFrame& f, std::uint32_t v) {
    for (const FrameNode& n : f.nodes) {
        if (n.entity == v) return &n;
    }
    return nullptr;
}

const FrameEdge* edge_of_link(const NetworkFrame& f, std::uint32_t link) {
    for (const FrameEdge& e : f.edges) {
        if (e.link == link) return &e;
    }
    return nullptr;
}

TEST(NetworkFrame, CullsWhatIsOutOfViewAndMapsToTheScreen) {
    const Small s;
    const NetworkFrame f = build_network_frame(s.graph, s.layout, s.grid, s.input());
    EXPECT_EQ(f.detail, NetworkDetail::Shapes);
    EXPECT_EQ(f.nodes.size(), 5u);
    EXPECT_EQ(node(f, 5), nullptr);  // "far" is out of view
    ASSERT_NE(node(f, 1), nullptr);
    EXPECT_FLOAT_EQ(node(f, 1)->x, 500.0f);
    EXPECT_FLOAT_EQ(node(f, 1)->y, 300.0f);
    EXPECT_EQ(node(f, 1)->type, entity_type_number("company"));
    EXPECT_EQ(f.edges.size(), 4u);
    // Edges run rim to rim: c1 (400+100, r) -> park (400, r'), x1 = park's x + its radius.
    const FrameEdge* e = edge_of_link(f, 0);
    ASSERT_NE(e, nullptr);
    EXPECT_NEAR(e->x0, 500.0f - node(f, 1)->radius, 1e-4);
    EXPECT_NEAR(e->x1, 400.0f + node(f, 0)->radius, 1e-4);
    EXPECT_TRUE(e->arrow);
    for (const FrameNode& n : f.nodes) EXPECT_EQ(n.role, NodeRole::Normal);
    EXPECT_EQ(f.labels.size(), 5u);
}

TEST(NetworkFrame, SelectionMarksItsNeighboursAndEdgesWithoutFading) {
    const Small s;
    NetworkFrameInput in = s.input();
    in.selected = 1;  // c1: neighbours park and p1
    const NetworkFrame f = build_network_frame(s.graph, s.layout, s.grid, in);
    EXPECT_EQ(node(f, 1)->role, NodeRole::Selected);
    EXPECT_EQ(node(f, 0)->role, NodeRole::Neighbour);
    EXPECT_EQ(node(f, 3)->role, NodeRole::Neighbour);
    EXPECT_EQ(node(f, 2)->role, NodeRole::Normal);
    EXPECT_EQ(edge_of_link(f, 0)->role, EdgeRole::Highlighted);
    EXPECT_EQ(edge_of_link(f, 2)->role, EdgeRole::Highlighted);
    EXPECT_EQ(edge_of_link(f, 1)->role, EdgeRole::Normal);
    // Drawing order: the selection last, highlighted edges last.
    EXPECT_EQ(f.nodes.back().entity, 1u);
    EXPECT_EQ(f.edges.back().role, EdgeRole::Highlighted);
    EXPECT_EQ(f.edges.front().role, EdgeRole::Normal);
}

TEST(NetworkFrame, HoverFadesTheRestAndFocusFadesWhatIsOutside) {
    const Small s;
    NetworkFrameInput in = s.input();
    in.hovered = 2;  // c2: neighbour park
    NetworkFrame f = build_network_frame(s.graph, s.layout, s.grid, in);
    EXPECT_EQ(node(f, 2)->role, NodeRole::Hovered);
    EXPECT_EQ(node(f, 0)->role, NodeRole::Neighbour);
    EXPECT_EQ(node(f, 1)->role, NodeRole::Faded);
    EXPECT_EQ(edge_of_link(f, 1)->role, EdgeRole::Highlighted);
    EXPECT_EQ(edge_of_link(f, 2)->role, EdgeRole::Faded);
    // Faded nodes get no label; the hovered one always does.
    for (const PlacedLabel& l : f.labels) EXPECT_NE(node(f, l.entity)->role, NodeRole::Faded);
    EXPECT_TRUE(
        std::any_of(f.labels.begin(), f.labels.end(), [](const PlacedLabel& l) { return l.entity == 2; }));

    in = s.input();
    const std::vector<std::uint8_t> focus = {1, 1, 0, 1, 0, 0};
    in.focus = &focus;
    f = build_network_frame(s.graph, s.layout, s.grid, in);
    EXPECT_EQ(node(f, 2)->role, NodeRole::Faded);
    EXPECT_EQ(node(f, 4)->role, NodeRole::Faded);
    EXPECT_EQ(node(f, 1)->role, NodeRole::Normal);
    EXPECT_EQ(edge_of_link(f, 1)->role, EdgeRole::Faded);
    EXPECT_EQ(edge_of_link(f, 0)->role, EdgeRole::Normal);
    EXPECT_EQ(f.nodes.size(), 5u);  // faded, not hidden
}

TEST(NetworkFrame, FiltersHideAndHighlightedLinksStandOut) {
    const Small s;
    NetworkFrameInput in = s.input();
    const std::vector<std::uint8_t> visible = {1, 1, 0, 1, 1, 1};
    in.visible = &visible;
    in.hidden_relations = 1u << relation_number("developed_by");
    in.hidden_types = 1u << entity_type_number("policy");
    const std::vector<std::uint8_t> highlight = {1, 0, 0, 0};
    in.link_highlight = &highlight;
    in.selected = 3;  // p1: its only link is hidden, so no neighbours
    const NetworkFrame f = build_network_frame(s.graph, s.layout, s.grid, in);
    EXPECT_EQ(node(f, 2), nullptr);
    EXPECT_EQ(node(f, 4), nullptr);
    ASSERT_EQ(f.edges.size(), 1u);
    EXPECT_EQ(f.edges[0].link, 0u);
    EXPECT_EQ(f.edges[0].role, EdgeRole::Highlighted);
    EXPECT_EQ(node(f, 1)->role, NodeRole::Normal);
    EXPECT_TRUE(emphasised_neighbours(s.graph, in).empty());
}

TEST(NetworkFrame, FarOutNodesArePointsWithoutLabelsButTheSelection) {
    const Small s;
    NetworkFrameInput in = s.input();
    in.camera.scale = 0.1;
    in.selected = 0;
    const NetworkFrame f = build_network_frame(s.graph, s.layout, s.grid, in);
    EXPECT_EQ(f.detail, NetworkDetail::Points);
    for (const FrameNode& n : f.nodes)
        EXPECT_FLOAT_EQ(n.radius, static_cast<float>(in.params.point_radius_px));
    for (const PlacedLabel& l : f.labels) {
        EXPECT_TRUE(node(f, l.entity)->role == NodeRole::Selected ||
                    node(f, l.entity)->role == NodeRole::Neighbour);
    }
    EXPECT_FALSE(f.labels.empty());
    // Zoomed out further, the short edges collapse below a pixel and are skipped (not the
    // highlighted ones).
    in.camera.scale = 0.004;
    const NetworkFrame tiny = build_network_frame(s.graph, s.layout, s.grid, in);
    EXPECT_GT(tiny.skipped_edges, 0u);
    for (const FrameEdge& e : tiny.edges) EXPECT_EQ(e.role, EdgeRole::Highlighted);
}

TEST(NetworkFrame, FewNodesInViewStayShapesWithLabelsHoweverFarOut) {
    const Small s;
    NetworkFrameInput in = s.input();
    in.camera.scale = 0.1;
    in.params.points_above_nodes = 10;  // five entities in view ("far" is not): under it
    in.params.min_radius_px = 3.0;
    const NetworkFrame f = build_network_frame(s.graph, s.layout, s.grid, in);
    EXPECT_EQ(f.detail, NetworkDetail::Shapes);
    for (const FrameNode& n : f.nodes) EXPECT_GE(n.radius, 3.0f);
    EXPECT_FALSE(f.labels.empty());    // by importance, without a selection
    in.params.points_above_nodes = 4;  // five in view: over it
    EXPECT_EQ(build_network_frame(s.graph, s.layout, s.grid, in).detail, NetworkDetail::Points);
}

TEST(NetworkFrame, ManyEdgesInViewAreHairlines) {
    const Small s;
    NetworkFrameInput in = s.input();
    in.camera.scale = 0.5;
    const NetworkFrame few = build_network_frame(s.graph, s.layout, s.grid, in);
    ASSERT_EQ(few.edges.size(), 4u);
    EXPECT_FALSE(few.hairlines);  // under the default threshold
    in.params.hairlines_above_edges = 3;
    EXPECT_TRUE(build_network_frame(s.graph, s.layout, s.grid, in).hairlines);
    in.params.hairlines_above_edges = 4;  // "more than": four edges are not
    EXPECT_FALSE(build_network_frame(s.graph, s.layout, s.grid, in).hairlines);
}

TEST(NetworkFrame, PickFindsTheNodeThenTheEdgeUnderTheCursor) {
    const Small s;
    NetworkFrameInput in = s.input();
    const std::vector<std::uint8_t> visible = {1, 1, 0, 1, 1, 1};
    in.visible = &visible;
    const NetworkFrame f = build_network_frame(s.graph, s.layout, s.grid, in);
    // c1 is drawn at (500, 300): its disc, grown by the tolerance, is hit.
    const float r = node(f, 1)->radius;
    EXPECT_EQ(pick_in_frame(f, 500.0, 300.0 + r + 2.0, 3.0).entity, 1u);
    EXPECT_EQ(pick_in_frame(f, 500.0, 300.0 + r + 4.0, 3.0).entity, kNoEntity);
    // Halfway between park (400) and c1 (500): the edge of link 0.
    const NetworkPick on_edge = pick_in_frame(f, 450.0, 302.0, 3.0);
    EXPECT_EQ(on_edge.entity, kNoEntity);
    EXPECT_EQ(on_edge.link, 0u);
    EXPECT_EQ(on_edge.edge, s.graph.edge_of_link[0]);
    // c2 (300, 300) is filtered out: nothing there to pick.
    const NetworkPick hidden = pick_in_frame(f, 300.0, 300.0, 3.0);
    EXPECT_EQ(hidden.entity, kNoEntity);
    EXPECT_EQ(hidden.edge, kNoEntity);
}

TEST(NetworkFrame, BuiltinFrameShowsManyLabelsAndNoneOverlap) {
    const auto dataset = network_test::builtin_dataset();
    const NetworkGraph g = build_network_graph(*dataset, dataset->index);
    const NetworkLayout l = layout_network(g);
    const NetworkGrid grid = build_network_grid(g, l);
    const std::vector<float> widths = label_widths(
        *dataset, Language::En, [](std::string_view t) { return 7.0f * static_cast<float>(t.size()); },
        160.0f);
    NetworkFrameInput in;
    in.viewport = NetworkViewport{0.0, 0.0, 1400.0, 900.0};
    in.camera = fit_bounds(l.bounds, in.viewport, 40.0);
    in.label_widths = &widths;
    const NetworkFrame f = build_network_frame(g, l, grid, in);
    EXPECT_EQ(f.nodes.size(), g.node_count);
    EXPECT_EQ(f.edges.size(), g.edges.size());
    EXPECT_GE(f.labels.size(), 25u);
    for (std::size_t a = 0; a < f.labels.size(); ++a) {
        for (std::size_t b = a + 1; b < f.labels.size(); ++b)
            EXPECT_FALSE(labels_overlap(f.labels[a], f.labels[b]));
    }
    // The most important entity is labelled.
    const auto top = static_cast<std::uint32_t>(
        std::find(g.importance_rank.begin(), g.importance_rank.end(), 0u) - g.importance_rank.begin());
    EXPECT_TRUE(
        std::any_of(f.labels.begin(), f.labels.end(), [&](const PlacedLabel& p) { return p.entity == top; }));
}

}  // namespace
}  // namespace pe

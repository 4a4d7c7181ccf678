// The network's legend and relations list: which types the shared filter lets through, a
// click choosing and dropping a type, the relations present with their counts, and the
// hidden relations as the frame model's bit mask (the frame then leaves those edges out).
#include <gtest/gtest.h>

#include <set>
#include <utility>

#include "model/entity_types.h"
#include "network/network_frame.h"
#include "network/network_legend.h"
#include "network_fixture.h"

namespace pe {
namespace {

TEST(NetworkLegend, TypesAreShownUntilTheFilterChoosesOthers) {
    network_test::Builder b;
    b.entity("c1", "company");
    b.entity("p1", "park");
    b.entity("c2", "company");
    b.entity("x", "no_such_type");
    b.entity("pol", "policy");
    const Dataset d = b.done();
    std::vector<LegendType> legend = network_legend_types(build_network_graph(d, d.index));
    // In vocabulary order, with counts; unknown types left out; all shown.
    ASSERT_EQ(legend.size(), 3u);
    for (std::size_t i = 1; i < legend.size(); ++i) EXPECT_LT(legend[i - 1].number, legend[i].number);
    for (const LegendType& t : legend) {
        EXPECT_EQ(t.number, entity_type_number(t.type));
        EXPECT_EQ(t.count, t.type == "company" ? 2u : 1u);
        EXPECT_TRUE(t.shown);
    }
    const auto shown = [&](const std::string& type) {
        for (const LegendType& t : legend) {
            if (t.type == type) return t.shown;
        }
        ADD_FAILURE() << type;
        return false;
    };

    std::vector<std::string> chosen;
    toggle_legend_type(chosen, "park");  // a click: only parks
    EXPECT_EQ(chosen, std::vector<std::string>{"park"});
    mark_shown_types(legend, chosen);
    EXPECT_TRUE(shown("park"));
    EXPECT_FALSE(shown("company"));
    EXPECT_FALSE(shown("policy"));

    toggle_legend_type(chosen, "company");  // and companies
    mark_shown_types(legend, chosen);
    EXPECT_TRUE(shown("company"));
    EXPECT_FALSE(shown("policy"));
    toggle_legend_type(chosen, "park");
    toggle_legend_type(chosen, "company");  // both dropped: everything again
    EXPECT_TRUE(chosen.empty());
    mark_shown_types(legend, chosen);
    for (const LegendType& t : legend) EXPECT_TRUE(t.shown);
}

TEST(NetworkLegend, RelationsCountTheEdgesAndHideByName) {
    network_test::Builder b;
    b.entity("a", "company");
    b.entity("b", "park");
    b.entity("c", "policy");
    b.link("a", "b", "located_in").link("c", "b", "applies_to").link("c", "a", "applies_to");
    const Dataset d = b.done();
    const NetworkGraph g = build_network_graph(d, d.index);
    std::vector<std::string> hidden;
    std::vector<LegendRelation> relations = network_relations(g, hidden);
    ASSERT_EQ(relations.size(), 2u);
    // In vocabulary order, with counts.
    EXPECT_LT(relations[0].number, relations[1].number);
    for (const LegendRelation& r : relations) {
        EXPECT_EQ(r.count, r.relation == "applies_to" ? 2u : 1u);
        EXPECT_FALSE(r.hidden);
    }
    toggle_hidden_relation(hidden, "applies_to");
    relations = network_relations(g, hidden);
    for (const LegendRelation& r : relations) EXPECT_EQ(r.hidden, r.relation == "applies_to");
    const std::uint32_t bits = hidden_relation_bits(hidden);
    EXPECT_EQ(bits, 1u << relation_number("applies_to"));

    // The frame leaves the hidden relation's edges out, and keeps the others.
    const NetworkLayout l = layout_network(g);
    const NetworkGrid grid = build_network_grid(g, l);
    NetworkFrameInput in;
    in.viewport = NetworkViewport{0.0, 0.0, 800.0, 600.0};
    in.camera = fit_bounds(l.bounds, in.viewport, 40.0);
    in.hidden_relations = bits;
    const NetworkFrame frame = build_network_frame(g, l, grid, in);
    ASSERT_EQ(frame.edges.size(), 1u);
    EXPECT_EQ(d.links[frame.edges[0].link].relation, "located_in");
    EXPECT_EQ(frame.nodes.size(), 3u);  // the entities stay

    toggle_hidden_relation(hidden, "applies_to");
    EXPECT_TRUE(hidden.empty());
    EXPECT_EQ(hidden_relation_bits(hidden), 0u);
    EXPECT_EQ(hidden_relation_bits({"no_such_relation"}), 0u);
}

// Every entity type gets its own look: types that share one of the palette's 6 colours never
// share a shape, and the first round of types stays circles.
TEST(NetworkLegend, TypesSharingAColourHaveDifferentShapes) {
    constexpr std::size_t kColours = 6;
    std::set<std::pair<std::size_t, NodeShape>> looks;
    for (std::size_t t = 0; t < kEntityTypes.size(); ++t) {
        const NodeShape shape = node_shape(static_cast<std::uint8_t>(t), kColours);
        EXPECT_TRUE(looks.insert({t % kColours, shape}).second) << kEntityTypes[t];
        if (t < kColours) {
            EXPECT_EQ(shape, NodeShape::Circle) << kEntityTypes[t];
        }
    }
    EXPECT_EQ(node_shape(6, kColours), NodeShape::Square);
    EXPECT_EQ(node_shape(12, kColours), NodeShape::Diamond);
    EXPECT_EQ(node_shape(18, kColours), NodeShape::Triangle);
    EXPECT_EQ(node_shape(kUnknownKind, kColours), NodeShape::Circle);
    EXPECT_EQ(node_shape(7, 0), NodeShape::Circle);
}

}  // namespace
}  // namespace pe

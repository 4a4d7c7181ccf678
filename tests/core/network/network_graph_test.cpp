// NetworkGraph: edges and neighbours, importance, "belongs to" parents and components.
#include <gtest/gtest.h>

#include "model/entity_types.h"
#include "network/network_graph.h"
#include "network_fixture.h"

namespace pe {
namespace {

TEST(NetworkGraph, EdgesSkipSelfLinksAndNeighboursAscend) {
    network_test::Builder b;
    b.entity("p", "park");
    b.entity("c", "company");
    b.entity("x", "product");
    b.link("c", "p", "located_in")
        .link("x", "c", "developed_by")
        .link("c", "c", "supports")
        .link("x", "p", "about");
    const Dataset d = b.done();
    const NetworkGraph g = build_network_graph(d, d.index);
    ASSERT_EQ(g.edges.size(), 3u);
    EXPECT_EQ(g.edge_of_link[2], kNoEntity);
    EXPECT_EQ(g.edge_of_link[3], 2u);
    EXPECT_EQ(g.degree[0], 2u);
    EXPECT_EQ(g.degree[1], 2u);
    EXPECT_EQ(g.edges[0].relation, relation_number("located_in"));
    EXPECT_EQ(g.edges[0].structural, 1);
    EXPECT_EQ(g.edges[2].structural, 0);
    // p's edges: 0 (c located_in p) and 2 (x about p), in order.
    ASSERT_EQ(g.adj_start[1] - g.adj_start[0], 2u);
    EXPECT_EQ(g.adj_edge[g.adj_start[0]], 0u);
    EXPECT_EQ(g.adj_edge[g.adj_start[0] + 1], 2u);
    EXPECT_EQ(other_end(g.edges[0], 0), 1u);
}

TEST(NetworkGraph, ImportanceIsDegreeThenTypeOrderThenId) {
    network_test::Builder b;
    b.entity("b", "company");  // degree 1
    b.entity("a", "company");  // degree 1, id a < b
    b.entity("z", "policy");   // degree 1, policy before company in the vocabulary
    b.entity("hub", "park");   // degree 3
    b.link("b", "hub", "located_in").link("a", "hub", "located_in").link("z", "hub", "applies_to");
    const Dataset d = b.done();
    const NetworkGraph g = build_network_graph(d, d.index);
    EXPECT_EQ(g.importance_rank[3], 0u);
    EXPECT_EQ(g.importance_rank[2], 1u);
    EXPECT_EQ(g.importance_rank[1], 2u);
    EXPECT_EQ(g.importance_rank[0], 3u);
}

TEST(NetworkGraph, ParentsComeFromParkIdThenStructuralLinksAndNeverCycle) {
    network_test::Builder b;
    const auto park = b.entity("park", "park");
    const auto other_park = b.entity("park2", "park");
    const auto company = b.entity("c", "company", "park");  // park_id wins over its link
    const auto product = b.entity("x", "product");
    const auto loner = b.entity("l", "company", "park2");  // a park_id with no link
    b.link("c", "park2", "located_in").link("x", "c", "developed_by");
    b.link("park", "x", "affiliated_with");  // weaker than the others; would close park -> x -> c -> park
    const Dataset d = b.done();
    const NetworkGraph g = build_network_graph(d, d.index);
    EXPECT_EQ(g.parent[company], park);
    EXPECT_EQ(g.parent[product], company);
    EXPECT_EQ(g.parent[park], kNoEntity);
    EXPECT_EQ(g.parent[loner], other_park);
    // The park_id tie joins the loner's component although no link does.
    EXPECT_EQ(g.component[loner], g.component[other_park]);
    EXPECT_EQ(g.component_count, 1u);
}

TEST(NetworkGraph, ComponentsAreNumberedByTheirFirstEntity) {
    network_test::Builder b;
    b.entity("a", "policy");
    b.entity("b", "policy");
    b.entity("c", "policy");
    b.entity("d", "policy");
    b.link("d", "b", "follows");
    const Dataset d = b.done();
    const NetworkGraph g = build_network_graph(d, d.index);
    EXPECT_EQ(g.component_count, 3u);
    EXPECT_EQ(g.component[0], 0u);
    EXPECT_EQ(g.component[1], 1u);
    EXPECT_EQ(g.component[2], 2u);
    EXPECT_EQ(g.component[3], 1u);
}

}  // namespace
}  // namespace pe

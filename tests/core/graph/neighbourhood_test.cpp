// The focus neighbourhood on hand-made graphs: exact distances over both link directions,
// the links inside, relation and visibility restrictions, the clamped depth, reuse of one
// answer, and the built-in dataset's selection.
#include "graph/neighbourhood.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "core/graph/graph_fixture.h"

namespace pe {
namespace {

using graph_test::at;
using graph_test::GraphBuilder;

// a -> b -> c -> d -> e, plus f -> b (incoming to b), g alone, b -> c also as "enables",
// and c -> f closing the triangle b, c, f.
Dataset chain_graph() {
    return GraphBuilder()
        .entity("a")
        .entity("b")
        .entity("c")
        .entity("d")
        .entity("e")
        .entity("f")
        .entity("g")
        .link("a", "b")
        .link("b", "c")
        .link("c", "d")
        .link("d", "e")
        .link("f", "b")
        .link("b", "c", "enables")
        .link("c", "f")
        .build();
}

std::map<std::string, int> distances_by_id(const Dataset& d, const Neighbourhood& n) {
    std::map<std::string, int> out;
    for (std::size_t k = 0; k < n.entities.size(); ++k)
        out[d.entities[n.entities[k]].id.str()] = n.distances[k];
    return out;
}

TEST(Neighbourhood, DistancesFollowLinksInBothDirections) {
    const Dataset d = chain_graph();
    const GraphIndex g = build_graph_index(d);
    const Neighbourhood one = find_neighbourhood(g, at(d, "c"), 1, {});
    EXPECT_EQ(distances_by_id(d, one), (std::map<std::string, int>{{"c", 0}, {"b", 1}, {"d", 1}, {"f", 1}}));
    const Neighbourhood two = find_neighbourhood(g, at(d, "c"), 2, {});
    EXPECT_EQ(distances_by_id(d, two),
              (std::map<std::string, int>{{"c", 0}, {"b", 1}, {"d", 1}, {"f", 1}, {"a", 2}, {"e", 2}}));
    EXPECT_EQ(two.distance(at(d, "g")), kOutside);
    EXPECT_FALSE(two.contains(at(d, "g")));
    EXPECT_EQ(two.distance(at(d, "e")), 2);
    // Centre first, then by distance.
    EXPECT_EQ(two.entities.front(), at(d, "c"));
    for (std::size_t k = 1; k < two.distances.size(); ++k) EXPECT_LE(two.distances[k - 1], two.distances[k]);
}

TEST(Neighbourhood, InsideLinksHaveBothEndsReachedIncludingBetweenLastHopEntities) {
    const Dataset d = chain_graph();
    const GraphIndex g = build_graph_index(d);
    // From d at 1 hop: c and e. Links c-d and d-e only.
    EXPECT_EQ(find_neighbourhood(g, at(d, "d"), 1, {}).links, (std::vector<std::uint32_t>{2, 3}));
    // From a at 1 hop: b only; at 2 hops: b, c, f, and the links among them: a-b, b-c (twice:
    // links 1 and 5), f-b (4) and c-f (6), the last between two entities at the last hop.
    EXPECT_EQ(find_neighbourhood(g, at(d, "a"), 2, {}).links, (std::vector<std::uint32_t>{0, 1, 4, 5, 6}));
}

TEST(Neighbourhood, RelationsRestrictWhatIsFollowedAndWhatIsInside) {
    const Dataset d = chain_graph();
    const GraphIndex g = build_graph_index(d);
    GraphRestriction only_enables;
    only_enables.relations = relation_mask({"enables"});
    const Neighbourhood n = find_neighbourhood(g, at(d, "b"), 3, only_enables);
    EXPECT_EQ(distances_by_id(d, n), (std::map<std::string, int>{{"b", 0}, {"c", 1}}));
    EXPECT_EQ(n.links, (std::vector<std::uint32_t>{5}));
}

TEST(Neighbourhood, HiddenEntitiesAreNotEnteredButTheCentreAlwaysIs) {
    const Dataset d = chain_graph();
    const GraphIndex g = build_graph_index(d);
    std::vector<std::uint8_t> visible(d.entities.size(), 1);
    visible[at(d, "c")] = 0;  // the centre: still in
    visible[at(d, "b")] = 0;  // cuts the way to a, and to f through b
    GraphRestriction restriction;
    restriction.visible = &visible;
    const Neighbourhood n = find_neighbourhood(g, at(d, "c"), 3, restriction);
    EXPECT_EQ(distances_by_id(d, n), (std::map<std::string, int>{{"c", 0}, {"d", 1}, {"f", 1}, {"e", 2}}));
    EXPECT_EQ(n.links, (std::vector<std::uint32_t>{2, 3, 6}));
}

TEST(Neighbourhood, DepthIsClampedAndNoCentreMeansNoFocus) {
    const Dataset d = chain_graph();
    const GraphIndex g = build_graph_index(d);
    EXPECT_EQ(find_neighbourhood(g, at(d, "a"), 0, {}).entities, (std::vector<std::uint32_t>{at(d, "a")}));
    const Neighbourhood deep = find_neighbourhood(g, at(d, "a"), 9, {});
    EXPECT_EQ(deep.hops, kMaxFocusHops);
    EXPECT_EQ(deep.distance(at(d, "d")), 3);
    EXPECT_EQ(deep.distance(at(d, "e")), kOutside);  // 4 hops away
    const Neighbourhood none = find_neighbourhood(g, kNoEntity, 2, {});
    EXPECT_EQ(none.centre, kNoEntity);
    EXPECT_TRUE(none.entities.empty());
    EXPECT_TRUE(none.contains(at(d, "g")));  // no focus: nothing faded
}

TEST(Neighbourhood, UpdatingInPlaceForgetsThePreviousAnswer) {
    const Dataset d = chain_graph();
    const GraphIndex g = build_graph_index(d);
    Neighbourhood n;
    update_neighbourhood(g, at(d, "a"), 3, {}, n);
    EXPECT_TRUE(n.contains(at(d, "d")));
    update_neighbourhood(g, at(d, "e"), 1, {}, n);
    EXPECT_EQ(distances_by_id(d, n), (std::map<std::string, int>{{"e", 0}, {"d", 1}}));
    for (std::uint32_t e = 0; e < d.entities.size(); ++e) {
        const DataString& id = d.entities[e].id;
        EXPECT_EQ(n.distance_by_entity[e], id == "e" ? 0 : id == "d" ? 1 : kOutside) << id;
    }
    EXPECT_EQ(n.links, (std::vector<std::uint32_t>{3}));
}

TEST(Neighbourhood, SelfLoopsAndUnknownEndsAreHarmless) {
    Dataset d = GraphBuilder().entity("a").entity("b").link("a", "a").link("a", "b").build();
    d.links.push_back(Link{"a", "nowhere", "supports", {}});
    const GraphIndex g = build_graph_index(d);
    const Neighbourhood n = find_neighbourhood(g, at(d, "a"), 2, {});
    EXPECT_EQ(distances_by_id(d, n), (std::map<std::string, int>{{"a", 0}, {"b", 1}}));
    EXPECT_EQ(n.links, (std::vector<std::uint32_t>{0, 1}));
}

TEST(Neighbourhood, BuiltInDatasetAroundTheProduct) {
    const Dataset& d = graph_test::builtin_dataset();
    const GraphIndex g = build_graph_index(d);
    const Neighbourhood n = find_neighbourhood(g, at(d, "product-amimestrocel"), 1, {});
    std::map<std::string, int> expected{{"product-amimestrocel", 0},
                                        {"company-platinum-life", 1},
                                        {"milestone-2024-amimestrocel-phase3", 1},
                                        {"milestone-2025-amimestrocel-approval", 1},
                                        {"milestone-2025-06-first-prescription", 1},
                                        {"milestone-amimestrocel-first-cure", 1}};
    std::map<std::string, int> got = distances_by_id(d, n);
    // Any other neighbour the data adds must be at distance 1 and joined by a link.
    for (const auto& [id, distance] : got) {
        if (expected.count(id) == 0) {
            EXPECT_EQ(distance, 1) << id;
        }
    }
    for (const auto& [id, distance] : expected) EXPECT_EQ(got[id], distance) << id;
    for (const std::uint32_t link : n.links) {
        EXPECT_TRUE(n.contains(at(d, d.links[link].from)));
        EXPECT_TRUE(n.contains(at(d, d.links[link].to)));
    }
}

}  // namespace
}  // namespace pe

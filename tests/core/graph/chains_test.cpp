// "Connect two things" on hand-made graphs: exact chains in order with their links and
// directions, next-longer alternatives, loops, restrictions, the caps, a brute-force
// comparison on small random graphs, and real chains of the built-in dataset.
#include "graph/chains.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "core/graph/graph_fixture.h"

namespace pe {
namespace {

using graph_test::at;
using graph_test::GraphBuilder;

// s reaches t through a or b (2 links), through c then d or e (3 links). Entity b is
// stored before a so that the order by id differs from the order by position.
Dataset diamond() {
    return GraphBuilder()
        .entity("s")
        .entity("b")
        .entity("a")
        .entity("c")
        .entity("d")
        .entity("e")
        .entity("t")
        .entity("lonely")
        .link("s", "a", "enables")     // 0
        .link("a", "t", "supports")    // 1
        .link("b", "s", "located_in")  // 2: s <- b
        .link("t", "b", "funds")       // 3: b <- t
        .link("s", "c")                // 4
        .link("c", "d")                // 5
        .link("d", "t")                // 6
        .link("c", "e")                // 7
        .link("e", "t")                // 8
        .build();
}

std::vector<std::string> ids(const Dataset& d, const Chain& chain) {
    std::vector<std::string> out;
    for (const std::uint32_t e : chain.entities) out.push_back(d.entities[e].id.str());
    return out;
}

std::vector<std::vector<std::string>> all_ids(const Dataset& d, const ChainsResult& r) {
    std::vector<std::vector<std::string>> out;
    for (const Chain& c : r.chains) out.push_back(ids(d, c));
    return out;
}

ChainOptions up_to(std::size_t k, std::uint32_t max_links = 6) {
    ChainOptions options;
    options.max_chains = k;
    options.max_links = max_links;
    return options;
}

TEST(Chains, ShortestFirstThenByIdsThenTheNextLength) {
    const Dataset d = diamond();
    const GraphIndex g = build_graph_index(d);
    const ChainsResult r = find_chains(d, g, at(d, "s"), at(d, "t"), {}, up_to(5));
    EXPECT_EQ(r.status, ChainsStatus::Found);
    EXPECT_FALSE(r.stopped_early);
    EXPECT_EQ(all_ids(d, r),
              (std::vector<std::vector<std::string>>{
                  {"s", "a", "t"}, {"s", "b", "t"}, {"s", "c", "d", "t"}, {"s", "c", "e", "t"}}));
    EXPECT_EQ(all_ids(d, find_chains(d, g, at(d, "s"), at(d, "t"), {}, up_to(2))),
              (std::vector<std::vector<std::string>>{{"s", "a", "t"}, {"s", "b", "t"}}));
}

TEST(Chains, StepsNameTheirLinkAndDirection) {
    const Dataset d = diamond();
    const GraphIndex g = build_graph_index(d);
    const ChainsResult r = find_chains(d, g, at(d, "s"), at(d, "t"), {}, up_to(2));
    ASSERT_EQ(r.chains.size(), 2u);
    const Chain& via_b = r.chains[1];
    ASSERT_EQ(via_b.steps.size(), 2u);
    EXPECT_EQ(via_b.steps[0].from, at(d, "s"));
    EXPECT_EQ(via_b.steps[0].to, at(d, "b"));
    EXPECT_EQ(via_b.steps[0].link, 2u);
    EXPECT_FALSE(via_b.steps[0].forward);  // "s <-located_in- b"
    EXPECT_EQ(via_b.steps[1].link, 3u);
    EXPECT_FALSE(via_b.steps[1].forward);  // "b <-funds- t"
    const Chain& via_a = r.chains[0];
    EXPECT_EQ(via_a.steps[0].link, 0u);
    EXPECT_TRUE(via_a.steps[0].forward);  // "s -enables-> a"
    EXPECT_TRUE(via_a.steps[1].forward);
    // And backwards from t, the same links with the directions turned.
    const ChainsResult back = find_chains(d, g, at(d, "t"), at(d, "s"), {}, up_to(1));
    EXPECT_EQ(all_ids(d, back), (std::vector<std::vector<std::string>>{{"t", "a", "s"}}));
    EXPECT_FALSE(back.chains[0].steps[0].forward);
    EXPECT_EQ(back.chains[0].steps[1].link, 0u);
}

TEST(Chains, DisconnectedSameEntityAndUnknownEnds) {
    const Dataset d = diamond();
    const GraphIndex g = build_graph_index(d);
    const ChainsResult apart = find_chains(d, g, at(d, "s"), at(d, "lonely"), {});
    EXPECT_EQ(apart.status, ChainsStatus::NoChain);
    EXPECT_TRUE(apart.chains.empty());
    EXPECT_FALSE(apart.stopped_early);
    EXPECT_EQ(find_chains(d, g, at(d, "s"), at(d, "s"), {}).status, ChainsStatus::SameEntity);
    EXPECT_EQ(find_chains(d, g, at(d, "s"), kNoEntity, {}).status, ChainsStatus::UnknownEntity);
}

TEST(Chains, ACycleGivesLooplessChainsOnly) {
    const Dataset d = GraphBuilder()
                          .entity("x")
                          .entity("y")
                          .entity("z")
                          .link("x", "y")
                          .link("y", "z")
                          .link("z", "x")
                          .build();
    const GraphIndex g = build_graph_index(d);
    const ChainsResult r = find_chains(d, g, at(d, "x"), at(d, "z"), {}, up_to(5));
    EXPECT_EQ(all_ids(d, r), (std::vector<std::vector<std::string>>{{"x", "z"}, {"x", "y", "z"}}));
    EXPECT_EQ(r.chains[0].steps[0].link, 2u);
    EXPECT_FALSE(r.chains[0].steps[0].forward);  // "x <- z"
}

TEST(Chains, ParallelLinksAreOneStepWithTheLowestLink) {
    const Dataset d =
        GraphBuilder().entity("p").entity("q").link("q", "p", "about").link("p", "q", "enables").build();
    const GraphIndex g = build_graph_index(d);
    const ChainsResult r = find_chains(d, g, at(d, "p"), at(d, "q"), {}, up_to(5));
    ASSERT_EQ(r.chains.size(), 1u);
    EXPECT_EQ(r.chains[0].steps[0].link, 0u);
    EXPECT_FALSE(r.chains[0].steps[0].forward);
    GraphRestriction enables_only;
    enables_only.relations = relation_mask({"enables"});
    const ChainsResult only = find_chains(d, g, at(d, "p"), at(d, "q"), enables_only, up_to(5));
    ASSERT_EQ(only.chains.size(), 1u);
    EXPECT_EQ(only.chains[0].steps[0].link, 1u);
    EXPECT_TRUE(only.chains[0].steps[0].forward);
}

TEST(Chains, RelationsAndTheFilterRestrictTheWay) {
    const Dataset d = diamond();
    const GraphIndex g = build_graph_index(d);
    GraphRestriction no_enables;
    no_enables.relations = relation_mask({"supports", "located_in", "funds"});
    EXPECT_EQ(
        all_ids(d, find_chains(d, g, at(d, "s"), at(d, "t"), no_enables, up_to(5))),
        (std::vector<std::vector<std::string>>{{"s", "b", "t"}, {"s", "c", "d", "t"}, {"s", "c", "e", "t"}}));
    GraphRestriction only_b;
    only_b.relations = relation_mask({"located_in", "funds"});
    EXPECT_EQ(all_ids(d, find_chains(d, g, at(d, "s"), at(d, "t"), only_b, up_to(5))),
              (std::vector<std::vector<std::string>>{{"s", "b", "t"}}));
    std::vector<std::uint8_t> visible(d.entities.size(), 1);
    visible[at(d, "a")] = 0;
    visible[at(d, "d")] = 0;
    visible[at(d, "s")] = 0;  // an end: still allowed
    GraphRestriction filtered;
    filtered.visible = &visible;
    EXPECT_EQ(all_ids(d, find_chains(d, g, at(d, "s"), at(d, "t"), filtered, up_to(5))),
              (std::vector<std::vector<std::string>>{{"s", "b", "t"}, {"s", "c", "e", "t"}}));
}

TEST(Chains, TheLengthCapAndTheExpansionCap) {
    const Dataset d = GraphBuilder()
                          .entity("n0")
                          .entity("n1")
                          .entity("n2")
                          .entity("n3")
                          .entity("n4")
                          .link("n0", "n1")
                          .link("n1", "n2")
                          .link("n2", "n3")
                          .link("n3", "n4")
                          .build();
    const GraphIndex g = build_graph_index(d);
    const ChainsResult too_long = find_chains(d, g, at(d, "n0"), at(d, "n4"), {}, up_to(3, 3));
    EXPECT_EQ(too_long.status, ChainsStatus::NoChain);
    EXPECT_FALSE(too_long.stopped_early);
    EXPECT_EQ(find_chains(d, g, at(d, "n0"), at(d, "n4"), {}, up_to(3, 4)).chains.size(), 1u);
    ChainOptions tight = up_to(3, 6);
    tight.max_expanded = 2;
    const ChainsResult stopped = find_chains(d, g, at(d, "n0"), at(d, "n4"), {}, tight);
    EXPECT_TRUE(stopped.stopped_early);
    EXPECT_EQ(stopped.status, ChainsStatus::NoChain);
    EXPECT_EQ(stopped.expanded, 3u);  // the third expansion is the one refused
    // A cap hit after the first chain keeps it: the diamond's first search expands t only,
    // the spur searches after it run out of the six expansions.
    const Dataset dia = diamond();
    const GraphIndex dg = build_graph_index(dia);
    ChainOptions small = up_to(5);
    small.max_expanded = 6;
    const ChainsResult partial = find_chains(dia, dg, at(dia, "s"), at(dia, "t"), {}, small);
    EXPECT_TRUE(partial.stopped_early);
    ASSERT_GE(partial.chains.size(), 1u);
    EXPECT_LT(partial.chains.size(), 4u);
    EXPECT_EQ(ids(dia, partial.chains[0]), (std::vector<std::string>{"s", "a", "t"}));
}

// Every simple path of at most `max_links` links, sorted as the chains are.
std::vector<std::vector<std::string>> brute_force(const Dataset& d, std::uint32_t from, std::uint32_t to,
                                                  std::uint32_t max_links, std::size_t k) {
    std::vector<std::vector<std::uint32_t>> paths;
    std::vector<std::uint32_t> path{from};
    std::function<void()> walk = [&] {
        const std::uint32_t here = path.back();
        if (here == to) {
            paths.push_back(path);
            return;
        }
        if (path.size() > max_links) return;
        std::vector<std::uint32_t> next;
        for (const std::uint32_t l : d.index.links_out[here]) next.push_back(at(d, d.links[l].to));
        for (const std::uint32_t l : d.index.links_in[here]) next.push_back(at(d, d.links[l].from));
        std::sort(next.begin(), next.end());
        next.erase(std::unique(next.begin(), next.end()), next.end());
        for (const std::uint32_t n : next) {
            if (std::find(path.begin(), path.end(), n) != path.end()) continue;
            path.push_back(n);
            walk();
            path.pop_back();
        }
    };
    walk();
    std::vector<std::vector<std::string>> out;
    for (const auto& p : paths) {
        std::vector<std::string> names;
        names.reserve(p.size());
        for (const std::uint32_t e : p) names.push_back(d.entities[e].id.str());
        out.push_back(names);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    if (out.size() > k) out.resize(k);
    return out;
}

TEST(Chains, AgreesWithBruteForceOnSmallRandomGraphs) {
    std::uint64_t state = 12345;
    auto next = [&state](std::uint64_t n) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::uint32_t>((state >> 33) % n);
    };
    for (int round = 0; round < 40; ++round) {
        GraphBuilder b;
        const std::uint32_t n = 6 + next(6);
        for (std::uint32_t e = 0; e < n; ++e)
            b.entity("e" + std::to_string(next(1000)) + "_" + std::to_string(e));
        const std::uint32_t links = n + next(std::uint64_t{2} * n);
        for (std::uint32_t l = 0; l < links; ++l) {
            b.link(b.data.entities[next(n)].id, b.data.entities[next(n)].id);
        }
        const Dataset d = b.build();
        const GraphIndex g = build_graph_index(d);
        const std::uint32_t from = next(n);
        std::uint32_t to = next(n);
        if (to == from) to = (from + 1) % n;
        for (const std::uint32_t max_links : {3u, 5u}) {
            const ChainsResult r = find_chains(d, g, from, to, {}, up_to(5, max_links));
            EXPECT_EQ(all_ids(d, r), brute_force(d, from, to, max_links, 5)) << "round " << round;
        }
    }
}

TEST(Chains, BuiltInDatasetFromTheTracksToTheProduct) {
    const Dataset& d = graph_test::builtin_dataset();
    const GraphIndex g = build_graph_index(d);
    for (const char* start : {"policy-dual-track-system", "track-iit"}) {
        const ChainsResult r = find_chains(d, g, at(d, start), at(d, "product-amimestrocel"), {}, up_to(3));
        ASSERT_EQ(r.status, ChainsStatus::Found) << start;
        EXPECT_FALSE(r.stopped_early);
        for (const Chain& chain : r.chains) {
            std::string text = d.entities[chain.entities.front()].id.str();
            for (const ChainStep& step : chain.steps) {
                const Link& link = d.links[step.link];
                const DataString& from_id = d.entities[step.from].id;
                const DataString& to_id = d.entities[step.to].id;
                EXPECT_EQ(link.from, step.forward ? from_id : to_id);
                EXPECT_EQ(link.to, step.forward ? to_id : from_id);
                text += step.forward ? " -" + link.relation + "-> " : " <-" + link.relation + "- ";
                text += to_id;
            }
            std::printf("  chain %zu links: %s\n", chain.steps.size(), text.c_str());
            EXPECT_EQ(d.entities[chain.entities.front()].id, start);
            EXPECT_EQ(d.entities[chain.entities.back()].id, "product-amimestrocel");
            EXPECT_EQ(chain.entities.size(), chain.steps.size() + 1);
        }
        for (std::size_t k = 1; k < r.chains.size(); ++k) {
            EXPECT_LE(r.chains[k - 1].steps.size(), r.chains[k].steps.size());
        }
    }
}

}  // namespace
}  // namespace pe

// The network grid agrees with brute force: entities and edges in random rectangles, the
// entity and edge nearest random points, on random layouts with long and short edges.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "network/network_grid.h"

namespace pe {
namespace {

struct Rng {
    std::uint64_t state;
    double unit() {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<double>(state >> 11) * (1.0 / 9007199254740992.0);
    }
    std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(unit() * n) % n; }
};

struct Fixture {
    NetworkGraph graph;
    NetworkLayout layout;
};

Fixture random_network(std::uint32_t n, std::uint32_t m, std::uint64_t seed) {
    Fixture f;
    Rng rng{seed};
    f.graph.node_count = n;
    for (std::uint32_t v = 0; v < n; ++v) {
        // Clustered points plus a few far ones.
        const double cx = (v % 5) * 300.0, cy = (v % 3) * 200.0;
        f.layout.x.push_back(cx + rng.unit() * 150.0);
        f.layout.y.push_back(cy + rng.unit() * 150.0);
    }
    for (std::uint32_t e = 0; e < m; ++e) {
        NetworkEdge edge;
        edge.from = rng.below(n);
        // Mostly within a cluster (15 apart: the same v % 5 and v % 3), some across.
        edge.to = e % 7 == 0 ? rng.below(n) : (edge.from + 15 * (1 + rng.below(3))) % n;
        if (edge.to == edge.from) edge.to = (edge.from + 1) % n;
        edge.link = e;
        f.graph.edges.push_back(edge);
    }
    f.layout.bounds = bounds_of(f.layout.x, f.layout.y);
    return f;
}

std::vector<std::uint32_t> sorted(std::vector<std::uint32_t> v) {
    std::sort(v.begin(), v.end());
    return v;
}

TEST(NetworkGrid, RectangleQueriesAgreeWithBruteForce) {
    for (const std::uint64_t seed : {1ull, 2ull, 3ull}) {
        const Fixture f = random_network(400, 700, seed);
        const NetworkGrid indexed = build_network_grid(f.graph, f.layout);
        EXPECT_FALSE(indexed.long_edges.empty());  // both paths are exercised
        EXPECT_GT(indexed.edges.size(), indexed.long_edges.size());
        // The unindexed grid (a layout in progress) answers the same.
        for (const NetworkGrid& grid : {indexed, unindexed_network_grid(f.graph, f.layout)}) {
            Rng rng{seed * 77};
            for (int q = 0; q < 200; ++q) {
                const double x = rng.unit() * 1600.0 - 100.0, y = rng.unit() * 700.0 - 50.0;
                const double w = rng.unit() * (q % 10 == 0 ? 2000.0 : 200.0), h = rng.unit() * 200.0;
                // The first query holds every position (every edge, without a test).
                const NetworkBounds rect = q == 0 ? NetworkBounds{-200.0, -200.0, 2000.0, 1000.0}
                                                  : NetworkBounds{x, y, x + w, y + h};
                std::vector<std::uint32_t> nodes, edges;
                for (std::uint32_t v = 0; v < f.graph.node_count; ++v) {
                    if (f.layout.x[v] >= rect.min_x && f.layout.x[v] <= rect.max_x &&
                        f.layout.y[v] >= rect.min_y && f.layout.y[v] <= rect.max_y) {
                        nodes.push_back(v);
                    }
                }
                for (std::uint32_t e = 0; e < f.graph.edges.size(); ++e) {
                    const NetworkEdge& edge = f.graph.edges[e];
                    if (segment_meets_rect(f.layout.x[edge.from], f.layout.y[edge.from], f.layout.x[edge.to],
                                           f.layout.y[edge.to], rect)) {
                        edges.push_back(e);
                    }
                }
                const std::vector<std::uint32_t> got_nodes = nodes_in_rect(grid, f.layout, rect);
                const std::vector<std::uint32_t> got_edges = edges_in_rect(grid, f.graph, f.layout, rect);
                EXPECT_EQ(got_nodes.size(), nodes.size());
                EXPECT_EQ(sorted(got_nodes), nodes);
                EXPECT_EQ(got_edges.size(), edges.size());  // each edge once
                EXPECT_EQ(sorted(got_edges), edges);
            }
        }
    }
}

TEST(NetworkGrid, HitTestsAgreeWithBruteForce) {
    const Fixture f = random_network(300, 500, 9);
    const NetworkGrid grid = build_network_grid(f.graph, f.layout);
    std::vector<std::uint8_t> shown(f.graph.node_count, 1);
    for (std::uint32_t v = 0; v < shown.size(); v += 3) shown[v] = 0;
    Rng rng{5};
    int hits = 0;
    for (int q = 0; q < 500; ++q) {
        const double x = rng.unit() * 1400.0, y = rng.unit() * 600.0, r = 2.0 + rng.unit() * 20.0;
        std::uint32_t best = kNoEntity, best_shown = kNoEntity;
        double d_best = r * r, d_shown = r * r;
        for (std::uint32_t v = 0; v < f.graph.node_count; ++v) {
            const double d2 =
                (f.layout.x[v] - x) * (f.layout.x[v] - x) + (f.layout.y[v] - y) * (f.layout.y[v] - y);
            if (d2 < d_best) {
                d_best = d2;
                best = v;
            }
            if (shown[v] != 0 && d2 < d_shown) {
                d_shown = d2;
                best_shown = v;
            }
        }
        EXPECT_EQ(node_at(grid, f.layout, x, y, r), best);
        EXPECT_EQ(node_at(grid, f.layout, x, y, r, shown), best_shown);
        hits += best != kNoEntity ? 1 : 0;
        std::uint32_t best_edge = kNoEntity;
        double d_edge = r * r;
        for (std::uint32_t e = 0; e < f.graph.edges.size(); ++e) {
            const NetworkEdge& edge = f.graph.edges[e];
            const double d2 = segment_distance2(x, y, f.layout.x[edge.from], f.layout.y[edge.from],
                                                f.layout.x[edge.to], f.layout.y[edge.to]);
            if (d2 < d_edge) {
                d_edge = d2;
                best_edge = e;
            }
        }
        EXPECT_EQ(edge_at(grid, f.graph, f.layout, x, y, r), best_edge);
    }
    EXPECT_GT(hits, 50);  // the test does meet nodes
}

TEST(NetworkGrid, SegmentGeometry) {
    const NetworkBounds r{0.0, 0.0, 10.0, 10.0};
    EXPECT_TRUE(segment_meets_rect(-5.0, 5.0, 15.0, 5.0, r));  // through
    EXPECT_TRUE(segment_meets_rect(2.0, 2.0, 3.0, 3.0, r));    // inside
    EXPECT_FALSE(segment_meets_rect(-5.0, -1.0, 15.0, -1.0, r));
    EXPECT_FALSE(segment_meets_rect(11.0, 0.0, 20.0, 9.0, r));  // box overlaps the line, not the segment
    EXPECT_FALSE(segment_meets_rect(-1.0, 9.0, 2.0, 12.5, r));  // passes the corner outside
    EXPECT_DOUBLE_EQ(segment_distance2(5.0, 3.0, 0.0, 0.0, 10.0, 0.0), 9.0);
    EXPECT_DOUBLE_EQ(segment_distance2(13.0, 4.0, 0.0, 0.0, 10.0, 0.0), 25.0);
}

}  // namespace
}  // namespace pe

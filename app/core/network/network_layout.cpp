// The network layout: springs per component, the radial-tree seed, the force iterations
// and the shelf packing of components.
//
// [SECTION] Helpers (random jitter, the series for cos and sin, bounds)
// [SECTION] Start (components and springs)
// [SECTION] Seed (spanning tree, radial placement)
// [SECTION] Iterate (Fruchterman–Reingold with Barnes–Hut)
// [SECTION] Pack (components in shelves)
// [SECTION] Step, result, hash
#include "network/network_layout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

// The same bits everywhere: no a * b + c fused into one rounding where a compiler would
// (clang on arm64 does by default); GCC does not fuse without -mfma / -ffp-contract=fast.
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

namespace pe {

namespace {

// [SECTION] Helpers

constexpr double kPi = 3.14159265358979323846;

std::uint64_t splitmix(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// A number in [-0.5, 0.5) from the seed and an entity.
double jitter(std::uint64_t seed, std::uint32_t entity, std::uint64_t salt) {
    const std::uint64_t r = splitmix(seed * 0x100000001B3ull ^ (std::uint64_t{entity} << 1) ^ salt);
    return static_cast<double>(r >> 11) * (1.0 / 9007199254740992.0) - 0.5;
}

std::uint32_t find_root(std::vector<std::uint32_t>& up, std::uint32_t v) {
    while (up[v] != v) {
        up[v] = up[up[v]];
        v = up[v];
    }
    return v;
}

// [SECTION] Seed

// Places component `c` as a radial tree around its most important entity: the spanning tree
// takes the strongest springs first (the "belongs to" ties), each child gets a share of its
// parent's angle in proportion to its subtree, and each depth is a ring wide enough for its
// entities. A small jitter from the seed breaks ties.
void seed_component(NetworkLayoutRun& run, std::size_t c) {
    const std::vector<std::uint32_t>& nodes = run.components[c];
    const double k = run.params.edge_length;
    const auto n = static_cast<std::uint32_t>(nodes.size());
    const auto local_of = [&](std::uint32_t v) {
        return static_cast<std::uint32_t>(std::lower_bound(nodes.begin(), nodes.end(), v) - nodes.begin());
    };

    // The spanning tree: springs by weight (heavier first), then in order.
    std::vector<std::uint32_t> order(run.springs[c].size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return run.springs[c][a].weight > run.springs[c][b].weight;
    });
    std::vector<std::uint32_t> up(n);
    std::iota(up.begin(), up.end(), 0u);
    std::vector<std::vector<std::uint32_t>> tree(n);
    for (const std::uint32_t s : order) {
        const std::uint32_t a = local_of(run.springs[c][s].a), b = local_of(run.springs[c][s].b);
        const std::uint32_t ra = find_root(up, a), rb = find_root(up, b);
        if (ra == rb) continue;
        up[std::max(ra, rb)] = std::min(ra, rb);
        tree[a].push_back(b);
        tree[b].push_back(a);
    }
    for (std::vector<std::uint32_t>& list : tree) std::sort(list.begin(), list.end());

    // Root at the most important entity; breadth-first order, depths, parents.
    std::uint32_t root = 0;
    for (std::uint32_t i = 1; i < n; ++i) {
        if (run.importance_rank[nodes[i]] < run.importance_rank[nodes[root]]) root = i;
    }
    std::vector<std::uint32_t> bfs, depth(n, 0), parent(n, kNoEntity);
    bfs.reserve(n);
    bfs.push_back(root);
    parent[root] = root;
    for (std::size_t head = 0; head < bfs.size(); ++head) {
        const std::uint32_t v = bfs[head];
        for (const std::uint32_t w : tree[v]) {
            if (parent[w] != kNoEntity) continue;
            parent[w] = v;
            depth[w] = depth[v] + 1;
            bfs.push_back(w);
        }
    }
    std::vector<double> size(n, 1.0);
    for (std::size_t i = bfs.size(); i-- > 1;) size[parent[bfs[i]]] += size[bfs[i]];

    // Ring radii: at least one edge further out, and long enough for the ring's entities.
    const std::uint32_t max_depth = depth[bfs.back()];
    std::vector<double> ring(std::size_t{max_depth} + 1, 0.0), per_depth(std::size_t{max_depth} + 1, 0.0);
    for (const std::uint32_t v : bfs) per_depth[depth[v]] += 1.0;
    for (std::size_t d = 1; d <= max_depth; ++d) {
        ring[d] = std::max(ring[d - 1] + k, per_depth[d] * k * 0.6 / (2.0 * kPi));
    }

    // Angles: each entity owns [from, from + span) turns, shared among its children.
    std::vector<double> from(n, 0.0), span(n, 1.0);
    for (const std::uint32_t v : bfs) {
        double at = from[v];
        for (const std::uint32_t w : tree[v]) {
            if (parent[w] != v || w == v) continue;
            from[w] = at;
            span[w] = span[v] * size[w] / (size[v] - 1.0);
            at += span[w];
        }
        double cos_a = 1.0, sin_a = 0.0;
        unit_circle(from[v] + span[v] * 0.5, cos_a, sin_a);
        const std::uint32_t e = nodes[v];
        run.x[e] = ring[depth[v]] * cos_a + jitter(run.params.seed, e, 1) * k * 0.2;
        run.y[e] = ring[depth[v]] * sin_a + jitter(run.params.seed, e, 2) * k * 0.2;
    }
}

// [SECTION] Iterate

double start_temperature(const NetworkLayoutParams& params, std::size_t n) {
    return params.edge_length * std::max(1.0, 0.1 * std::sqrt(static_cast<double>(n)));
}

// One iteration of component `c`, resumable: the repulsion pass covers the entities from
// run.cursor on, at most `budget` of them (at least one), and the moves are made once it has
// covered them all (then returns true). Each entity's force depends only on the positions the
// iteration started from, so the result does not depend on how the pass was split.
bool iterate_component(NetworkLayoutRun& run, std::size_t c, std::uint64_t budget) {
    const std::vector<std::uint32_t>& nodes = run.components[c];
    const NetworkLayoutParams& p = run.params;
    const double k = p.edge_length, k2 = k * k;
    if (run.cursor == 0) {
        build_quadtree(run.tree, run.x, run.y, nodes);
        double cx = 0.0, cy = 0.0;
        for (const std::uint32_t v : nodes) {
            cx += run.x[v];
            cy += run.y[v];
        }
        run.centre_x = cx / static_cast<double>(nodes.size());
        run.centre_y = cy / static_cast<double>(nodes.size());
    }
    const std::size_t end = static_cast<std::size_t>(
        std::min<std::uint64_t>(nodes.size(), run.cursor + std::max<std::uint64_t>(budget, 1)));
    for (std::size_t i = run.cursor; i < end; ++i) {
        const std::uint32_t v = nodes[i];
        double fx = 0.0, fy = 0.0;
        quadtree_repulsion(run.tree, run.x, run.y, v, k2, p.theta, fx, fy);
        run.fx[v] = fx + p.gravity * (run.centre_x - run.x[v]);
        run.fy[v] = fy + p.gravity * (run.centre_y - run.y[v]);
    }
    run.cursor = end;
    if (end < nodes.size()) return false;
    run.cursor = 0;
    const double t = start_temperature(p, nodes.size()) *
                     (1.0 - static_cast<double>(run.iteration - 1) / static_cast<double>(p.iterations));
    for (const NetworkSpring& s : run.springs[c]) {
        const double dx = run.x[s.a] - run.x[s.b], dy = run.y[s.a] - run.y[s.b];
        const double f = std::sqrt(dx * dx + dy * dy) / k * s.weight;
        run.fx[s.a] -= dx * f;
        run.fy[s.a] -= dy * f;
        run.fx[s.b] += dx * f;
        run.fy[s.b] += dy * f;
    }
    for (const std::uint32_t v : nodes) {
        const double len = std::sqrt(run.fx[v] * run.fx[v] + run.fy[v] * run.fy[v]);
        if (len <= 0.0) continue;
        const double move = std::min(len, t) / len;
        run.x[v] += run.fx[v] * move;
        run.y[v] += run.fy[v] * move;
    }
    return true;
}

// [SECTION] Pack

// Components in shelves, tallest first, each box its bounds plus half the gap around.
void pack_components(NetworkLayoutRun& run) {
    const double half_gap = run.params.component_gap * 0.5;
    const std::size_t count = run.components.size();
    std::vector<NetworkBounds> box(count);
    double area = 0.0, widest = 0.0;
    for (std::size_t c = 0; c < count; ++c) {
        NetworkBounds b;
        b.min_x = b.max_x = run.x[run.components[c][0]];
        b.min_y = b.max_y = run.y[run.components[c][0]];
        for (const std::uint32_t v : run.components[c]) {
            b.min_x = std::min(b.min_x, run.x[v]);
            b.max_x = std::max(b.max_x, run.x[v]);
            b.min_y = std::min(b.min_y, run.y[v]);
            b.max_y = std::max(b.max_y, run.y[v]);
        }
        b.min_x -= half_gap;
        b.min_y -= half_gap;
        b.max_x += half_gap;
        b.max_y += half_gap;
        box[c] = b;
        area += (b.max_x - b.min_x) * (b.max_y - b.min_y);
        widest = std::max(widest, b.max_x - b.min_x);
    }
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return box[a].max_y - box[a].min_y > box[b].max_y - box[b].min_y;
    });
    const double row_width = std::max(widest, std::sqrt(area) * 1.3);
    double at_x = 0.0, at_y = 0.0, row_height = 0.0;
    for (const std::size_t c : order) {
        const double w = box[c].max_x - box[c].min_x, h = box[c].max_y - box[c].min_y;
        if (at_x > 0.0 && at_x + w > row_width) {
            at_x = 0.0;
            at_y += row_height;
            row_height = 0.0;
        }
        const double dx = at_x - box[c].min_x, dy = at_y - box[c].min_y;
        for (const std::uint32_t v : run.components[c]) {
            run.x[v] += dx;
            run.y[v] += dy;
        }
        at_x += w;
        row_height = std::max(row_height, h);
    }
}

std::uint32_t iterations_of(const NetworkLayoutRun& run, std::size_t c) {
    return run.components[c].size() >= 3 ? run.params.iterations : 0u;
}

}  // namespace

void unit_circle(double turns, double& c, double& s) {
    // Reduce to [-0.5, 0.5] turns, then Taylor series to x^25 on [-pi, pi] (error < 1e-12).
    double t = turns - static_cast<double>(static_cast<long long>(turns));
    if (t > 0.5) t -= 1.0;
    if (t < -0.5) t += 1.0;
    const double a = t * 2.0 * kPi, a2 = a * a;
    double sin_sum = 0.0, cos_sum = 0.0;
    for (int i = 12; i >= 0; --i) {
        const double si = static_cast<double>((2 * i + 2) * (2 * i + 3));
        const double ci = static_cast<double>((2 * i + 1) * (2 * i + 2));
        sin_sum = 1.0 - a2 / si * sin_sum;
        cos_sum = 1.0 - a2 / ci * cos_sum;
    }
    s = a * sin_sum;
    c = cos_sum;
}

NetworkBounds bounds_of(const std::vector<double>& x, const std::vector<double>& y) {
    NetworkBounds b;
    if (x.empty()) return b;
    b.min_x = b.max_x = x[0];
    b.min_y = b.max_y = y[0];
    for (std::size_t i = 1; i < x.size(); ++i) {
        b.min_x = std::min(b.min_x, x[i]);
        b.max_x = std::max(b.max_x, x[i]);
        b.min_y = std::min(b.min_y, y[i]);
        b.max_y = std::max(b.max_y, y[i]);
    }
    return b;
}

// [SECTION] Start

NetworkLayoutRun start_network_layout(const NetworkGraph& graph, const NetworkLayoutParams& params) {
    NetworkLayoutRun run;
    run.params = params;
    run.params.iterations = std::max(params.iterations, 1u);
    const std::uint32_t n = graph.node_count;
    run.importance_rank = graph.importance_rank;
    run.components.resize(graph.component_count);
    run.springs.resize(graph.component_count);
    for (std::uint32_t v = 0; v < n; ++v) run.components[graph.component[v]].push_back(v);
    for (const NetworkEdge& e : graph.edges) {
        run.springs[graph.component[e.from]].push_back(
            NetworkSpring{e.from, e.to, e.structural != 0 ? params.structural_weight : 1.0});
    }
    for (std::uint32_t v = 0; v < n; ++v) {
        const std::uint32_t p = graph.parent[v];
        if (p == kNoEntity) continue;
        bool linked = false;
        for (std::uint32_t i = graph.adj_start[v]; i < graph.adj_start[v + 1] && !linked; ++i) {
            linked = other_end(graph.edges[graph.adj_edge[i]], v) == p;
        }
        if (!linked) run.springs[graph.component[v]].push_back(NetworkSpring{v, p, params.structural_weight});
    }
    run.x.assign(n, 0.0);
    run.y.assign(n, 0.0);
    run.fx.assign(n, 0.0);
    run.fy.assign(n, 0.0);
    for (std::size_t c = 0; c < run.components.size(); ++c) {
        run.work_total += run.components[c].size() * (std::uint64_t{iterations_of(run, c)} + 1);
    }
    run.finished = n == 0;
    return run;
}

// [SECTION] Step, result, hash

bool step_network_layout(NetworkLayoutRun& run, std::uint64_t budget) {
    std::uint64_t spent = 0;
    while (!run.finished && (spent == 0 || spent < budget)) {
        const std::size_t c = run.component;
        const std::uint64_t size = run.components[c].size();
        if (run.iteration == 0) {
            seed_component(run, c);
            spent += size;
            run.work_done += size;
        } else {
            const std::size_t before = run.cursor;
            const bool done = iterate_component(run, c, budget - std::min(spent, budget));
            const std::uint64_t covered = (done ? size : run.cursor) - before;
            spent += covered;
            run.work_done += covered;
            if (!done) continue;
        }
        if (run.iteration++ >= iterations_of(run, c)) {
            run.iteration = 0;
            if (++run.component == run.components.size()) {
                pack_components(run);
                run.finished = true;
            }
        }
    }
    return run.finished;
}

double network_layout_slice_seconds(double frame_interval) {
    constexpr double kShortest = 0.006, kLongest = 0.050;
    if (!(frame_interval > 0.0)) return kShortest;  // the first frame (or no clock): the least
    return std::min(std::max(frame_interval * 0.5, kShortest), kLongest);
}

double network_layout_progress(const NetworkLayoutRun& run) {
    if (run.finished || run.work_total == 0) return 1.0;
    return static_cast<double>(run.work_done) / static_cast<double>(run.work_total);
}

NetworkLayout network_layout_result(const NetworkLayoutRun& run) {
    NetworkLayout layout;
    layout.x = run.x;
    layout.y = run.y;
    layout.bounds = bounds_of(layout.x, layout.y);
    return layout;
}

NetworkLayout layout_network(const NetworkGraph& graph, const NetworkLayoutParams& params) {
    NetworkLayoutRun run = start_network_layout(graph, params);
    while (!step_network_layout(run, ~std::uint64_t{0})) {
    }
    return network_layout_result(run);
}

NetworkLayout layout_network(const Dataset& dataset, const DatasetIndex& index,
                             const NetworkLayoutParams& params) {
    return layout_network(build_network_graph(dataset, index), params);
}

std::uint64_t network_layout_hash(const NetworkLayout& layout) {
    std::uint64_t h = 0xCBF29CE484222325ull;
    const auto mix = [&h](std::uint64_t value) {
        for (int byte = 0; byte < 8; ++byte) {
            h ^= (value >> (8 * byte)) & 0xFFu;
            h *= 0x100000001B3ull;
        }
    };
    mix(layout.x.size());
    for (std::size_t i = 0; i < layout.x.size(); ++i) {
        mix(static_cast<std::uint64_t>(static_cast<std::int64_t>(std::floor(layout.x[i] * 16.0 + 0.5))));
        mix(static_cast<std::uint64_t>(static_cast<std::int64_t>(std::floor(layout.y[i] * 16.0 + 0.5))));
    }
    return h;
}

}  // namespace pe

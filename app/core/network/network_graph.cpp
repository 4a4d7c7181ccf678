// Builds NetworkGraph from a dataset: edges, CSR neighbours, importance, "belongs to"
// parents (cycle-free) and connected components, all in entity or link order.
#include "network/network_graph.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <string_view>

#include "model/dataset_index.h"
#include "model/entity_types.h"

namespace pe {

namespace {

// Relations that place `from` inside the group of `to`, strongest first.
constexpr std::array<std::string_view, 6> kStructural = {"located_in",   "part_of",     "developed_by",
                                                         "milestone_of", "operated_by", "affiliated_with"};

// True when making `parent` the parent of `child` would close a cycle (or the chain above
// `parent` is too long to check cheaply, which is treated the same way).
bool would_cycle(const std::vector<std::uint32_t>& parents, std::uint32_t child, std::uint32_t parent) {
    constexpr int kMaxDepth = 64;
    for (int depth = 0; parent != kNoEntity; ++depth) {
        if (parent == child || depth == kMaxDepth) return true;
        parent = parents[parent];
    }
    return false;
}

std::uint32_t find_root(std::vector<std::uint32_t>& up, std::uint32_t v) {
    while (up[v] != v) {
        up[v] = up[up[v]];
        v = up[v];
    }
    return v;
}

}  // namespace

int structural_priority(std::uint8_t relation) {
    if (relation == kUnknownKind) return -1;
    const std::string_view name = kRelationTypes[relation];
    for (std::size_t i = 0; i < kStructural.size(); ++i) {
        if (kStructural[i] == name) return static_cast<int>(i);
    }
    return -1;
}

NetworkGraph build_network_graph(const Dataset& dataset, const DatasetIndex& index) {
    NetworkGraph g;
    const auto n = static_cast<std::uint32_t>(dataset.entities.size());
    g.node_count = n;
    g.type.resize(n);
    g.degree.assign(n, 0);
    for (std::uint32_t v = 0; v < n; ++v) g.type[v] = entity_type_number(dataset.entities[v].type);

    // [Edges] in link order; links with a missing end or to themselves are not drawn.
    g.edge_of_link.assign(dataset.links.size(), kNoEntity);
    for (std::size_t l = 0; l < dataset.links.size(); ++l) {
        const Link& link = dataset.links[l];
        const std::uint32_t from = entity_position_or_none(index, link.from),
                            to = entity_position_or_none(index, link.to);
        if (from == kNoEntity || to == kNoEntity || from == to) continue;
        NetworkEdge edge;
        edge.from = from;
        edge.to = to;
        edge.link = static_cast<std::uint32_t>(l);
        edge.relation = relation_number(link.relation);
        edge.structural = structural_priority(edge.relation) >= 0 ? 1 : 0;
        g.edge_of_link[l] = static_cast<std::uint32_t>(g.edges.size());
        g.edges.push_back(edge);
        ++g.degree[from];
        ++g.degree[to];
    }

    // [Neighbours] CSR by counting; edges are visited in order, so each list ascends.
    g.adj_start.assign(std::size_t{n} + 1, 0);
    for (const NetworkEdge& e : g.edges) {
        ++g.adj_start[e.from + 1];
        ++g.adj_start[e.to + 1];
    }
    for (std::uint32_t v = 0; v < n; ++v) g.adj_start[v + 1] += g.adj_start[v];
    g.adj_edge.resize(g.adj_start[n]);
    std::vector<std::uint32_t> fill(g.adj_start.begin(), g.adj_start.end() - 1);
    for (std::uint32_t e = 0; e < g.edges.size(); ++e) {
        g.adj_edge[fill[g.edges[e].from]++] = e;
        g.adj_edge[fill[g.edges[e].to]++] = e;
    }

    // [Importance] degree (more first), then type order, then id.
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (g.degree[a] != g.degree[b]) return g.degree[a] > g.degree[b];
        if (g.type[a] != g.type[b]) return g.type[a] < g.type[b];
        if (dataset.entities[a].id != dataset.entities[b].id)
            return dataset.entities[a].id < dataset.entities[b].id;
        return a < b;
    });
    g.importance_rank.resize(n);
    for (std::uint32_t r = 0; r < n; ++r) g.importance_rank[order[r]] = r;

    // [Parents] by strength over all entities: park_id first, then each structural relation
    // (the first such link out), then district_id; a tie that would close a cycle is passed
    // over, so a stronger tie is never displaced by a weaker one.
    g.parent.assign(n, kNoEntity);
    const auto try_parent = [&g](std::uint32_t v, std::uint32_t p) {
        if (g.parent[v] == kNoEntity && p != kNoEntity && p != v && !would_cycle(g.parent, v, p))
            g.parent[v] = p;
    };
    for (std::uint32_t v = 0; v < n; ++v)
        try_parent(v, entity_position_or_none(index, dataset.entities[v].park_id));
    for (std::size_t p = 0; p < kStructural.size(); ++p) {
        for (std::uint32_t v = 0; v < n; ++v) {
            for (std::uint32_t k = g.adj_start[v]; k < g.adj_start[v + 1] && g.parent[v] == kNoEntity; ++k) {
                const NetworkEdge& e = g.edges[g.adj_edge[k]];
                if (e.from == v && structural_priority(e.relation) == static_cast<int>(p))
                    try_parent(v, e.to);
            }
        }
    }
    for (std::uint32_t v = 0; v < n; ++v)
        try_parent(v, entity_position_or_none(index, dataset.entities[v].district_id));

    // [Components] union-find over the edges and the parent ties, numbered in order of
    // their first entity.
    std::vector<std::uint32_t> up(n);
    std::iota(up.begin(), up.end(), 0u);
    const auto unite = [&](std::uint32_t x, std::uint32_t y) {
        const std::uint32_t a = find_root(up, x), b = find_root(up, y);
        if (a != b) up[std::max(a, b)] = std::min(a, b);
    };
    for (const NetworkEdge& e : g.edges) unite(e.from, e.to);
    for (std::uint32_t v = 0; v < n; ++v) {
        if (g.parent[v] != kNoEntity) unite(v, g.parent[v]);
    }
    g.component.assign(n, kNoEntity);
    std::vector<std::uint32_t> number_of_root(n, kNoEntity);
    for (std::uint32_t v = 0; v < n; ++v) {
        const std::uint32_t root = find_root(up, v);
        if (number_of_root[root] == kNoEntity) number_of_root[root] = g.component_count++;
        g.component[v] = number_of_root[root];
    }
    return g;
}

}  // namespace pe

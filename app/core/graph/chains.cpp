// Yen's k shortest loopless paths over GraphIndex with breadth-first spur searches from the
// far end, a shared budget of expanded entities, and the steps' links chosen afterwards.
//
// [SECTION] Order of chains
// [SECTION] Spur search
// [SECTION] Steps
// [SECTION] Yen's loop
#include "graph/chains.h"

#include <algorithm>
#include <optional>

namespace pe {
namespace {

constexpr std::uint8_t kUnreached = 0xFF;

// [SECTION] Order of chains

// Fewer entities first, then the ids along the way.
bool chain_before(const Dataset& dataset, const std::vector<std::uint32_t>& a,
                  const std::vector<std::uint32_t>& b) {
    if (a.size() != b.size()) return a.size() < b.size();
    for (std::size_t k = 0; k < a.size(); ++k) {
        if (a[k] == b[k]) continue;
        return dataset.entities[a[k]].id < dataset.entities[b[k]].id;
    }
    return false;
}

bool id_less(const Dataset& dataset, std::uint32_t a, std::uint32_t b) {
    return dataset.entities[a].id < dataset.entities[b].id;
}

// [SECTION] Spur search

struct SpurQuestion {
    std::uint32_t spur = 0;               // where the new part starts (blocked itself)
    std::uint32_t end = 0;                // the far end
    std::vector<std::uint32_t> not_next;  // entities the spur may not step to (Yen's removed edges)
    std::uint32_t max_links = 0;          // longest spur allowed
};

struct Search {
    const Dataset& dataset;
    const GraphIndex& graph;
    const GraphRestriction& restriction;
    ChainScratch& scratch;
    std::size_t budget = 0;
    std::size_t expanded = 0;
    bool stopped = false;

    void clear_distances() {
        for (const std::uint32_t e : scratch.touched) scratch.distance[e] = kUnreached;
        scratch.touched.clear();
    }

    void reach(std::uint32_t entity, std::uint8_t distance) {
        scratch.distance[entity] = distance;
        scratch.touched.push_back(entity);
    }

    // The spur's allowed neighbour at `distance` from the end with the smallest id, if any.
    std::optional<std::uint32_t> best_first_step(const SpurQuestion& q, std::uint8_t distance) const {
        std::optional<std::uint32_t> best;
        for (std::uint32_t j = graph.offsets[q.spur]; j < graph.offsets[q.spur + 1]; ++j) {
            const GraphEdge& edge = graph.edges[j];
            if (scratch.distance[edge.other] != distance || !edge_allowed(restriction, edge)) continue;
            if (std::find(q.not_next.begin(), q.not_next.end(), edge.other) != q.not_next.end()) continue;
            if (!best || id_less(dataset, edge.other, *best)) best = edge.other;
        }
        return best;
    }

    // From `first` (at distance d) down to the end, always to the smallest id one closer.
    std::vector<std::uint32_t> walk_down(std::uint32_t spur, std::uint32_t first) const {
        std::vector<std::uint32_t> path{spur, first};
        std::uint32_t at = first;
        while (scratch.distance[at] > 0) {
            const std::uint8_t want = static_cast<std::uint8_t>(scratch.distance[at] - 1);
            std::uint32_t next = kNoEntity;
            for (std::uint32_t j = graph.offsets[at]; j < graph.offsets[at + 1]; ++j) {
                const GraphEdge& edge = graph.edges[j];
                if (scratch.distance[edge.other] != want || !edge_allowed(restriction, edge)) continue;
                if (next == kNoEntity || id_less(dataset, edge.other, next)) next = edge.other;
            }
            path.push_back(next);  // exists: `at` was reached from such a neighbour
            at = next;
        }
        return path;
    }

    // The least spur path (spur ... end) by (length, ids), avoiding blocked entities.
    std::optional<std::vector<std::uint32_t>> spur_path(const SpurQuestion& q) {
        clear_distances();
        std::vector<std::uint32_t> layer{q.end};
        reach(q.end, 0);
        std::vector<std::uint32_t> next_layer;
        for (std::uint8_t d = 0;; ++d) {
            if (const std::optional<std::uint32_t> first = best_first_step(q, d)) {
                return walk_down(q.spur, *first);
            }
            if (static_cast<std::uint32_t>(d) + 2 > q.max_links || layer.empty()) return std::nullopt;
            next_layer.clear();
            for (const std::uint32_t at : layer) {
                if (++expanded > budget) {
                    stopped = true;
                    return std::nullopt;
                }
                for (std::uint32_t j = graph.offsets[at]; j < graph.offsets[at + 1]; ++j) {
                    const GraphEdge& edge = graph.edges[j];
                    const std::uint32_t other = edge.other;
                    if (scratch.distance[other] != kUnreached || scratch.blocked[other] != 0) continue;
                    if (!edge_allowed(restriction, edge) || !entity_allowed(restriction, other)) continue;
                    reach(other, static_cast<std::uint8_t>(d + 1));
                    next_layer.push_back(other);
                }
            }
            layer.swap(next_layer);
        }
    }
};

// [SECTION] Steps

Chain chain_of(const GraphIndex& graph, const GraphRestriction& restriction,
               const std::vector<std::uint32_t>& entities) {
    Chain chain;
    chain.entities = entities;
    for (std::size_t k = 0; k + 1 < entities.size(); ++k) {
        ChainStep step{entities[k], entities[k + 1], kNoEntity, true};
        for (std::uint32_t j = graph.offsets[step.from]; j < graph.offsets[step.from + 1]; ++j) {
            const GraphEdge& edge = graph.edges[j];
            if (edge.other != step.to || !edge_allowed(restriction, edge) || edge.link >= step.link) continue;
            step.link = edge.link;
            step.forward = edge.forward;
        }
        chain.steps.push_back(step);
    }
    return chain;
}

bool same_prefix(const std::vector<std::uint32_t>& path, const std::vector<std::uint32_t>& root) {
    return path.size() > root.size() && std::equal(root.begin(), root.end(), path.begin());
}

}  // namespace

// [SECTION] Yen's loop

ChainsResult find_chains(const Dataset& dataset, const GraphIndex& graph, std::uint32_t start,
                         std::uint32_t end, const GraphRestriction& restriction, const ChainOptions& options,
                         ChainScratch& scratch) {
    ChainsResult result;
    const std::uint32_t entity_count = graph.entity_count();
    if (start >= entity_count || end >= entity_count || entity_count > dataset.entities.size()) {
        result.status = ChainsStatus::UnknownEntity;
        return result;
    }
    if (start == end) {
        result.status = ChainsStatus::SameEntity;
        return result;
    }
    if (scratch.distance.size() != entity_count) {
        scratch.distance.assign(entity_count, kUnreached);
        scratch.blocked.assign(entity_count, 0);
        scratch.touched.clear();
    }
    const std::uint32_t max_links = std::clamp<std::uint32_t>(options.max_links, 1, 64);
    Search search{dataset, graph, restriction, scratch, options.max_expanded};

    std::vector<std::vector<std::uint32_t>> found;
    std::vector<std::vector<std::uint32_t>> candidates;
    scratch.blocked[start] = 1;
    std::optional<std::vector<std::uint32_t>> first =
        search.spur_path(SpurQuestion{start, end, {}, max_links});
    scratch.blocked[start] = 0;
    if (first) found.push_back(*first);

    while (!found.empty() && found.size() < options.max_chains && !search.stopped) {
        const std::vector<std::uint32_t> previous = found.back();
        for (std::size_t i = 0; i + 1 < previous.size() && !search.stopped; ++i) {
            const std::vector<std::uint32_t> root(previous.begin(),
                                                  previous.begin() + static_cast<std::ptrdiff_t>(i) + 1);
            SpurQuestion q{previous[i], end, {}, max_links - static_cast<std::uint32_t>(i)};
            for (const std::vector<std::uint32_t>& path : found) {
                if (same_prefix(path, root)) q.not_next.push_back(path[i + 1]);
            }
            for (const std::uint32_t e : root) scratch.blocked[e] = 1;
            std::optional<std::vector<std::uint32_t>> spur = search.spur_path(q);
            for (const std::uint32_t e : root) scratch.blocked[e] = 0;
            if (!spur) continue;
            std::vector<std::uint32_t> path(root.begin(), root.end() - 1);
            path.insert(path.end(), spur->begin(), spur->end());
            if (std::find(candidates.begin(), candidates.end(), path) == candidates.end() &&
                std::find(found.begin(), found.end(), path) == found.end()) {
                candidates.push_back(std::move(path));
            }
        }
        if (search.stopped || candidates.empty()) break;
        auto best = candidates.begin();
        for (auto it = candidates.begin() + 1; it != candidates.end(); ++it) {
            if (chain_before(dataset, *it, *best)) best = it;
        }
        found.push_back(std::move(*best));
        candidates.erase(best);
    }
    search.clear_distances();

    for (const std::vector<std::uint32_t>& path : found)
        result.chains.push_back(chain_of(graph, restriction, path));
    result.status = result.chains.empty() ? ChainsStatus::NoChain : ChainsStatus::Found;
    result.stopped_early = search.stopped;
    result.expanded = search.expanded;
    return result;
}

ChainsResult find_chains(const Dataset& dataset, const GraphIndex& graph, std::uint32_t start,
                         std::uint32_t end, const GraphRestriction& restriction,
                         const ChainOptions& options) {
    ChainScratch scratch;
    return find_chains(dataset, graph, start, end, restriction, options, scratch);
}

}  // namespace pe

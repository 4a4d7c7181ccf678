// The focus's breadth-first walk: layer by layer up to N hops over GraphIndex, resetting
// only what the previous answer set in the dense distance vector.
#include "graph/neighbourhood.h"

#include <algorithm>

namespace pe {

void update_neighbourhood(const GraphIndex& graph, std::uint32_t centre, int hops,
                          const GraphRestriction& restriction, Neighbourhood& result) {
    const std::uint32_t entity_count = graph.entity_count();
    if (result.distance_by_entity.size() != entity_count) {
        result.distance_by_entity.assign(entity_count, kOutside);
    } else {
        for (const std::uint32_t e : result.entities) {
            if (e < entity_count) result.distance_by_entity[e] = kOutside;
        }
    }
    result.entities.clear();
    result.distances.clear();
    result.links.clear();
    result.hops = static_cast<std::uint8_t>(std::clamp(hops, 0, static_cast<int>(kMaxFocusHops)));
    if (centre >= entity_count) {
        result.centre = kNoEntity;
        return;
    }
    result.centre = centre;
    result.entities.push_back(centre);
    result.distances.push_back(0);
    result.distance_by_entity[centre] = 0;
    // Breadth first: entities[layer_start, layer_end) are the current layer.
    std::size_t layer_start = 0;
    for (std::uint8_t depth = 1; depth <= result.hops; ++depth) {
        const std::size_t layer_end = result.entities.size();
        for (std::size_t k = layer_start; k < layer_end; ++k) {
            const std::uint32_t from = result.entities[k];
            for (std::uint32_t j = graph.offsets[from]; j < graph.offsets[from + 1]; ++j) {
                const GraphEdge& edge = graph.edges[j];
                if (result.distance_by_entity[edge.other] != kOutside) continue;
                if (!edge_allowed(restriction, edge) || !entity_allowed(restriction, edge.other)) continue;
                result.distance_by_entity[edge.other] = depth;
                result.entities.push_back(edge.other);
                result.distances.push_back(depth);
            }
        }
        layer_start = layer_end;
    }
    // Inside links: each is an outgoing edge of exactly one reached entity.
    for (const std::uint32_t e : result.entities) {
        for (std::uint32_t j = graph.offsets[e]; j < graph.offsets[e + 1]; ++j) {
            const GraphEdge& edge = graph.edges[j];
            if (!edge.forward) break;  // outgoing edges come first
            if (result.distance_by_entity[edge.other] != kOutside && edge_allowed(restriction, edge)) {
                result.links.push_back(edge.link);
            }
        }
    }
    std::sort(result.links.begin(), result.links.end());
}

Neighbourhood find_neighbourhood(const GraphIndex& graph, std::uint32_t centre, int hops,
                                 const GraphRestriction& restriction) {
    Neighbourhood result;
    update_neighbourhood(graph, centre, hops, restriction, result);
    return result;
}

}  // namespace pe

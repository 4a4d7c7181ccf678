// The focus: from one entity, every entity within N hops (links followed in both
// directions) with its distance, and the links lying inside that neighbourhood. Cost is
// proportional to what the walk reaches, never to the dataset; no drawing, no fading rule.
#pragma once

#include <cstdint>
#include <vector>

#include "graph/graph_index.h"
#include "graph/graph_restriction.h"

namespace pe {

inline constexpr std::uint8_t kOutside = 0xFF;    // distance of an entity outside the neighbourhood
inline constexpr std::uint8_t kMaxFocusHops = 3;  // the focus modes: 1, 2 or 3 hops

// The answer, made to be kept and recomputed in place when the selection or the depth
// changes (update_neighbourhood). `distance_by_entity` is dense so that a view asks "is this
// node inside?" in O(1) while drawing; it is filled once (the first update on a dataset of
// that size) and afterwards only the entries the previous answer set are reset, so an update
// costs what it reaches, not the entity count.
struct Neighbourhood {
    std::uint32_t centre = kNoEntity;  // kNoEntity: no focus (everything "inside")
    std::uint8_t hops = 0;
    std::vector<std::uint32_t> entities;           // reached, centre first, by distance then discovery order
                                                   // (edges in GraphIndex order)
    std::vector<std::uint8_t> distances;           // parallel to `entities`
    std::vector<std::uint32_t> links;              // allowed links whose two ends are both reached, ascending
    std::vector<std::uint8_t> distance_by_entity;  // per entity: its distance, or kOutside

    // Distance of `entity` from the centre, or kOutside. With no centre, 0 for every entity.
    std::uint8_t distance(std::uint32_t entity) const {
        if (centre == kNoEntity) return 0;
        return entity < distance_by_entity.size() ? distance_by_entity[entity] : kOutside;
    }
    bool contains(std::uint32_t entity) const { return distance(entity) != kOutside; }
};

// Recomputes `result` for `centre` and `hops` (clamped to 0..kMaxFocusHops; 0 = the centre
// alone). Follows only allowed relations and only into entities the restriction shows (the
// centre is always in). A link is inside when its relation is allowed and both its ends are
// reached, including a link between two entities at the last hop. A centre that is not an
// entity (kNoEntity, or past the end) gives the "no focus" answer.
// Cost: O(sum of the degrees of the reached entities + previous answer's size).
void update_neighbourhood(const GraphIndex& graph, std::uint32_t centre, int hops,
                          const GraphRestriction& restriction, Neighbourhood& result);

// The same into a fresh answer (allocates the dense vector: O(entities) once).
Neighbourhood find_neighbourhood(const GraphIndex& graph, std::uint32_t centre, int hops,
                                 const GraphRestriction& restriction);

}  // namespace pe

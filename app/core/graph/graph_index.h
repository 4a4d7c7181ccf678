// The dataset's links as a graph the graph questions walk quickly: each link's two ends as
// entity positions and its relation as a number, and every entity's links (both directions)
// in one flat array. Built once per dataset in O(entities + links); answers no question itself.
#pragma once

#include <cstdint>
#include <vector>

#include "model/dataset.h"
#include "model/entity_types.h"

namespace pe {

inline constexpr std::uint8_t kUnknownRelation = kUnknownKind;  // relation_number's answer

// One link seen from one of its ends.
struct GraphEdge {
    std::uint32_t other = 0;                   // the entity at the link's other end
    std::uint32_t link = 0;                    // index into Dataset::links
    std::uint8_t relation = kUnknownRelation;  // index into kRelationTypes
    bool forward = true;                       // true: this entity is the link's `from` (followed from -> to)
};

struct GraphIndex {
    std::vector<std::uint32_t> link_from;     // per link: entity position, kNoEntity if unknown
    std::vector<std::uint32_t> link_to;       // per link
    std::vector<std::uint8_t> link_relation;  // per link: index into kRelationTypes
    std::vector<std::uint32_t> offsets;       // entity e's edges are edges[offsets[e], offsets[e+1])
    std::vector<GraphEdge> edges;             // per entity: outgoing links, then incoming, each by link index

    std::uint32_t entity_count() const {
        return offsets.empty() ? 0u : static_cast<std::uint32_t>(offsets.size() - 1);
    }
};

// A link whose end is not an entity is left out of `edges` (its ends are kNoEntity); a link
// from an entity to itself appears once, as outgoing.
GraphIndex build_graph_index(const Dataset& dataset);

}  // namespace pe

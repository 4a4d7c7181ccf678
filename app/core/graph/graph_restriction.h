// Which links and entities a graph question may walk through: a set of relation types (as
// a bit mask over kRelationTypes) and the shared filter's visibility mask. Holds the
// predicates only; the walks are in neighbourhood.h and chains.h.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/graph_index.h"

namespace pe {

using RelationMask = std::uint32_t;  // bit k: kRelationTypes[k] may be followed
inline constexpr RelationMask kAllRelations = 0xFFFFFFFFu;

// The mask of these relation names; names not in kRelationTypes are ignored. An empty list
// gives kAllRelations (no restriction), so a cleared relation filter restricts nothing; a
// list of unknown names only gives 0 (nothing is followed).
RelationMask relation_mask(const std::vector<std::string>& relations);

// What a walk may use:
//  - relations: which relation types may be followed. A link of an unknown relation is
//    followed only under kAllRelations.
//  - visible: one byte per entity, 1 = shown: the convention of the shared filter's
//    FilterResult::visible (explore/entity_filter.h), so the view passes that vector as it is;
//    null or empty = every entity shown, an index past its end hidden. A mask (not sorted
//    rows) so that each test is O(1) and nothing is built per question. It is not copied and
//    must outlive the call. The entity a question starts from (and a chain's far end) is
//    always allowed, so a focus on a filtered-out selection still has its centre.
struct GraphRestriction {
    RelationMask relations = kAllRelations;
    const std::vector<std::uint8_t>* visible = nullptr;
};

inline bool edge_allowed(const GraphRestriction& restriction, const GraphEdge& edge) {
    if (restriction.relations == kAllRelations) return true;
    return edge.relation < 32 && ((restriction.relations >> edge.relation) & 1u) != 0;
}

inline bool entity_allowed(const GraphRestriction& restriction, std::uint32_t entity) {
    const std::vector<std::uint8_t>* mask = restriction.visible;
    return mask == nullptr || mask->empty() || (entity < mask->size() && (*mask)[entity] != 0);
}

}  // namespace pe

// The network view's graph: the dataset's entities and links as compact arrays (edges as
// entity positions, neighbours in CSR form, degrees, type and relation numbers, each
// entity's importance rank, its "belongs to" parent and its connected component). Built
// once per dataset; the layout, the culling and the labels read it. No positions here.
#pragma once

#include <cstdint>
#include <vector>

#include "model/dataset.h"
#include "model/entity_types.h"  // kUnknownKind, entity_type_number, relation_number

namespace pe {

struct NetworkEdge {
    std::uint32_t from = 0;  // entity positions
    std::uint32_t to = 0;
    std::uint32_t link = 0;       // position in Dataset::links
    std::uint8_t relation = 0;    // index into kRelationTypes, or kUnknownKind
    std::uint8_t structural = 0;  // 1 when the link ties `from` into a group of `to` (located_in, ...)
};

struct NetworkGraph {
    std::uint32_t node_count = 0;
    std::vector<std::uint8_t> type;     // per entity: index into kEntityTypes, or kUnknownKind
    std::vector<std::uint32_t> degree;  // per entity: links at it (self-links and missing ends left out)
    std::vector<NetworkEdge> edges;     // one per drawable link, in Dataset::links order
    std::vector<std::uint32_t>
        adj_start;  // CSR: node v's incident edges are adj_edge[adj_start[v] .. adj_start[v+1])
    std::vector<std::uint32_t> adj_edge;         // edge positions, ascending per node
    std::vector<std::uint32_t> importance_rank;  // per entity: 0 = most important (degree, type order, id)
    std::vector<std::uint32_t>
        parent;  // per entity: the group it belongs to (park, company, ...), or kNoEntity
    std::vector<std::uint32_t>
        component;  // per entity: its component (links and parent ties), numbered by first entity
    std::uint32_t component_count = 0;
    std::vector<std::uint32_t> edge_of_link;  // per Dataset::links position: its edge, or kNoEntity
};

// Whether a relation ties the link's `from` into the group of its `to`: located_in, part_of,
// developed_by, milestone_of, operated_by, affiliated_with. Smaller = stronger tie; -1: none.
int structural_priority(std::uint8_t relation);

// `index` must be built from `dataset` (entity_by_id is read to resolve link ends and the
// park_id / district_id fields). Deterministic: nothing depends on hash order.
NetworkGraph build_network_graph(const Dataset& dataset, const DatasetIndex& index);

// The other end of edge `e` seen from `v`.
inline std::uint32_t other_end(const NetworkEdge& edge, std::uint32_t v) {
    return edge.from == v ? edge.to : edge.from;
}

}  // namespace pe

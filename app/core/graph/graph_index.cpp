// Builds GraphIndex from the dataset's links and DatasetIndex (positions by id): two passes,
// counting then placing, so the edges are in one allocation.
#include "graph/graph_index.h"

#include "model/dataset_index.h"
#include "model/entity_types.h"

namespace pe {
GraphIndex build_graph_index(const Dataset& dataset) {
    GraphIndex graph;
    const std::size_t entity_count = dataset.entities.size();
    const std::size_t link_count = dataset.links.size();
    graph.link_from.resize(link_count);
    graph.link_to.resize(link_count);
    graph.link_relation.resize(link_count);
    std::vector<std::uint32_t> out_count(entity_count, 0);
    std::vector<std::uint32_t> in_count(entity_count, 0);
    for (std::size_t k = 0; k < link_count; ++k) {
        const Link& link = dataset.links[k];
        const std::uint32_t from = entity_position_or_none(dataset.index, link.from);
        const std::uint32_t to = entity_position_or_none(dataset.index, link.to);
        graph.link_from[k] = from;
        graph.link_to[k] = to;
        graph.link_relation[k] = relation_number(link.relation);
        if (from == kNoEntity || to == kNoEntity || from >= entity_count || to >= entity_count) continue;
        ++out_count[from];
        if (to != from) ++in_count[to];
    }
    graph.offsets.assign(entity_count + 1, 0);
    for (std::size_t e = 0; e < entity_count; ++e) {
        graph.offsets[e + 1] = graph.offsets[e] + out_count[e] + in_count[e];
    }
    graph.edges.resize(graph.offsets[entity_count]);
    // Outgoing edges fill each entity's range from its start, incoming ones from after them.
    std::vector<std::uint32_t> next_out(graph.offsets.begin(), graph.offsets.end() - 1);
    std::vector<std::uint32_t> next_in(entity_count);
    for (std::size_t e = 0; e < entity_count; ++e) next_in[e] = graph.offsets[e] + out_count[e];
    for (std::size_t k = 0; k < link_count; ++k) {
        const std::uint32_t from = graph.link_from[k];
        const std::uint32_t to = graph.link_to[k];
        if (from >= entity_count || to >= entity_count) continue;
        const auto link = static_cast<std::uint32_t>(k);
        graph.edges[next_out[from]++] = GraphEdge{to, link, graph.link_relation[k], true};
        if (to != from) graph.edges[next_in[to]++] = GraphEdge{from, link, graph.link_relation[k], false};
    }
    return graph;
}

}  // namespace pe

// The legend's types and the relations list, from the graph, the filter's chosen types
// and the hidden relations.
#include "network/network_legend.h"

#include <algorithm>

#include "model/entity_types.h"

namespace pe {

namespace {

void toggle(std::vector<std::string>& values, const std::string& value) {
    const auto it = std::find(values.begin(), values.end(), value);
    if (it == values.end()) {
        values.push_back(value);
    } else {
        values.erase(it);
    }
}

}  // namespace

NodeShape node_shape(std::uint8_t type, std::size_t colour_count) {
    if (type == kUnknownKind || colour_count == 0) return NodeShape::Circle;
    switch ((type / colour_count) % 4) {
        case 1:
            return NodeShape::Square;
        case 2:
            return NodeShape::Diamond;
        case 3:
            return NodeShape::Triangle;
        default:
            return NodeShape::Circle;
    }
}

std::vector<LegendType> network_legend_types(const NetworkGraph& graph) {
    std::vector<std::size_t> counts(kEntityTypes.size(), 0);
    for (const std::uint8_t t : graph.type) {
        if (t < counts.size()) ++counts[t];
    }
    std::vector<LegendType> out;
    for (std::size_t t = 0; t < counts.size(); ++t) {
        if (counts[t] > 0)
            out.push_back(
                LegendType{std::string(kEntityTypes[t]), static_cast<std::uint8_t>(t), counts[t], true});
    }
    return out;
}

void mark_shown_types(std::vector<LegendType>& legend, const std::vector<std::string>& chosen) {
    for (LegendType& entry : legend) {
        entry.shown = chosen.empty() || std::find(chosen.begin(), chosen.end(), entry.type) != chosen.end();
    }
}

void toggle_legend_type(std::vector<std::string>& chosen, const std::string& type) {
    toggle(chosen, type);
}

std::vector<LegendRelation> network_relations(const NetworkGraph& graph,
                                              const std::vector<std::string>& hidden) {
    std::vector<std::size_t> counts(kRelationTypes.size(), 0);
    for (const NetworkEdge& edge : graph.edges) {
        if (edge.relation < counts.size()) ++counts[edge.relation];
    }
    std::vector<LegendRelation> out;
    for (std::size_t r = 0; r < counts.size(); ++r) {
        if (counts[r] == 0) continue;
        const std::string name(kRelationTypes[r]);
        out.push_back(LegendRelation{name, static_cast<std::uint8_t>(r), counts[r],
                                     std::find(hidden.begin(), hidden.end(), name) != hidden.end()});
    }
    return out;
}

void toggle_hidden_relation(std::vector<std::string>& hidden, const std::string& relation) {
    toggle(hidden, relation);
}

std::uint32_t hidden_relation_bits(const std::vector<std::string>& hidden) {
    std::uint32_t bits = 0;
    for (const std::string& name : hidden) {
        const std::uint8_t r = relation_number(name);
        if (r < 32) bits |= 1u << r;
    }
    return bits;
}

}  // namespace pe

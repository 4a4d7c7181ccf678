// What the network's legend and its relations list show: each entity type present with
// its count, its node shape and whether the shared filter's chosen types let it through (a
// click toggles it there), each relation present with its count and whether it is hidden, and the hidden
// relations as the bit mask the frame model takes. No drawing here (network_view.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "network/network_graph.h"

namespace pe {

// A node's shape. The type colours repeat every `colour_count` types (the lane palette), so
// types that share a colour are told apart by their shape: the shape is the type's round
// through the palette (the first `colour_count` types circles, the next squares, ...), which
// keeps every (colour, shape) pair unique for up to 4 * colour_count types. Unknown types
// (kUnknownKind) and a palette of no colours give circles.
enum class NodeShape : std::uint8_t { Circle, Square, Diamond, Triangle };
NodeShape node_shape(std::uint8_t type, std::size_t colour_count);

struct LegendType {
    std::string type;                    // an entity type (kEntityTypes)
    std::uint8_t number = kUnknownKind;  // its kEntityTypes index (the colour)
    std::size_t count = 0;               // entities of the graph with it
    bool shown = true;                   // the filter lets it through
};

// The types of the graph's entities, in kEntityTypes order (those outside it left out), each
// with its count, all shown.
std::vector<LegendType> network_legend_types(const NetworkGraph& graph);

// Sets `shown`: every type when `chosen` (the filter's types) is empty, else the chosen ones.
void mark_shown_types(std::vector<LegendType>& legend, const std::vector<std::string>& chosen);

// A click on a legend entry: adds the type to the filter's chosen types, or drops it.
void toggle_legend_type(std::vector<std::string>& chosen, const std::string& type);

struct LegendRelation {
    std::string relation;  // a relation (kRelationTypes)
    std::uint8_t number = kUnknownKind;
    std::size_t count = 0;  // edges of the graph with it
    bool hidden = false;
};

// The relations of the graph's edges, in kRelationTypes order (those outside it left out),
// each with its count and whether `hidden` names it.
std::vector<LegendRelation> network_relations(const NetworkGraph& graph,
                                              const std::vector<std::string>& hidden);

// Hides a shown relation, shows a hidden one.
void toggle_hidden_relation(std::vector<std::string>& hidden, const std::string& relation);

// Bit r set when kRelationTypes[r] is named in `hidden` (NetworkFrameInput::hidden_relations).
std::uint32_t hidden_relation_bits(const std::vector<std::string>& hidden);

}  // namespace pe

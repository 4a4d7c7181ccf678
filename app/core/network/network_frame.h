// One frame of the network view as plain data: the visible nodes and edges in screen
// pixels with their roles (selected, hovered, neighbour, faded, ...) in drawing order, the
// labels that fit, and the level of detail. A pure function of the graph, the layout, its
// grid, the camera and the view's state (selection, hover, focus, highlighted links,
// filters). Filters hide; focus and hover fade. No colours here: the view maps roles to them.
#pragma once

#include <cstdint>
#include <vector>

#include "network/network_camera.h"
#include "network/network_graph.h"
#include "network/network_grid.h"
#include "network/network_labels.h"
#include "network/network_layout.h"

namespace pe {

enum class NodeRole : std::uint8_t { Faded, Normal, Neighbour, Hovered, Selected };  // drawing order
enum class EdgeRole : std::uint8_t { Faded, Normal, Highlighted };                   // drawing order

// Points: far out with many nodes in view, nodes are dots, only the selection's and hover's
// labels are shown. Shapes: nodes sized by degree, labels by importance.
enum class NetworkDetail : std::uint8_t { Points, Shapes };

struct NetworkFrameParams {
    double node_radius = 6.0;            // world units for a node of degree 0 (grows with sqrt(degree))
    double max_radius_px = 14.0;         // screen radius cap
    double point_radius_px = 1.5;        // a node's radius at the Points detail
    double points_below_px = 2.5;        // Points when node_radius * scale falls below this ...
    std::size_t points_above_nodes = 0;  // ... and more than this many entities are in view
    double min_radius_px = 0.0;          // Shapes: the smallest screen radius
    double min_edge_px = 1.0;            // shorter edges are skipped (unless highlighted)
    double arrow_px = 6.0;               // an edge gets an arrow when its drawn length exceeds 3 * this
    // More edges drawn than this: hairlines (NetworkFrame::hairlines).
    std::size_t hairlines_above_edges = 2000;
    LabelParams labels;
    bool fade_on_hover = true;  // hovering fades what is not the hovered entity or its neighbours
};

struct NetworkFrameInput {
    NetworkCamera camera;
    NetworkViewport viewport;
    std::uint32_t selected = kNoEntity;  // entity positions
    std::uint32_t hovered = kNoEntity;
    std::uint32_t hovered_edge = kNoEntity;  // an edge position (network_grid.h's edge_at)
    const std::vector<std::uint8_t>* visible =
        nullptr;                                       // per entity, 1 = shown (the shared filter); null: all
    const std::vector<std::uint8_t>* focus = nullptr;  // per entity, 1 = inside the focus; null: no focus
    const std::vector<std::uint8_t>* link_highlight =
        nullptr;                                       // per Dataset link, 1 = highlighted; null: none
    std::uint32_t hidden_types = 0;                    // bit t hides entity type t (the legend's filter)
    std::uint32_t hidden_relations = 0;                // bit r hides relation r
    const std::vector<float>* label_widths = nullptr;  // per entity, pixels; null: no labels
    NetworkFrameParams params;
};

struct FrameNode {
    std::uint32_t entity = 0;
    float x = 0.0f, y = 0.0f, radius = 0.0f;  // screen pixels
    std::uint8_t type = 0;                    // kEntityTypes index (kUnknownKind otherwise)
    NodeRole role = NodeRole::Normal;
};

struct FrameEdge {
    std::uint32_t edge = 0;                            // NetworkGraph::edges position
    std::uint32_t link = 0;                            // Dataset::links position
    float x0 = 0.0f, y0 = 0.0f, x1 = 0.0f, y1 = 0.0f;  // from the source's rim to the target's rim
    std::uint8_t relation = 0;                         // kRelationTypes index
    EdgeRole role = EdgeRole::Normal;
    bool arrow = false;  // draw an arrowhead at (x1, y1)
};

struct NetworkFrame {
    NetworkDetail detail = NetworkDetail::Shapes;
    std::vector<FrameNode> nodes;     // drawing order: by role, then entity
    std::vector<FrameEdge> edges;     // drawing order: by role, then edge
    std::vector<PlacedLabel> labels;  // the labels to draw (the rest on hover)
    std::uint32_t skipped_edges = 0;  // visible but shorter than min_edge_px
    // Many edges in view (over params.hairlines_above_edges): the normal and faded ones are
    // drawn 1 px wide without an anti-aliased fringe, a third of the pixels to fill; the
    // highlighted ones keep theirs.
    bool hairlines = false;
};

// Whether entity `v` / edge `e` passes the filters (mask, hidden types, hidden relations and
// both ends shown).
bool network_node_shown(const NetworkGraph& graph, const NetworkFrameInput& input, std::uint32_t v);
bool network_edge_shown(const NetworkGraph& graph, const NetworkFrameInput& input, std::uint32_t e);

// A node's radius in world units (from its degree).
double network_node_radius(const NetworkGraph& graph, const NetworkFrameParams& params, std::uint32_t v);

NetworkFrame build_network_frame(const NetworkGraph& graph, const NetworkLayout& layout,
                                 const NetworkGrid& grid, const NetworkFrameInput& input);

// What is under the cursor in a frame: the node whose disc (grown by `tolerance_px`) holds
// (sx, sy), nearest its centre (ties: the one drawn later, on top); else the edge passing
// nearest within `tolerance_px`; else nothing. Only what the frame draws can be picked.
struct NetworkPick {
    std::uint32_t entity = kNoEntity;
    std::uint32_t edge = kNoEntity;  // NetworkGraph::edges position (FrameEdge::link gives the link)
    std::uint32_t link = kNoEntity;
};
NetworkPick pick_in_frame(const NetworkFrame& frame, double sx, double sy, double tolerance_px);

// The roles alone, for one entity and one edge (what build_network_frame assigns).
NodeRole network_node_role(const NetworkGraph& graph, const NetworkFrameInput& input,
                           const std::vector<std::uint32_t>& neighbours, std::uint32_t v);
EdgeRole network_edge_role(const NetworkGraph& graph, const NetworkFrameInput& input,
                           const std::vector<std::uint32_t>& neighbours, std::uint32_t e);

// The shown neighbours of the hovered entity, else of the selected one (sorted).
std::vector<std::uint32_t> emphasised_neighbours(const NetworkGraph& graph, const NetworkFrameInput& input);

}  // namespace pe

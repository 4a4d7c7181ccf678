// A uniform grid over a laid-out network, for culling (the entities and links inside a
// world rectangle) and hit testing (the entity or link under the cursor) in time that grows
// with what is near, not with the whole network. Links sit in every cell their bounding box
// covers; a link covering many cells is kept on a short list checked every time instead.
// No camera here: callers pass world rectangles and radii (network_camera.h converts).
#pragma once

#include <cstdint>
#include <vector>

#include "network/network_graph.h"
#include "network/network_layout.h"

namespace pe {

// A lattice of square cells over the layout's bounds, row-major.
struct GridLattice {
    double cell = 1.0;  // side of a cell, world units
    std::uint32_t cols = 1, rows = 1;
};

struct NetworkGrid {
    NetworkBounds bounds;      // of the layout
    GridLattice node_lattice;  // about one entity per cell
    GridLattice edge_lattice;  // cells at least as long as the median edge, so most edges cover a few
    std::vector<std::uint32_t> node_start, nodes;  // CSR per node cell: entity positions, ascending
    std::vector<std::uint32_t> edge_start, edges;  // CSR per edge cell: edge positions, ascending
    std::vector<std::uint32_t> long_edges;  // edges over more than kGridMaxEdgeCells edge cells, ascending
    std::vector<std::uint32_t> edge_box;    // per edge: its box's first and last edge cells (x0, y0, x1, y1)
};

inline constexpr std::uint32_t kGridMaxEdgeCells = 16;

// `cell` <= 0 picks a side giving about one entity per cell (at most 4n + 16 cells); the
// edge cells are the larger of that and the median edge's longer side.
NetworkGrid build_network_grid(const NetworkGraph& graph, const NetworkLayout& layout, double cell = 0.0);

// A grid of one cell holding everything (no indexing work: O(entities + links) to fill, no
// cell arithmetic): every query tests every entity and link. For positions that change
// every frame (a layout in progress), where indexing would cost more than it saves.
NetworkGrid unindexed_network_grid(const NetworkGraph& graph, const NetworkLayout& layout);

// Entities whose position lies in `rect` (edges included), each once, in cell order (a
// rectangle over most of the grid: every entity is tested, in cell order too).
// `shown` (per entity, 1 = considered; empty = all) filters.
std::vector<std::uint32_t> nodes_in_rect(const NetworkGrid& grid, const NetworkLayout& layout,
                                         const NetworkBounds& rect,
                                         const std::vector<std::uint8_t>& shown = {});

// Edges whose segment meets `rect`, each once, in cell order then the long ones (a rectangle
// over most of the grid: every edge is tested, in edge order).
// `shown` (per edge, 1 = considered; empty = all) filters.
std::vector<std::uint32_t> edges_in_rect(const NetworkGrid& grid, const NetworkGraph& graph,
                                         const NetworkLayout& layout, const NetworkBounds& rect,
                                         const std::vector<std::uint8_t>& shown = {});

// The entity nearest (x, y) within `radius` world units (ties: the lower position), or kNoEntity.
std::uint32_t node_at(const NetworkGrid& grid, const NetworkLayout& layout, double x, double y, double radius,
                      const std::vector<std::uint8_t>& shown = {});

// The edge whose segment passes nearest (x, y) within `tolerance` (ties: the lower edge), or kNoEntity.
std::uint32_t edge_at(const NetworkGrid& grid, const NetworkGraph& graph, const NetworkLayout& layout,
                      double x, double y, double tolerance, const std::vector<std::uint8_t>& shown = {});

// Whether segment (x0, y0)-(x1, y1) meets `rect` (Liang–Barsky).
bool segment_meets_rect(double x0, double y0, double x1, double y1, const NetworkBounds& rect);

// Squared distance from (px, py) to the segment (x0, y0)-(x1, y1).
double segment_distance2(double px, double py, double x0, double y0, double x1, double y1);

}  // namespace pe

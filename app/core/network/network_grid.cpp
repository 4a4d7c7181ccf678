// The uniform grid: building the two CSR tables, rectangle queries (each edge reported from
// one cell only, the first of its cells inside the query) and nearest-item hit tests.
#include "network/network_grid.h"

#include <algorithm>
#include <cmath>

namespace pe {

namespace {

struct CellRange {
    std::uint32_t x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // inclusive
};

std::uint32_t cell_coord(double v, double origin, double cell, std::uint32_t count) {
    const double c = std::floor((v - origin) / cell);
    if (!(c > 0.0)) return 0;
    return c >= static_cast<double>(count - 1) ? count - 1 : static_cast<std::uint32_t>(c);
}

CellRange cells_of(const NetworkGrid& grid, const GridLattice& lattice, double min_x, double min_y,
                   double max_x, double max_y) {
    return CellRange{cell_coord(min_x, grid.bounds.min_x, lattice.cell, lattice.cols),
                     cell_coord(min_y, grid.bounds.min_y, lattice.cell, lattice.rows),
                     cell_coord(max_x, grid.bounds.min_x, lattice.cell, lattice.cols),
                     cell_coord(max_y, grid.bounds.min_y, lattice.cell, lattice.rows)};
}

CellRange edge_cells(const NetworkGrid& grid, const NetworkGraph& graph, const NetworkLayout& layout,
                     std::uint32_t e) {
    const NetworkEdge& edge = graph.edges[e];
    const double ax = layout.x[edge.from], ay = layout.y[edge.from], bx = layout.x[edge.to],
                 by = layout.y[edge.to];
    return cells_of(grid, grid.edge_lattice, std::min(ax, bx), std::min(ay, by), std::max(ax, bx),
                    std::max(ay, by));
}

// The lattice over a w x h box with cells of at least `cell`, at most `max_cells` of them.
GridLattice lattice_of(double w, double h, double cell, double max_cells) {
    cell = std::max({cell, w / 4096.0, h / 4096.0, 1e-9});
    while ((std::floor(w / cell) + 1.0) * (std::floor(h / cell) + 1.0) > max_cells) cell *= 1.25;
    return GridLattice{cell, static_cast<std::uint32_t>(std::floor(w / cell)) + 1,
                       static_cast<std::uint32_t>(std::floor(h / cell)) + 1};
}

std::uint64_t cell_count(const CellRange& r) {
    return std::uint64_t{r.x1 - r.x0 + 1} * std::uint64_t{r.y1 - r.y0 + 1};
}

CellRange box_of(const NetworkGrid& grid, std::uint32_t e) {
    const std::uint32_t* b = &grid.edge_box[std::size_t{e} * 4];
    return CellRange{b[0], b[1], b[2], b[3]};
}

// A query over at least this share of the cells walks the lists whole instead.
constexpr double kWholeShare = 0.5;

bool covers_most(const GridLattice& lattice, const CellRange& q) {
    return static_cast<double>(cell_count(q)) >=
           kWholeShare * static_cast<double>(lattice.cols) * lattice.rows;
}

bool shown_at(const std::vector<std::uint8_t>& shown, std::uint32_t i) {
    return shown.empty() || shown[i] != 0;
}

bool rect_overlaps_grid(const NetworkGrid& grid, const NetworkBounds& rect) {
    return rect.max_x >= grid.bounds.min_x && rect.min_x <= grid.bounds.max_x &&
           rect.max_y >= grid.bounds.min_y && rect.min_y <= grid.bounds.max_y;
}

}  // namespace

NetworkGrid build_network_grid(const NetworkGraph& graph, const NetworkLayout& layout, double cell) {
    NetworkGrid grid;
    grid.bounds = layout.bounds;
    const double w = std::max(layout.bounds.max_x - layout.bounds.min_x, 1e-9);
    const double h = std::max(layout.bounds.max_y - layout.bounds.min_y, 1e-9);
    const double n = static_cast<double>(std::max<std::uint32_t>(graph.node_count, 1));
    if (!(cell > 0.0)) cell = std::sqrt(w * h / n);
    grid.node_lattice = lattice_of(w, h, cell, 4.0 * n + 16.0);
    const GridLattice& nl = grid.node_lattice;
    const std::size_t cells = std::size_t{nl.cols} * nl.rows;

    // Nodes: count, prefix sums, fill in entity order (so each cell ascends).
    grid.node_start.assign(cells + 1, 0);
    std::vector<std::uint32_t> node_cell(graph.node_count);
    for (std::uint32_t v = 0; v < graph.node_count; ++v) {
        const CellRange r = cells_of(grid, nl, layout.x[v], layout.y[v], layout.x[v], layout.y[v]);
        node_cell[v] = r.y0 * nl.cols + r.x0;
        ++grid.node_start[node_cell[v] + 1];
    }
    for (std::size_t c = 0; c < cells; ++c) grid.node_start[c + 1] += grid.node_start[c];
    grid.nodes.resize(graph.node_count);
    std::vector<std::uint32_t> fill(grid.node_start.begin(), grid.node_start.end() - 1);
    for (std::uint32_t v = 0; v < graph.node_count; ++v) grid.nodes[fill[node_cell[v]]++] = v;

    // Edges: cells as long as the median edge's longer side (nth_element finds the same value
    // whatever the library), each edge in every cell of its box, or on the long list.
    const auto edge_count = static_cast<std::uint32_t>(graph.edges.size());
    std::vector<double> sides(edge_count);
    for (std::uint32_t e = 0; e < edge_count; ++e) {
        const NetworkEdge& edge = graph.edges[e];
        sides[e] = std::max(std::abs(layout.x[edge.from] - layout.x[edge.to]),
                            std::abs(layout.y[edge.from] - layout.y[edge.to]));
    }
    double median = 0.0;
    if (!sides.empty()) {
        std::nth_element(sides.begin(), sides.begin() + static_cast<std::ptrdiff_t>(sides.size() / 2),
                         sides.end());
        median = sides[sides.size() / 2];
    }
    grid.edge_lattice = lattice_of(w, h, std::max(nl.cell, median), 4.0 * n + 16.0);
    const GridLattice& el = grid.edge_lattice;
    const std::size_t edge_cells_total = std::size_t{el.cols} * el.rows;
    grid.edge_start.assign(edge_cells_total + 1, 0);
    grid.edge_box.resize(std::size_t{edge_count} * 4);
    for (std::uint32_t e = 0; e < edge_count; ++e) {
        const CellRange r = edge_cells(grid, graph, layout, e);
        grid.edge_box[std::size_t{e} * 4] = r.x0;
        grid.edge_box[std::size_t{e} * 4 + 1] = r.y0;
        grid.edge_box[std::size_t{e} * 4 + 2] = r.x1;
        grid.edge_box[std::size_t{e} * 4 + 3] = r.y1;
        if (cell_count(r) > kGridMaxEdgeCells) continue;
        for (std::uint32_t y = r.y0; y <= r.y1; ++y) {
            for (std::uint32_t x = r.x0; x <= r.x1; ++x) ++grid.edge_start[std::size_t{y} * el.cols + x + 1];
        }
    }
    for (std::size_t c = 0; c < edge_cells_total; ++c) grid.edge_start[c + 1] += grid.edge_start[c];
    grid.edges.resize(grid.edge_start[edge_cells_total]);
    fill.assign(grid.edge_start.begin(), grid.edge_start.end() - 1);
    for (std::uint32_t e = 0; e < edge_count; ++e) {
        const CellRange r = box_of(grid, e);
        if (cell_count(r) > kGridMaxEdgeCells) {
            grid.long_edges.push_back(e);
            continue;
        }
        for (std::uint32_t y = r.y0; y <= r.y1; ++y) {
            for (std::uint32_t x = r.x0; x <= r.x1; ++x) grid.edges[fill[std::size_t{y} * el.cols + x]++] = e;
        }
    }
    return grid;
}

NetworkGrid unindexed_network_grid(const NetworkGraph& graph, const NetworkLayout& layout) {
    NetworkGrid grid;
    grid.bounds = layout.bounds;
    const double side = std::max(
        {layout.bounds.max_x - layout.bounds.min_x, layout.bounds.max_y - layout.bounds.min_y, 1e-9});
    grid.node_lattice = GridLattice{side * 2.0, 1, 1};
    grid.edge_lattice = grid.node_lattice;
    grid.node_start = {0, graph.node_count};
    grid.nodes.resize(graph.node_count);
    for (std::uint32_t v = 0; v < graph.node_count; ++v) grid.nodes[v] = v;
    const auto edge_count = static_cast<std::uint32_t>(graph.edges.size());
    grid.edge_start = {0, 0};
    grid.long_edges.resize(edge_count);
    for (std::uint32_t e = 0; e < edge_count; ++e) grid.long_edges[e] = e;
    grid.edge_box.assign(std::size_t{edge_count} * 4, 0);  // every box is the one cell
    return grid;
}

std::vector<std::uint32_t> nodes_in_rect(const NetworkGrid& grid, const NetworkLayout& layout,
                                         const NetworkBounds& rect, const std::vector<std::uint8_t>& shown) {
    std::vector<std::uint32_t> out;
    if (grid.nodes.empty() || !rect_overlaps_grid(grid, rect)) return out;
    const auto inside = [&](std::uint32_t v) {
        return shown_at(shown, v) && layout.x[v] >= rect.min_x && layout.x[v] <= rect.max_x &&
               layout.y[v] >= rect.min_y && layout.y[v] <= rect.max_y;
    };
    const CellRange r = cells_of(grid, grid.node_lattice, rect.min_x, rect.min_y, rect.max_x, rect.max_y);
    if (covers_most(grid.node_lattice, r)) {
        for (const std::uint32_t v : grid.nodes) {
            if (inside(v)) out.push_back(v);
        }
        return out;
    }
    for (std::uint32_t y = r.y0; y <= r.y1; ++y) {
        for (std::uint32_t x = r.x0; x <= r.x1; ++x) {
            const std::size_t c = std::size_t{y} * grid.node_lattice.cols + x;
            for (std::uint32_t i = grid.node_start[c]; i < grid.node_start[c + 1]; ++i) {
                if (inside(grid.nodes[i])) out.push_back(grid.nodes[i]);
            }
        }
    }
    return out;
}

std::vector<std::uint32_t> edges_in_rect(const NetworkGrid& grid, const NetworkGraph& graph,
                                         const NetworkLayout& layout, const NetworkBounds& rect,
                                         const std::vector<std::uint8_t>& shown) {
    std::vector<std::uint32_t> out;
    const auto meets = [&](std::uint32_t e) {
        const NetworkEdge& edge = graph.edges[e];
        return segment_meets_rect(layout.x[edge.from], layout.y[edge.from], layout.x[edge.to],
                                  layout.y[edge.to], rect);
    };
    if (graph.edges.empty() || !rect_overlaps_grid(grid, rect)) return out;
    const CellRange q = cells_of(grid, grid.edge_lattice, rect.min_x, rect.min_y, rect.max_x, rect.max_y);
    if (covers_most(grid.edge_lattice, q)) {
        // Every position inside the rectangle: every edge meets it, no test needed.
        const NetworkBounds& b = grid.bounds;
        const bool all =
            rect.min_x <= b.min_x && rect.min_y <= b.min_y && rect.max_x >= b.max_x && rect.max_y >= b.max_y;
        out.reserve(graph.edges.size());
        for (std::uint32_t e = 0; e < graph.edges.size(); ++e) {
            if (shown_at(shown, e) && (all || meets(e))) out.push_back(e);
        }
        return out;
    }
    for (std::uint32_t y = q.y0; y <= q.y1; ++y) {
        for (std::uint32_t x = q.x0; x <= q.x1; ++x) {
            const std::size_t c = std::size_t{y} * grid.edge_lattice.cols + x;
            for (std::uint32_t i = grid.edge_start[c]; i < grid.edge_start[c + 1]; ++i) {
                const std::uint32_t e = grid.edges[i];
                if (!shown_at(shown, e)) continue;
                // Report from the first cell of the edge's box inside the query only.
                const CellRange r = box_of(grid, e);
                if (x != std::max(r.x0, q.x0) || y != std::max(r.y0, q.y0)) continue;
                if (meets(e)) out.push_back(e);
            }
        }
    }
    for (const std::uint32_t e : grid.long_edges) {
        if (shown_at(shown, e) && meets(e)) out.push_back(e);
    }
    return out;
}

std::uint32_t node_at(const NetworkGrid& grid, const NetworkLayout& layout, double x, double y, double radius,
                      const std::vector<std::uint8_t>& shown) {
    std::uint32_t best = kNoEntity;
    double best_d2 = radius * radius;
    for (const std::uint32_t v :
         nodes_in_rect(grid, layout, NetworkBounds{x - radius, y - radius, x + radius, y + radius}, shown)) {
        const double dx = layout.x[v] - x, dy = layout.y[v] - y, d2 = dx * dx + dy * dy;
        if (d2 < best_d2 || (d2 == best_d2 && v < best)) {
            best = v;
            best_d2 = d2;
        }
    }
    return best;
}

std::uint32_t edge_at(const NetworkGrid& grid, const NetworkGraph& graph, const NetworkLayout& layout,
                      double x, double y, double tolerance, const std::vector<std::uint8_t>& shown) {
    std::uint32_t best = kNoEntity;
    double best_d2 = tolerance * tolerance;
    const NetworkBounds box{x - tolerance, y - tolerance, x + tolerance, y + tolerance};
    for (const std::uint32_t e : edges_in_rect(grid, graph, layout, box, shown)) {
        const NetworkEdge& edge = graph.edges[e];
        const double d2 = segment_distance2(x, y, layout.x[edge.from], layout.y[edge.from], layout.x[edge.to],
                                            layout.y[edge.to]);
        if (d2 < best_d2 || (d2 == best_d2 && e < best)) {
            best = e;
            best_d2 = d2;
        }
    }
    return best;
}

bool segment_meets_rect(double x0, double y0, double x1, double y1, const NetworkBounds& rect) {
    double t0 = 0.0, t1 = 1.0;
    const double dx = x1 - x0, dy = y1 - y0;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {x0 - rect.min_x, rect.max_x - x0, y0 - rect.min_y, rect.max_y - y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0) return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0) {
            t0 = std::max(t0, t);
        } else {
            t1 = std::min(t1, t);
        }
        if (t0 > t1) return false;
    }
    return true;
}

double segment_distance2(double px, double py, double x0, double y0, double x1, double y1) {
    const double dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy;
    double t = len2 > 0.0 ? ((px - x0) * dx + (py - y0) * dy) / len2 : 0.0;
    t = std::min(std::max(t, 0.0), 1.0);
    const double ex = x0 + t * dx - px, ey = y0 + t * dy - py;
    return ex * ex + ey * ey;
}

}  // namespace pe

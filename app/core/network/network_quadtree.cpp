// Barnes–Hut quadtree: a stable counting partition per split (so the same points always give
// the same tree, whatever the standard library), masses summed bottom-up in cell order, and
// an iterative traversal for the repulsion.
#include "network/network_quadtree.h"

#include <algorithm>
#include <array>

// No fused multiply-add (see network_layout.cpp).
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

namespace pe {

namespace {

constexpr int kMaxDepth = 40;

int quadrant_of(double px, double py, double cx, double cy) {
    return (px >= cx ? 1 : 0) + (py >= cy ? 2 : 0);
}

}  // namespace

void build_quadtree(QuadTree& tree, const std::vector<double>& x, const std::vector<double>& y,
                    const std::vector<std::uint32_t>& ids, std::uint32_t leaf_size) {
    tree.cells.clear();
    tree.points = ids;
    tree.scratch.resize(ids.size());
    if (ids.empty()) return;
    double min_x = x[ids[0]], max_x = min_x, min_y = y[ids[0]], max_y = min_y;
    for (const std::uint32_t id : ids) {
        min_x = std::min(min_x, x[id]);
        max_x = std::max(max_x, x[id]);
        min_y = std::min(min_y, y[id]);
        max_y = std::max(max_y, y[id]);
    }
    QuadCell root;
    root.box_x = (min_x + max_x) * 0.5;
    root.box_y = (min_y + max_y) * 0.5;
    root.half = std::max(max_x - min_x, max_y - min_y) * 0.5 + 1e-9;
    root.begin = 0;
    root.end = static_cast<std::uint32_t>(ids.size());
    tree.cells.push_back(root);

    // Cells are split in creation order (breadth first), so children are contiguous and
    // always come after their parent.
    std::vector<int> depth_of(1, 0);
    for (std::size_t c = 0; c < tree.cells.size(); ++c) {
        const QuadCell cell = tree.cells[c];
        if (cell.end - cell.begin <= leaf_size || depth_of[c] >= kMaxDepth) continue;
        std::array<std::uint32_t, 5> start{};
        for (std::uint32_t i = cell.begin; i < cell.end; ++i) {
            const std::uint32_t id = tree.points[i];
            ++start[static_cast<std::size_t>(quadrant_of(x[id], y[id], cell.box_x, cell.box_y)) + 1];
        }
        for (std::size_t q = 0; q < 4; ++q) start[q + 1] += start[q];
        std::array<std::uint32_t, 4> fill = {start[0], start[1], start[2], start[3]};
        for (std::uint32_t i = cell.begin; i < cell.end; ++i) {
            const std::uint32_t id = tree.points[i];
            tree.scratch[cell.begin + fill[static_cast<std::size_t>(
                                          quadrant_of(x[id], y[id], cell.box_x, cell.box_y))]++] = id;
        }
        std::copy(tree.scratch.begin() + cell.begin, tree.scratch.begin() + cell.end,
                  tree.points.begin() + cell.begin);
        const auto first = static_cast<std::uint32_t>(tree.cells.size());
        std::uint32_t count = 0;
        const double quarter = cell.half * 0.5;
        for (std::size_t q = 0; q < 4; ++q) {
            if (start[q] == start[q + 1]) continue;
            QuadCell child;
            child.box_x = cell.box_x + ((q & 1u) != 0 ? quarter : -quarter);
            child.box_y = cell.box_y + ((q & 2u) != 0 ? quarter : -quarter);
            child.half = quarter;
            child.begin = cell.begin + start[q];
            child.end = cell.begin + start[q + 1];
            tree.cells.push_back(child);
            depth_of.push_back(depth_of[c] + 1);
            ++count;
        }
        tree.cells[c].first_child = first;
        tree.cells[c].child_count = count;
    }

    tree.px.resize(tree.points.size());
    tree.py.resize(tree.points.size());
    for (std::size_t i = 0; i < tree.points.size(); ++i) {
        tree.px[i] = x[tree.points[i]];
        tree.py[i] = y[tree.points[i]];
    }

    // Masses bottom-up: children come after parents, so a reverse walk sees them first.
    for (std::size_t c = tree.cells.size(); c-- > 0;) {
        QuadCell& cell = tree.cells[c];
        double sx = 0.0, sy = 0.0, m = 0.0;
        if (cell.child_count == 0) {
            for (std::uint32_t i = cell.begin; i < cell.end; ++i) {
                sx += tree.px[i];
                sy += tree.py[i];
                m += 1.0;
            }
        } else {
            for (std::uint32_t k = 0; k < cell.child_count; ++k) {
                const QuadCell& child = tree.cells[cell.first_child + k];
                sx += child.mass_x * child.mass;
                sy += child.mass_y * child.mass;
                m += child.mass;
            }
        }
        cell.mass = m;
        cell.mass_x = sx / m;
        cell.mass_y = sy / m;
    }
}

void quadtree_repulsion(const QuadTree& tree, const std::vector<double>& x, const std::vector<double>& y,
                        std::uint32_t self, double k2, double theta, double& fx, double& fy) {
    fx = 0.0;
    fy = 0.0;
    if (tree.cells.empty()) return;
    const double px = x[self], py = y[self];
    const double theta2 = theta * theta;
    std::array<std::uint32_t, 4 * kMaxDepth + 8> stack{};
    std::size_t top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const QuadCell& cell = tree.cells[stack[--top]];
        if (cell.child_count == 0) {
            for (std::uint32_t i = cell.begin; i < cell.end; ++i) {
                const std::uint32_t other = tree.points[i];
                if (other == self) continue;
                double dx = px - tree.px[i], dy = py - tree.py[i];
                double d2 = dx * dx + dy * dy;
                if (d2 < 1e-12) {  // coincident: apart along a direction fixed by the ids
                    dx = self < other ? -1e-3 : 1e-3;
                    dy = self < other ? -5e-4 : 5e-4;
                    d2 = dx * dx + dy * dy;
                }
                const double f = k2 / d2;
                fx += f * dx;
                fy += f * dy;
            }
            continue;
        }
        const double dx = px - cell.mass_x, dy = py - cell.mass_y;
        const double d2 = dx * dx + dy * dy;
        const double side = cell.half * 2.0;
        if (side * side < theta2 * d2) {
            const double f = cell.mass * k2 / d2;
            fx += f * dx;
            fy += f * dy;
            continue;
        }
        for (std::uint32_t k = cell.child_count; k-- > 0;) stack[top++] = cell.first_child + k;
    }
}

}  // namespace pe

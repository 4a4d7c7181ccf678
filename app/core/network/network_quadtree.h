// The Barnes–Hut quadtree of the network layout: built over a set of points each iteration,
// it gives each point the repulsion of all the others (k^2 / distance, as Fruchterman and
// Reingold) in O(log n), far cells taken as their centre of mass. Deterministic: stable
// partitions and sums in a fixed order, only + - * / (no libm). No springs here.
#pragma once

#include <cstdint>
#include <vector>

namespace pe {

struct QuadCell {
    double box_x = 0.0, box_y = 0.0, half = 0.0;  // the square: centre and half its side
    double mass_x = 0.0, mass_y = 0.0;            // centre of mass
    double mass = 0.0;                            // number of points
    std::uint32_t first_child = 0;  // children are cells [first_child, first_child + child_count)
    std::uint32_t child_count = 0;  // 0: a leaf holding points[begin, end)
    std::uint32_t begin = 0, end = 0;
};

struct QuadTree {
    std::vector<QuadCell> cells;         // cells[0] is the root; a child always follows its parent
    std::vector<std::uint32_t> points;   // point ids grouped by leaf
    std::vector<double> px, py;          // their positions, in the same order (read together)
    std::vector<std::uint32_t> scratch;  // partition buffer, kept to avoid reallocating
};

// Builds the tree over points `ids` at (x[id], y[id]). Leaves hold at most `leaf_size`
// points (more only where points coincide past the depth limit).
void build_quadtree(QuadTree& tree, const std::vector<double>& x, const std::vector<double>& y,
                    const std::vector<std::uint32_t>& ids, std::uint32_t leaf_size = 8);

// The repulsion on point `self` at (px, py) from every other point: sum of k2 * d / |d|^2,
// where d runs from the other point (or a far cell's centre of mass, times its mass) to
// (px, py). A cell is far when its side < theta * distance. Coincident points push apart
// along a direction fixed by their ids.
void quadtree_repulsion(const QuadTree& tree, const std::vector<double>& x, const std::vector<double>& y,
                        std::uint32_t self, double k2, double theta, double& fx, double& fy);

}  // namespace pe

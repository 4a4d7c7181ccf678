// The network's layout: a position in world units for every entity, the same bits on every
// machine and in both builds. Each component (entities tied by links or by park / parent
// membership) is seeded as a radial tree over a spanning tree that prefers the "belongs to"
// ties (so a park's companies and their products start together), refined by a fixed number
// of Fruchterman–Reingold iterations with Barnes–Hut repulsion (network_quadtree.h), then
// the components are packed side by side in shelves. Incremental: a NetworkLayoutRun is
// advanced by step() with a bounded amount of work, so a page can spread it over frames.
// No camera or drawing here (network_camera.h, network_frame.h).
#pragma once

#include <cstdint>
#include <vector>

#include "network/network_graph.h"
#include "network/network_quadtree.h"

namespace pe {

struct NetworkLayoutParams {
    std::uint64_t seed = 1;          // the initial jitter; another seed gives another picture
    std::uint32_t iterations = 200;  // refinement iterations per component of 3 or more entities
    double edge_length = 40.0;       // the natural distance between linked entities, world units
    double theta = 1.0;              // Barnes–Hut: a cell is far when side < theta * distance
    double structural_weight = 4.0;  // springs of "belongs to" ties pull this many times harder
    double gravity = 0.02;           // pull towards the component's centre, per world unit
    double component_gap = 60.0;     // free space between packed components, world units
};

struct NetworkBounds {
    double min_x = 0.0, min_y = 0.0, max_x = 0.0, max_y = 0.0;
};

struct NetworkLayout {
    std::vector<double> x, y;  // per entity, world units (y grows downwards, as on screen)
    NetworkBounds bounds;      // of every position (all zero when there is no entity)
};

// A spring of the layout: a link, or a parent tie without a link (weight > 1 when structural).
struct NetworkSpring {
    std::uint32_t a = 0, b = 0;
    double weight = 1.0;
};

// The state of a layout in progress. Advance it with step(); the result never depends on how
// the work was split between calls.
struct NetworkLayoutRun {
    NetworkLayoutParams params;
    std::vector<std::uint32_t> importance_rank;          // copied from the graph
    std::vector<std::vector<std::uint32_t>> components;  // entity positions per component, ascending
    std::vector<std::vector<NetworkSpring>> springs;     // per component
    std::vector<double> x, y;                            // current positions
    std::vector<double> fx, fy;                          // forces of the current iteration
    QuadTree tree;
    std::size_t component = 0;              // the component being refined
    std::uint32_t iteration = 0;            // its next iteration (0: not seeded yet)
    std::size_t cursor = 0;                 // the iteration's repulsion pass: entities done (0: not begun)
    double centre_x = 0.0, centre_y = 0.0;  // the component's centre at the iteration's start
    std::uint64_t work_done = 0;
    std::uint64_t work_total = 0;
    bool finished = false;
};

NetworkLayoutRun start_network_layout(const NetworkGraph& graph, const NetworkLayoutParams& params);

// Does at most about `budget` units of work (one unit: one entity in one iteration; an
// iteration's force pass may be cut between entities, a seeding is never cut; at least one
// unit runs). Returns true when finished.
bool step_network_layout(NetworkLayoutRun& run, std::uint64_t budget);

// The wall time to spend on the layout in a frame that comes `frame_interval` seconds after
// the one before: half of it, between 6 and 50 ms. The main thread waits for the display (and
// a slow GPU) between frames, so a long interval leaves room for more work without slowing
// the frames down; a layout kept to a fixed 6 ms slice took 574 frames at 10k entities,
// minutes where the page draws a few frames a second. Taking half of the interval at most,
// the layout can never more than halve the frame rate it would have alone.
double network_layout_slice_seconds(double frame_interval);

// 0..1; 1 once finished.
double network_layout_progress(const NetworkLayoutRun& run);

// The positions once finished (before that: the current ones, components not yet packed).
NetworkLayout network_layout_result(const NetworkLayoutRun& run);

// Runs a layout to the end.
NetworkLayout layout_network(const NetworkGraph& graph, const NetworkLayoutParams& params = {});

// The same from a dataset (`index` built from it): builds the graph, then lays it out.
NetworkLayout layout_network(const Dataset& dataset, const DatasetIndex& index,
                             const NetworkLayoutParams& params = {});

// FNV-1a 64 over the entity count and the positions rounded to 1/16 of a world unit: equal
// layouts give equal hashes on every machine.
std::uint64_t network_layout_hash(const NetworkLayout& layout);

// The bounds of the given positions.
NetworkBounds bounds_of(const std::vector<double>& x, const std::vector<double>& y);

// cos and sin of `turns` full turns from + and * only (a series), the same bits everywhere.
void unit_circle(double turns, double& c, double& s);

}  // namespace pe

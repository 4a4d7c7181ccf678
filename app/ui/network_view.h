// The network: entities as nodes coloured by type, links as directed edges, labels where
// they fit, laid out incrementally over frames. A thin view over core's network/ folder:
// the graph, the layout run, the grid, the camera moves, the labels and the frame model
// (roles, culling, picking) all come from there; this file keeps their state between
// frames, turns mouse input into camera moves and selections, and draws the frame.
#pragma once

#include <imgui.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "explore/explorer_models.h"
#include "network/network_camera.h"
#include "network/network_frame.h"
#include "network/network_graph.h"
#include "network/network_grid.h"
#include "network/network_layout.h"
#include "network/network_legend.h"
#include "session/app_session.h"

namespace pe {

// The graph and its layout for one dataset (session.dataset_generation).
struct NetworkViewLayout {
    bool built = false;
    std::uint64_t generation = 0;
    NetworkGraph graph;
    NetworkLayoutRun run;
    NetworkLayout positions;         // the run's positions this frame: final once `run.finished`
    NetworkGrid grid;                // over `positions` (unindexed while the run goes on)
    std::vector<LegendType> legend;  // the types present, with their counts
    std::uint64_t hash = 0;          // network_layout_hash of the finished run, before it is packed to
                                     // the viewport (the same on every machine); 0 while it runs
};

// Where the view looks and why it moved.
struct NetworkViewCamera {
    NetworkCamera camera;
    NetworkViewport viewport;
    bool fitted = false;         // false: the next frame fits the layout (a new layout, its end)
    bool moved_by_user = false;  // while the layout runs, a wheel or a drag stops the auto-fit
    std::string seen_selection;  // the selection the camera last reacted to
    double legend_width = 0.0;   // pixels the legend takes on the right (the fit leaves them free)
};

// What the mouse is over (picked from the last frame).
struct NetworkViewHover {
    std::uint32_t entity = kNoEntity;  // entity position
    std::uint32_t edge = kNoEntity;    // NetworkGraph::edges position
    std::uint32_t link = kNoEntity;    // Dataset::links position
};

// Each entity's label width in pixels, per language (Language::Zh, Language::En), for one
// dataset and one font size.
struct NetworkViewLabels {
    std::uint64_t generation = 0;
    float font_size = 0.0f;
    float max_width = 0.0f;
    std::array<bool, 2> measured{};
    std::array<std::vector<float>, 2> widths;
};

// Where the last frame's time went (milliseconds of wall time; the benchmark reads them).
struct NetworkViewTimes {
    double layout_ms = 0.0;  // the layout's slice (0 once it is finished)
    double model_ms = 0.0;   // core's frame model (culling, roles, labels)
};

struct NetworkView {
    NetworkViewLayout layout;
    NetworkViewCamera camera;
    NetworkViewHover hover;
    NetworkViewLabels labels;
    NetworkFrame frame;  // the last frame drawn: input is picked against what was seen
    bool frame_valid = false;
    NetworkViewTimes times;
};

// Draws into a region of `size` pixels at the cursor. Returns true while it wants more frames
// (the incremental layout is still running), so the frame loop keeps drawing.
bool draw_network_view(NetworkView& view, AppSession& session, const ExplorerModels& models, ImVec2 size);

}  // namespace pe

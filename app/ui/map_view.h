// The map of Beijing: the districts from real boundary data, the parks and other placed
// entities at their coordinates, companies grouped at their park, policies counted on the
// place they apply to. A thin view over core's map/ folder: the scene, the frame (labels
// placed without overlaps), the placement of entities and the hit test all come from there;
// this file keeps them between frames, turns the mouse into camera moves and selections,
// and draws the frame.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <optional>
#include <string>

#include "explore/explorer_models.h"
#include "map/map_frame.h"
#include "map/map_hit_test.h"
#include "map/map_scene.h"
#include "session/app_session.h"

namespace pe {

// What the scene was built for: it is rebuilt when any of these change.
struct MapSceneKey {
    bool built = false;
    std::uint64_t generation = 0;
    std::uint64_t shown_version = 0;
    std::string selected_id;
    int focus_hops = 0;
    std::string connect_id;
};

struct MapView {
    MapSceneKey key;
    MapRoleInput roles;
    MapScene scene;
    MapCamera camera;
    MapViewport viewport;
    bool fitted = false;         // false: the next frame fits Beijing (first show, new dataset)
    std::string seen_selection;  // the selection the camera last reacted to
    MapHit hover;                // under the cursor in the last frame
    std::optional<std::uint32_t> hovered_park;  // the park whose group the cursor is on
    MapFrameParams params;                      // of the last frame
    MapFrame frame;                             // the last frame drawn: input is picked against what was seen
    bool frame_valid = false;
};

// Draws into a region of `size` pixels at the cursor.
void draw_map_view(MapView& view, AppSession& session, const ExplorerModels& models, ImVec2 size);

// The district outlines compiled into the program (parsed once).
const DistrictOutlines& embedded_outlines();

}  // namespace pe

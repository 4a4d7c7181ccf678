// The map of Beijing: the districts from real boundary data, the parks and other placed
// entities at their coordinates, companies grouped at their park, policies counted on the
// place they apply to. A thin view over core's map/ folder.
#pragma once

#include <imgui.h>

#include "explore/explorer_models.h"
#include "session/app_session.h"

namespace pe {

struct MapView {
    bool unused = false;
};

// Draws into a region of `size` pixels at the cursor.
void draw_map_view(MapView& view, AppSession& session, const ExplorerModels& models, ImVec2 size);

}  // namespace pe

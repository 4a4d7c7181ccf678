// The regulatory pathway: the tracks as parallel lanes with what enables and feeds them, and
// a chosen product's journey step by step. A thin view over core's pathway/ folder.
#pragma once

#include <imgui.h>

#include "explore/explorer_models.h"
#include "session/app_session.h"

namespace pe {

struct PathwayView {
    bool unused = false;
};

// Draws into a region of `size` pixels at the cursor.
void draw_pathway_view(PathwayView& view, AppSession& session, const ExplorerModels& models, ImVec2 size);

}  // namespace pe

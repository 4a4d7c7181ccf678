// The regulatory pathway: the tracks as parallel lanes with what enables them and where one
// feeds the other, and a chosen product's journey step by step. A thin view over core's
// pathway/ folder: the model, the geometry, the hit test, the looks and the picker's rules
// come from there; this file measures the text, keeps state between frames, turns the
// picker and the mouse into ViewState changes, and draws the layout with ImDrawList.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <string>

#include "explore/explorer_models.h"
#include "pathway/pathway_layout.h"
#include "pathway/pathway_look.h"
#include "pathway/pathway_model.h"
#include "session/app_session.h"

namespace pe {

// The model for one dataset and one asked product, and the text measured for it.
struct PathwayViewModel {
    bool built = false;
    std::uint64_t generation = 0;
    std::string product;  // as asked (ViewState::pathway_product)
    PathwayModel model;
    Language measured_language = Language::En;
    float measured_font = 0.0f;
    bool measured = false;
    PathwayMeasures measures;
    std::vector<std::string> step_dates;  // per journey step, in measured_language
};

struct PathwayView {
    PathwayViewModel data;
    PathwayLayout layout;            // the last frame drawn: input is tested against it
    std::vector<PathwayLook> looks;  // per layout box, the last frame
    ImVec2 origin;                   // where the layout's (0, 0) was on screen, the last frame
    PathwayHit hover;
    std::string seen_selection;        // the selection the picker and the scroll last followed
    bool scroll_to_selection = false;  // a selection made elsewhere: bring its box into view
};

// Draws into a region of `size` pixels at the cursor.
void draw_pathway_view(PathwayView& view, AppSession& session, const ExplorerModels& models, ImVec2 size);

}  // namespace pe

// Implements the pathway view (pathway_view.h).
#include "pathway_view.h"

namespace pe {

void draw_pathway_view(PathwayView& view, AppSession& session, const ExplorerModels& models, ImVec2 size) {
    (void)view;
    (void)session;
    (void)models;
    ImGui::Dummy(size);
}

}  // namespace pe

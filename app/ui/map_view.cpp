// Implements the map view (map_view.h).
#include "map_view.h"

namespace pe {

void draw_map_view(MapView& view, AppSession& session, const ExplorerModels& models, ImVec2 size) {
    (void)view;
    (void)session;
    (void)models;
    ImGui::Dummy(size);
}

}  // namespace pe

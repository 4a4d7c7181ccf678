// The entity table: the shown entities (the filter's), sortable by name, type, date, place
// and tags; only the rows on screen are drawn (ImGuiListClipper), so 100k rows scroll as
// smoothly as 100. A click selects (Shift+click connects to the selection); a selection made
// elsewhere is scrolled into view; rows outside the focus are dimmed, rows on a chain marked.
#pragma once

#include <string>

#include "explore/explorer_models.h"
#include "session/app_session.h"

namespace pe {

struct EntityTableView {
    std::string scrolled_to;  // the selection last brought into view
};

// Reads the header's sort into `order` (and brings `models` up to date at once, so the new
// order is what this frame draws).
void draw_entity_table(EntityTableView& view, AppSession& session, ExplorerModels& models, TableOrder& order);

}  // namespace pe

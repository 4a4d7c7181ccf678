// The details panel of the selection: names in both languages, type, dates at their
// precision, scope and place, summary, key figures, every source quote with its source,
// and the links grouped by relation, each a click away (Shift+click connects); back and
// forward buttons walk the selection history; the header names the focus; "Connect to…" and
// the chains between the two ends are connect_view's. Draws core's EntityDetails.
#pragma once

#include <cstdint>
#include <string>

#include "connect_view.h"
#include "explore/entity_details.h"
#include "explore/explorer_models.h"
#include "explore/selection_history.h"
#include "session/app_session.h"

namespace pe {

struct DetailsView {
    bool built = false;
    std::uint64_t built_generation = 0;
    std::string built_id;
    Language built_language = Language::En;
    EntityDetails details;
    ConnectView connect;
};

void draw_details(DetailsView& view, AppSession& session, SelectionHistory& history, ExplorerModels& models);

// Back (-1) or forward (+1) through the history: selects that entry. False when there is
// nowhere to go. The keys and mouse buttons (app_ui.cpp) and the buttons here use it.
bool step_history(SelectionHistory& history, AppSession& session, int direction);

}  // namespace pe

// The figures panel: the key numbers the data states, as cards (each with the entity that
// states it and the quote on hover), and three bar charts drawn with ImDrawList: events per
// year, entities per type and entities per park, over what the filter shows.
#pragma once

#include "explore/explorer_models.h"
#include "session/app_session.h"

namespace pe {

void draw_figures_panel(AppSession& session, ExplorerModels& models);

}  // namespace pe

// The search box and the filters above the entity table: type, scope, place, tags and a
// year range, each a drop-down of what the dataset offers (with counts), a clear button and
// how many entities are shown. They edit ViewState::filter, which every view follows.
#pragma once

#include <string>

#include "explore/explorer_models.h"
#include "session/app_session.h"

namespace pe {

struct FilterBarView {
    char query[256] = {};
    std::string mirrored;  // the state's query the box last showed (a clear elsewhere resets it)
};

void draw_filter_bar(FilterBarView& view, AppSession& session, const ExplorerModels& models);

}  // namespace pe

// The dataset header: title, counts, the time span, and the load errors when the last load
// failed. Draws core's OverviewModel, nothing more.
#pragma once

#include <cstdint>

#include "explore/overview_model.h"
#include "session/app_session.h"

namespace pe {

struct OverviewView {
    OverviewModel model;
    std::uint64_t built_generation = 0;
    Language built_language = Language::En;
    bool built = false;
};

// One line: title, counts, and the load errors when the last load failed.
void draw_dataset_header(OverviewView& view, const AppSession& session);

}  // namespace pe

// The dataset header: title, counts, the time span, and the load errors when the last load
// failed. Draws core's DatasetHeaderModel, nothing more.
#pragma once

#include <cstdint>

#include "explore/dataset_header_model.h"
#include "session/app_session.h"

namespace pe {

struct DatasetHeaderView {
    DatasetHeaderModel model;
    std::uint64_t built_generation = 0;
    Language built_language = Language::En;
    bool built = false;
};

// One line: title, counts, and the load errors when the last load failed.
void draw_dataset_header(DatasetHeaderView& view, const AppSession& session);

}  // namespace pe

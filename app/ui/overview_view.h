// The dataset overview: title, counts and a filterable list of every entity with its
// Chinese and English names; a click selects. Draws core's OverviewModel, nothing more.
#pragma once

#include <cstdint>
#include <vector>

#include "app_session.h"
#include "overview_model.h"

namespace pe {

struct OverviewView {
    OverviewModel model;
    std::uint64_t built_generation = 0;
    Language built_language = Language::En;
    bool built = false;
    char filter[128] = {};
    std::vector<std::uint32_t> shown;  // rows of `model` that pass the filter
};

void draw_overview(OverviewView& view, AppSession& session);

}  // namespace pe

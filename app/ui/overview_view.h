// The dataset overview: title and counts (the header), and a filterable list of every
// entity with its Chinese and English names above the selection's details; a click selects.
// Draws core's OverviewModel, nothing more.
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

// One line: title, counts, and the load errors when the last load failed.
void draw_dataset_header(OverviewView& view, const AppSession& session);
// Filter, table and the selection's details, filling the rest of the current window.
void draw_entity_list(OverviewView& view, AppSession& session);

}  // namespace pe

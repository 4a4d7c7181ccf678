// The small value that user actions change: which view, what is selected, which language,
// what the filter shows.
// Views read it and return changes; core can check and apply them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "display/theme_palette.h"
#include "explore/entity_filter.h"
#include "model/dataset.h"
#include "model/language.h"
#include "timeline/timeline_axis.h"

namespace pe {

// The lower tab: the entity table or the figures.
enum class View : std::uint8_t { Entities, Figures };

std::string_view view_name(View view);              // "entities" / "figures"
bool parse_view(std::string_view name, View& out);  // exactly "entities" or "figures"

struct ViewState {
    View view = View::Entities;
    std::string selected_id;  // empty: nothing selected
    Language language = Language::En;
    Theme theme = Theme::Dark;
    bool has_time_window = false;  // false: the timeline fits everything on its first frame
    TimeWindow time_window;        // days since 1970-01-01
    std::vector<std::string> collapsed_lanes;
    EntityFilter filter;  // narrows the timeline, the table and every other view together
};

// Switches the lower tab to the view named `name` ("entities" or "figures"); false, and
// nothing changed, for any other name.
bool set_view(ViewState& state, std::string_view name);

// Collapses an expanded lane or expands a collapsed one.
void toggle_lane(ViewState& state, const std::string& lane_id);

// Selects `id` when the dataset has such an entity (or clears with an empty id); returns
// whether the state now holds that selection. Unknown ids leave the state unchanged.
bool select_entity(ViewState& state, const Dataset& dataset, std::string_view id);

// After a new dataset is loaded: drops a selection that no longer exists, and lets the
// timeline fit the new data.
void keep_valid_selection(ViewState& state, const Dataset& dataset);

}  // namespace pe

// Implements the view names and the selection changes on the view state (view_state.h).
#include "session/view_state.h"

#include <algorithm>

namespace pe {

std::string_view view_name(View view) {
    return view == View::Figures ? "figures" : "entities";
}

bool parse_view(std::string_view name, View& out) {
    for (const View view : {View::Entities, View::Figures}) {
        if (name != view_name(view)) continue;
        out = view;
        return true;
    }
    return false;
}

bool set_view(ViewState& state, std::string_view name) {
    return parse_view(name, state.view);
}

bool select_entity(ViewState& state, const Dataset& dataset, std::string_view id) {
    if (id.empty()) {
        state.selected_id.clear();
        return true;
    }
    if (dataset.index.entity_by_id.count(std::string(id)) == 0) return false;
    state.selected_id = std::string(id);
    return true;
}

void keep_valid_selection(ViewState& state, const Dataset& dataset) {
    if (!state.selected_id.empty() && dataset.index.entity_by_id.count(state.selected_id) == 0) {
        state.selected_id.clear();
    }
    state.has_time_window = false;
}

void toggle_lane(ViewState& state, const std::string& lane_id) {
    auto& lanes = state.collapsed_lanes;
    const auto found = std::find(lanes.begin(), lanes.end(), lane_id);
    if (found == lanes.end()) {
        lanes.push_back(lane_id);
    } else {
        lanes.erase(found);
    }
}

}  // namespace pe

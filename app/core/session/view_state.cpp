// Implements the view names and the selection changes on the view state (view_state.h).
#include "session/view_state.h"

#include <algorithm>

namespace pe {

namespace {

// The value of `values` whose name is exactly `name`, into `out`; false when none is.
template <typename Enum, std::size_t N, typename NameOf>
bool parse_named(std::string_view name, const Enum (&values)[N], NameOf&& name_of, Enum& out) {
    for (const Enum value : values) {
        if (name != name_of(value)) continue;
        out = value;
        return true;
    }
    return false;
}

constexpr MainView kMainViews[] = {MainView::Timeline, MainView::Network};
constexpr LowerTab kLowerTabs[] = {LowerTab::Entities, LowerTab::Figures};

}  // namespace

std::string_view view_name(MainView view) {
    return view == MainView::Network ? "network" : "timeline";
}

bool parse_view(std::string_view name, MainView& out) {
    return parse_named(
        name, kMainViews, [](MainView v) { return view_name(v); }, out);
}

std::string_view tab_name(LowerTab tab) {
    return tab == LowerTab::Figures ? "figures" : "entities";
}

bool parse_tab(std::string_view name, LowerTab& out) {
    return parse_named(
        name, kLowerTabs, [](LowerTab t) { return tab_name(t); }, out);
}

bool set_view(ViewState& state, std::string_view name) {
    return parse_view(name, state.view);
}

bool set_tab(ViewState& state, std::string_view name) {
    return parse_tab(name, state.tab);
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

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

constexpr MainView kMainViews[] = {MainView::Timeline, MainView::Network, MainView::Map, MainView::Pathway};
constexpr LowerTab kLowerTabs[] = {LowerTab::Entities, LowerTab::Figures};

}  // namespace

std::string_view view_name(MainView view) {
    switch (view) {
        case MainView::Network:
            return "network";
        case MainView::Map:
            return "map";
        case MainView::Pathway:
            return "pathway";
        case MainView::Timeline:
            break;
    }
    return "timeline";
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

EntityClick apply_entity_click(ViewState& state, const Dataset& dataset, std::string_view id, bool shift) {
    if (shift && !state.selected_id.empty() && state.selected_id != id) {
        return connect_entity(state, dataset, id) ? EntityClick::Connected : EntityClick::Refused;
    }
    return select_entity(state, dataset, id) ? EntityClick::Selected : EntityClick::Refused;
}

bool set_focus(ViewState& state, int hops) {
    if (hops < 0 || hops > 3) return false;
    state.focus_hops = hops;
    return true;
}

void cycle_focus(ViewState& state) {
    state.focus_hops = state.focus_hops >= 3 || state.focus_hops < 0 ? 0 : state.focus_hops + 1;
}

bool parse_focus(std::string_view text, int& out) {
    if (text == "off") {
        out = 0;
        return true;
    }
    if (text.size() != 1 || text[0] < '0' || text[0] > '3') return false;
    out = text[0] - '0';
    return true;
}

bool connect_entity(ViewState& state, const Dataset& dataset, std::string_view id) {
    if (id.empty()) {
        state.connect_id.clear();
        return true;
    }
    if (dataset.index.entity_by_id.count(std::string(id)) == 0) return false;
    state.connect_id = std::string(id);
    return true;
}

void keep_valid_selection(ViewState& state, const Dataset& dataset) {
    for (std::string* id : {&state.selected_id, &state.connect_id, &state.pathway_product}) {
        if (!id->empty() && dataset.index.entity_by_id.count(*id) == 0) id->clear();
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

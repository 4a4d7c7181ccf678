// The small value that user actions change: which main view and lower tab, what is
// selected, which language, what the filter shows.
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

// The main area's view: the timeline, the network of links, the map of places or the
// regulatory pathway.
enum class MainView : std::uint8_t { Timeline, Network, Map, Pathway };
// The lower tab: the entity table or the figures.
enum class LowerTab : std::uint8_t { Entities, Figures };

std::string_view view_name(MainView view);              // "timeline" / "network" / "map" / "pathway"
bool parse_view(std::string_view name, MainView& out);  // exactly one of those names
std::string_view tab_name(LowerTab tab);                // "entities" / "figures"
bool parse_tab(std::string_view name, LowerTab& out);   // exactly one of those names

struct ViewState {
    MainView view = MainView::Timeline;
    LowerTab tab = LowerTab::Entities;
    std::string selected_id;  // empty: nothing selected
    // The focus: 0 off, 1 to 3 fades what lies further than that many links from the
    // selection, in every view.
    int focus_hops = 0;
    // Connect two things: the second entity (empty: none); every view highlights the
    // shortest chains of links between the selection and it.
    std::string connect_id;
    std::string pathway_product;  // the pathway view's product (empty: the view's default)
    Language language = Language::En;
    Theme theme = Theme::Dark;
    bool has_time_window = false;  // false: the timeline fits everything on its first frame
    TimeWindow time_window;        // days since 1970-01-01
    std::vector<std::string> collapsed_lanes;
    EntityFilter filter;  // narrows the timeline, the table and every other view together
    std::vector<std::string> hidden_relations;  // relations (kRelationTypes) the network leaves out
};

// Switches the main view to the one named `name` ("timeline", "network", "map" or
// "pathway"); false, and nothing changed, for any other name.
bool set_view(ViewState& state, std::string_view name);

// Switches the lower tab to the one named `name` ("entities" or "figures"); false, and
// nothing changed, for any other name.
bool set_tab(ViewState& state, std::string_view name);

// Collapses an expanded lane or expands a collapsed one.
void toggle_lane(ViewState& state, const std::string& lane_id);

// Selects `id` when the dataset has such an entity (or clears with an empty id); returns
// whether the state now holds that selection. Unknown ids leave the state unchanged.
bool select_entity(ViewState& state, const Dataset& dataset, std::string_view id);

// What a click on an entity does: selects it, or, with Shift held and another entity
// selected, makes it the second entity of "connect two things" (Shift+click with nothing
// selected, or on the selection itself, just selects). Refused: the dataset has no such id.
enum class EntityClick : std::uint8_t { Selected, Connected, Refused };
EntityClick apply_entity_click(ViewState& state, const Dataset& dataset, std::string_view id, bool shift);

// Sets the focus depth: 0 (off) to 3 hops; false, and nothing changed, outside that range.
bool set_focus(ViewState& state, int hops);

// The next focus depth, the F key's step: off, 1, 2, 3, then off again.
void cycle_focus(ViewState& state);

// Parses a focus depth written as text ("0" to "3", or "off"); false for anything else.
bool parse_focus(std::string_view text, int& out);

// Sets the second entity of "connect two things" when the dataset has it (an empty id
// ends the connection); unknown ids leave the state unchanged.
bool connect_entity(ViewState& state, const Dataset& dataset, std::string_view id);

// After a new dataset is loaded: drops a selection, a connected entity and a pathway
// product that no longer exist, and lets the timeline fit the new data.
void keep_valid_selection(ViewState& state, const Dataset& dataset);

}  // namespace pe

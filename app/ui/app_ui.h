// The root of the UI: every view of the program, drawn once per frame from the session.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "dataset_header_view.h"
#include "details_view.h"
#include "entity_table_view.h"
#include "explore/explorer_models.h"
#include "explore/selection_history.h"
#include "filter_bar_view.h"
#include "map_view.h"
#include "network_view.h"
#include "pathway_view.h"
#include "session/app_session.h"
#include "timeline_view.h"

namespace pe {

struct AppUi {
    ExplorerModels models;  // what the views below show, derived from the session
    TableOrder table_order;
    SelectionHistory history;
    std::uint64_t history_generation = 0;  // the dataset the history was last checked against
    DatasetHeaderView dataset_header;
    TimelineView timeline;
    NetworkView network;
    MapView map;
    PathwayView pathway;
    FilterBarView filter_bar;
    EntityTableView table;
    DetailsView details;
    // The lower tab drawn last frame (none before the first); ViewState::tab set elsewhere selects it.
    std::optional<LowerTab> shown_tab;
    // The main view drawn last frame; ViewState::view set elsewhere selects its tab.
    std::optional<MainView> shown_main_view;
    bool wants_frames = false;    // a view is still working (the network's layout): keep drawing
    double background_ms = 0.0;   // of this frame, the time given to that work (the layout's slice)
    float timeline_share = 0.5f;  // of the height below the header; the splitter moves it
    float details_share = 0.4f;   // of the width below the filters; the other splitter moves it
};

// Sets up fonts and theme for the screen (see ui_scale.h); call again when it changes.
// The caller re-uploads the font texture afterwards.
void configure_ui(float content_scale, float framebuffer_scale);

// Draws one frame's worth of ImGui calls (between ImGui::NewFrame and ImGui::Render).
void draw_app(AppUi& ui, AppSession& session);

}  // namespace pe

// Everything the running program knows, independent of how it is drawn: the dataset in
// use and its graph, the UI strings, the view state and the links it emphasises, the last
// load errors and the frame statistics.
// Both platforms own one; views read it and change only its ViewState.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "display/frame_stats.h"
#include "graph/graph_index.h"
#include "links/link_emphasis.h"
#include "load/dataset_loader.h"
#include "model/dataset.h"
#include "session/explorer_status.h"
#include "session/view_state.h"
#include "text/string_table.h"

namespace pe {

struct AppSession {
    std::shared_ptr<const Dataset> dataset;  // never null once started
    std::string dataset_origin;              // "<embedded>" or a file name
    StringTable strings;
    ViewState state;
    std::vector<std::string> load_errors;  // formatted "FILE:LINE:COL: POINTER: message"
    std::uint64_t dataset_generation = 0;  // bumps on every successful load: views rebuild
    GraphIndex graph;                      // the dataset's links as a graph (rebuilt with it)
    LinkEmphasis links;                    // the focus and the chains of the state (refresh_links)
    FrameStats frames;
    bool first_frame_drawn = false;
    double device_pixel_ratio = 1.0;
};

// Loads the string table and the first dataset (the platforms pass the embedded ones).
// Returns false, with load_errors, when either is broken; the session is usable regardless.
bool start_session(AppSession& session, std::string_view dataset_json, std::string_view strings_json,
                   Language language);

// Replaces the dataset when `json_text` is valid; otherwise keeps the current one and records
// every error. Returns whether the new data was taken.
bool load_into_session(AppSession& session, std::string_view json_text, std::string_view origin);
// The same for a load that was made elsewhere (a DatasetLoadStream fed while downloading).
bool take_load_result(AppSession& session, LoadResult result, std::string_view origin);

// Brings `links` up to date with the state's selection, second entity and focus depth
// (cheap when nothing changed). Views call it before they read `links`.
void refresh_links(AppSession& session);

// The selected entity's position in the dataset, or kNoEntity.
std::uint32_t selected_entity(const AppSession& session);

ExplorerStatus session_status(const AppSession& session);

}  // namespace pe

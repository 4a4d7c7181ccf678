// What window.explorer.state() reports: a plain snapshot of the running program, written
// as JSON by core so the page glue only parses it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "display/theme_palette.h"
#include "model/language.h"
#include "session/view_state.h"

namespace pe {

struct ExplorerStatus {
    bool ready = false;  // the first frame with the dataset has been drawn
    std::string dataset_id;
    std::size_t entity_count = 0;
    std::size_t link_count = 0;
    MainView view = MainView::Timeline;  // written as its name ("timeline", "network", ...)
    LowerTab tab = LowerTab::Entities;   // written as its name ("entities" / "figures")
    std::string selected_id;
    int focus_hops = 0;                            // 0: focus off
    std::string connect_id;                        // the second entity of "connect two things", "" when none
    std::vector<std::vector<std::string>> chains;  // the chains between the two, as entity ids
    Language language = Language::En;
    Theme theme = Theme::Dark;
    std::string query;              // the search box's text
    std::size_t shown_count = 0;    // entities the filter shows (all when none is active)
    std::uint64_t frame_count = 0;  // frames drawn since start
    double frame_ms = 0.0;          // median CPU time of the last frames
    double frame_ms_p95 = 0.0;
    double device_pixel_ratio = 1.0;
    // The network layout's hash (network_layout_hash, 16 hex digits) once its run has finished,
    // "" before: the same data gives the same hash natively and in the page.
    std::string network_layout_hash;
    std::string error;  // the last load error shown to the user, "" when none
};

std::string explorer_status_json(const ExplorerStatus& status);

// A 64-bit hash as 16 lower-case hex digits (leading zeros kept).
std::string hex_hash(std::uint64_t hash);

}  // namespace pe

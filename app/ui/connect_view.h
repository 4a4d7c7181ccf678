// "Connect two things" in the details panel: the "Connect to…" search box (the explorer's
// search index, a short list of results to click) that sets the second entity, and the
// "Why are these connected?" section drawing core's ChainExplanation (chain_explanation.h):
// each chain step by step, names that select, relations with their direction, the quotes
// (their source on hover); buttons to swap the two ends and to end the connection.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "explore/explorer_models.h"
#include "links/chain_explanation.h"
#include "session/app_session.h"

namespace pe {

struct ConnectView {
    char query[256] = {};
    std::string searched;                // the query `results` were found for
    std::vector<std::uint32_t> results;  // entities matching `searched`, best first
    bool built = false;                  // `explanation` is for the key below
    std::uint64_t built_generation = 0;
    LinkQuestion built_question;
    Language built_language = Language::En;
    ChainExplanation explanation;
};

// The search box and, under it, the matches of what was typed; a click on one connects it.
void draw_connect_box(ConnectView& view, AppSession& session, ExplorerModels& models);

// The chains between the selection and the second entity; nothing when there is none.
void draw_connection(ConnectView& view, AppSession& session);

}  // namespace pe

// Implements session start, dataset replacement and the status snapshot (app_session.h).
#include "session/app_session.h"

#include "model/dataset_index.h"

namespace pe {

bool start_session(AppSession& session, std::string_view dataset_json, std::string_view strings_json,
                   Language language) {
    session.state.language = language;
    const bool loaded = load_into_session(session, dataset_json, "<embedded>");
    StringTableLoad strings = load_string_table(strings_json);
    session.strings = std::move(strings.table);
    for (const std::string& error : strings.errors)
        session.load_errors.push_back("ui_strings.json: " + error);
    if (!session.dataset) {
        session.dataset = std::make_shared<const Dataset>();
        session.graph = build_graph_index(*session.dataset);
    }
    return loaded && strings.errors.empty();
}

bool load_into_session(AppSession& session, std::string_view json_text, std::string_view origin) {
    return take_load_result(session, load_dataset(json_text), origin);
}

bool take_load_result(AppSession& session, LoadResult result, std::string_view origin) {
    if (!result.ok()) {
        session.load_errors.clear();
        for (const LoadError& error : result.errors)
            session.load_errors.push_back(format_error(origin, error));
        if (session.load_errors.empty())
            session.load_errors.push_back(std::string(origin) + ": could not be loaded");
        return false;
    }
    session.dataset = std::move(result.dataset);
    session.graph = build_graph_index(*session.dataset);
    session.dataset_origin = std::string(origin);
    session.load_errors.clear();
    keep_valid_selection(session.state, *session.dataset);
    ++session.dataset_generation;
    return true;
}

void refresh_links(AppSession& session) {
    if (!session.dataset) return;
    const LinkQuestion question{session.state.selected_id, session.state.connect_id,
                                session.state.focus_hops};
    update_link_emphasis(session.links, *session.dataset, session.graph, session.dataset_generation,
                         question);
}

std::uint32_t selected_entity(const AppSession& session) {
    return session.dataset ? entity_position_or_none(session.dataset->index, session.state.selected_id)
                           : kNoEntity;
}

ExplorerStatus session_status(const AppSession& session) {
    ExplorerStatus status;
    status.ready = session.first_frame_drawn;
    if (session.dataset) {
        status.dataset_id = session.dataset->id;
        status.entity_count = session.dataset->entities.size();
        status.link_count = session.dataset->links.size();
    }
    status.view = session.state.view;
    status.tab = session.state.tab;
    status.selected_id = session.state.selected_id;
    status.focus_hops = session.state.focus_hops;
    status.connect_id = session.state.connect_id;
    if (session.dataset && session.links.computed &&
        session.links.question.selected_id == status.selected_id &&
        session.links.question.connect_id == status.connect_id) {
        status.chains = chain_ids(*session.dataset, session.links);
    }
    status.language = session.state.language;
    status.theme = session.state.theme;
    status.query = session.state.filter.query;
    status.shown_count = status.entity_count;  // the platform puts the filter's count here
    status.frame_count = session.frames.frame_count;
    status.frame_ms = median_frame_ms(session.frames);
    status.frame_ms_p95 = p95_frame_ms(session.frames);
    status.device_pixel_ratio = session.device_pixel_ratio;
    if (!session.load_errors.empty()) status.error = session.load_errors.front();
    return status;
}

}  // namespace pe

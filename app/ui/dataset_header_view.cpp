// Implements the dataset header view (dataset_header_view.h).
#include "dataset_header_view.h"

#include <imgui.h>

#include <string>

#include "ui_theme.h"

namespace pe {

namespace {

const char* tr(const AppSession& session, const char* key) {
    return lookup(session.strings, key, session.state.language).c_str();
}

void refresh_model(DatasetHeaderView& view, const AppSession& session) {
    if (view.built && view.built_generation == session.dataset_generation &&
        view.built_language == session.state.language) {
        return;
    }
    view.model = build_dataset_header(*session.dataset, session.state.language);
    view.built = true;
    view.built_generation = session.dataset_generation;
    view.built_language = session.state.language;
}

void draw_counts(const DatasetHeaderView& view, const AppSession& session) {
    const DatasetHeaderModel& m = view.model;
    ImGui::Text("%s %zu   ·   %s %zu   ·   %s %zu   ·   %s %zu   ·   %s %s", tr(session, "overview.entities"),
                m.entity_count, tr(session, "overview.links"), m.link_count, tr(session, "overview.sources"),
                m.source_count, tr(session, "overview.lanes"), m.lane_count, tr(session, "overview.span"),
                m.span_label.c_str());
}

void draw_load_errors(const AppSession& session) {
    if (session.load_errors.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, to_imvec4(theme_palette(session.state.theme).error_text));
    ImGui::TextUnformatted(tr(session, "error.load_title"));
    const std::size_t shown = session.load_errors.size() < 5 ? session.load_errors.size() : 5;
    for (std::size_t i = 0; i < shown; ++i) ImGui::TextWrapped("%s", session.load_errors[i].c_str());
    ImGui::TextUnformatted(tr(session, "error.kept_previous"));
    ImGui::PopStyleColor();
}

}  // namespace

void draw_dataset_header(DatasetHeaderView& view, const AppSession& session) {
    refresh_model(view, session);
    ImGui::TextUnformatted(view.model.title.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("   ");
    ImGui::SameLine();
    draw_counts(view, session);
    draw_load_errors(session);
}

}  // namespace pe

// Implements the dataset header view (dataset_header_view.h).
#include "dataset_header_view.h"

#include <imgui.h>

#include <string>

#include "ui_text.h"
#include "ui_theme.h"

namespace pe {

namespace {

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
    ImGui::Text("%s %zu   ·   %s %zu   ·   %s %zu   ·   %s %zu   ·   %s %s",
                ui_text(session, "header.entities").c_str(), m.entity_count,
                ui_text(session, "header.links").c_str(), m.link_count,
                ui_text(session, "header.sources").c_str(), m.source_count,
                ui_text(session, "header.lanes").c_str(), m.lane_count,
                ui_text(session, "header.span").c_str(), m.span_label.c_str());
}

void draw_load_errors(const AppSession& session) {
    if (session.load_errors.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, to_imvec4(theme_palette(session.state.theme).error_text));
    ImGui::TextUnformatted(ui_text(session, "error.load_title").c_str());
    const std::size_t shown = session.load_errors.size() < 5 ? session.load_errors.size() : 5;
    for (std::size_t i = 0; i < shown; ++i) ImGui::TextWrapped("%s", session.load_errors[i].c_str());
    ImGui::TextUnformatted(ui_text(session, "error.kept_previous").c_str());
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

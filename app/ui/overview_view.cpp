// Implements the overview view (overview_view.h).
#include "overview_view.h"

#include <imgui.h>

#include <cstdio>
#include <string>

#include "date_format.h"

namespace pe {

namespace {

const char* tr(const AppSession& session, const char* key) {
    return lookup(session.strings, key, session.state.language).c_str();
}

void refresh_model(OverviewView& view, const AppSession& session) {
    if (view.built && view.built_generation == session.dataset_generation &&
        view.built_language == session.state.language) {
        return;
    }
    view.model = build_dataset_overview(*session.dataset, session.strings, session.state.language);
    view.shown = filter_overview_rows(view.model, view.filter);
    view.built = true;
    view.built_generation = session.dataset_generation;
    view.built_language = session.state.language;
}

void draw_counts(const OverviewView& view, const AppSession& session) {
    const OverviewModel& m = view.model;
    ImGui::Text("%s %zu   ·   %s %zu   ·   %s %zu   ·   %s %zu   ·   %s %s", tr(session, "overview.entities"),
                m.entity_count, tr(session, "overview.links"), m.link_count, tr(session, "overview.sources"),
                m.source_count, tr(session, "overview.lanes"), m.lane_count, tr(session, "overview.span"),
                m.span_label.c_str());
}

void draw_load_errors(const AppSession& session) {
    if (session.load_errors.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.45f, 0.4f, 1.0f));
    ImGui::TextUnformatted(tr(session, "error.load_title"));
    const std::size_t shown = session.load_errors.size() < 5 ? session.load_errors.size() : 5;
    for (std::size_t i = 0; i < shown; ++i) ImGui::TextWrapped("%s", session.load_errors[i].c_str());
    ImGui::TextUnformatted(tr(session, "error.kept_previous"));
    ImGui::PopStyleColor();
}

void draw_entity_table(OverviewView& view, AppSession& session, float height) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##entities", 4, flags, ImVec2(0.0f, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(session, "column.name_zh"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr(session, "column.name_en"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(tr(session, "column.type"), ImGuiTableColumnFlags_WidthStretch, 0.45f);
    ImGui::TableSetupColumn(tr(session, "column.date"), ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableHeadersRow();

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(view.shown.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const OverviewRow& row = view.model.rows[view.shown[static_cast<std::size_t>(i)]];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(row.entity));
            const bool selected = row.id == session.state.selected_id;
            if (ImGui::Selectable(row.name_zh.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)) {
                select_entity(session.state, *session.dataset, row.id);
            }
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.name_en.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.type_label.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.date_label.c_str());
        }
    }
    ImGui::EndTable();
}

void draw_selection(const AppSession& session) {
    const auto found = session.dataset->index.entity_by_id.find(session.state.selected_id);
    if (found == session.dataset->index.entity_by_id.end()) {
        ImGui::TextDisabled("%s", tr(session, "details.none"));
        return;
    }
    const Entity& entity = session.dataset->entities[found->second];
    const Language language = session.state.language;
    ImGui::Text("%s: %s  /  %s", tr(session, "details.selected"), entity.name.zh.c_str(),
                entity.name.en.c_str());
    const std::string span = display_span(entity.time, language);
    const std::string& type = lookup(session.strings, "type." + entity.type, language);
    if (span.empty()) {  // undated: no empty slot between the separators
        ImGui::TextDisabled("%s  ·  %s", type.c_str(), entity.id.c_str());
    } else {
        ImGui::TextDisabled("%s  ·  %s  ·  %s", type.c_str(), span.c_str(), entity.id.c_str());
    }
    ImGui::TextWrapped("%s", pick(entity.summary, language).c_str());
}

}  // namespace

void draw_dataset_header(OverviewView& view, const AppSession& session) {
    refresh_model(view, session);
    ImGui::TextUnformatted(view.model.title.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("   ");
    ImGui::SameLine();
    draw_counts(view, session);
    draw_load_errors(session);
}

void draw_entity_list(OverviewView& view, AppSession& session) {
    refresh_model(view, session);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18.0f);
    if (ImGui::InputTextWithHint("##filter", tr(session, "overview.filter"), view.filter,
                                 sizeof(view.filter))) {
        view.shown = filter_overview_rows(view.model, view.filter);
    }
    ImGui::SameLine();
    ImGui::TextDisabled(tr(session, "overview.shown"), static_cast<int>(view.shown.size()),
                        static_cast<int>(view.model.rows.size()));

    const float details_height = ImGui::GetTextLineHeightWithSpacing() * 5.0f;
    draw_entity_table(view, session, ImGui::GetContentRegionAvail().y - details_height);
    ImGui::Separator();
    draw_selection(session);
}

}  // namespace pe

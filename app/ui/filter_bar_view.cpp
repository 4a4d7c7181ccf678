// Implements the filter bar (filter_bar_view.h).
#include "filter_bar_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "explore/entity_details.h"
#include "ui_text.h"

namespace pe {

namespace {

template <class T>
bool toggle_value(std::vector<T>& values, const T& value) {
    const auto it = std::find(values.begin(), values.end(), value);
    if (it == values.end()) {
        values.push_back(value);
    } else {
        values.erase(it);
    }
    return true;
}

// "Type" when nothing is chosen, "Type: Policy" for one, "Type (3)" for more.
std::string preview(const AppSession& session, const char* key, std::size_t chosen,
                    const std::string& first) {
    const std::string& label = ui_text(session, key);
    if (chosen == 0) return label;
    if (chosen == 1) return label + ": " + first;
    return label + " (" + std::to_string(chosen) + ")";
}

// One entry of a facet drop-down: a check box that keeps the drop-down open.
bool facet_entry(const std::string& label, std::size_t count, bool checked) {
    char text[320];
    std::snprintf(text, sizeof text, "%s  (%zu)", label.c_str(), count);
    bool value = checked;
    return ImGui::Checkbox(text, &value);
}

void draw_types(AppSession& session, const ExplorerModels& models, float width) {
    std::vector<std::string>& chosen = session.state.filter.types;
    const std::string first = chosen.empty() ? "" : ui_text(session, "type." + chosen.front());
    ImGui::SetNextItemWidth(width);
    if (!ImGui::BeginCombo("##filter_type", preview(session, "filter.type", chosen.size(), first).c_str()))
        return;
    for (const FacetCount& type : models.facets.types) {
        const bool on = std::find(chosen.begin(), chosen.end(), type.value) != chosen.end();
        ImGui::PushID(type.value.c_str());
        if (facet_entry(ui_text(session, "type." + type.value), type.count, on))
            toggle_value(chosen, type.value);
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

void draw_scopes(AppSession& session, const ExplorerModels& models, float width) {
    std::vector<Scope>& chosen = session.state.filter.scopes;
    const std::string first = chosen.empty() ? "" : ui_text(session, scope_label_key(chosen.front()));
    ImGui::SetNextItemWidth(width);
    if (!ImGui::BeginCombo("##filter_scope", preview(session, "filter.scope", chosen.size(), first).c_str()))
        return;
    for (const ScopeCount& scope : models.facets.scopes) {
        const bool on = std::find(chosen.begin(), chosen.end(), scope.scope) != chosen.end();
        ImGui::PushID(static_cast<int>(scope.scope));
        if (facet_entry(ui_text(session, scope_label_key(scope.scope)), scope.count, on))
            toggle_value(chosen, scope.scope);
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

void draw_places(AppSession& session, const ExplorerModels& models, float width) {
    std::vector<std::string>& chosen = session.state.filter.places;
    const Dataset& dataset = *session.dataset;
    const Language language = session.state.language;
    std::string first;
    if (!chosen.empty()) {
        const auto found = dataset.index.entity_by_id.find(chosen.front());
        first = found == dataset.index.entity_by_id.end()
                    ? chosen.front()
                    : pick(dataset.entities[found->second].name, language);
    }
    ImGui::SetNextItemWidth(width);
    if (!ImGui::BeginCombo("##filter_place", preview(session, "filter.place", chosen.size(), first).c_str()))
        return;
    bool parks = false;
    for (const PlaceFacet& place : models.facets.places) {
        if (place.park && !parks) {
            ImGui::Separator();
            parks = true;
        }
        const bool on = std::find(chosen.begin(), chosen.end(), place.id) != chosen.end();
        bool value = on;
        ImGui::PushID(place.id.c_str());
        if (ImGui::Checkbox(pick(dataset.entities[place.entity].name, language).c_str(), &value)) {
            toggle_value(chosen, place.id);
        }
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

void draw_tags(AppSession& session, const ExplorerModels& models, float width) {
    std::vector<std::string>& chosen = session.state.filter.tags;
    ImGui::SetNextItemWidth(width);
    if (!ImGui::BeginCombo(
            "##filter_tags",
            preview(session, "filter.tags", chosen.size(), chosen.empty() ? "" : chosen.front()).c_str())) {
        return;
    }
    for (const FacetCount& tag : models.facets.tags) {
        const bool on = std::find(chosen.begin(), chosen.end(), tag.value) != chosen.end();
        ImGui::PushID(tag.value.c_str());
        if (facet_entry(tag.value, tag.count, on)) toggle_value(chosen, tag.value);
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

// Two years, dragged or typed; a bound at the data's first or last year is an open end.
void draw_years(AppSession& session, const ExplorerModels& models, float width) {
    const FilterFacets& facets = models.facets;
    if (!facets.has_years) return;
    EntityFilter& filter = session.state.filter;
    int from = filter.year_from == 0 ? facets.first_year : filter.year_from;
    int to = filter.year_to == 0 ? facets.last_year : filter.year_to;
    ImGui::SetNextItemWidth(width);
    // The label stands in a printf-style format beside the value: its own '%' are escaped.
    const std::string format_from = escape_percent(ui_text(session, "filter.years")) + " %d";
    if (ImGui::DragIntRange2("##filter_years", &from, &to, 0.1f, facets.first_year, facets.last_year,
                             format_from.c_str(), "%d", ImGuiSliderFlags_AlwaysClamp)) {
        filter.year_from = from <= facets.first_year ? 0 : from;
        filter.year_to = to >= facets.last_year ? 0 : to;
    }
}

}  // namespace

void draw_filter_bar(FilterBarView& view, AppSession& session, const ExplorerModels& models) {
    EntityFilter& filter = session.state.filter;
    if (filter.query != view.mirrored) {  // changed elsewhere (cleared, a new dataset, the page)
        std::snprintf(view.query, sizeof view.query, "%s", filter.query.c_str());
        view.mirrored = filter.query;
    }
    const float em = ImGui::GetFontSize();
    ImGui::SetNextItemWidth(em * 16.0f);
    if (ImGui::InputTextWithHint("##search", ui_text(session, "filter.search_hint").c_str(), view.query,
                                 sizeof view.query)) {
        filter.query = view.query;
        view.mirrored = filter.query;
    }
    ImGui::SameLine();
    draw_types(session, models, em * 7.0f);
    ImGui::SameLine();
    draw_scopes(session, models, em * 7.0f);
    ImGui::SameLine();
    draw_places(session, models, em * 8.0f);
    ImGui::SameLine();
    draw_tags(session, models, em * 7.0f);
    ImGui::SameLine();
    draw_years(session, models, em * 10.0f);
    ImGui::SameLine();
    const bool active = filter_is_active(filter);
    ImGui::BeginDisabled(!active);
    if (ImGui::Button(ui_text(session, "filter.clear").c_str())) filter = EntityFilter{};
    ImGui::EndDisabled();
    ImGui::SameLine();
    const std::string shown = ui_text_format(
        session, "filter.shown",
        {std::to_string(models.shown.rows.size()), std::to_string(session.dataset->entities.size())});
    ImGui::TextDisabled("%s", shown.c_str());
}

}  // namespace pe

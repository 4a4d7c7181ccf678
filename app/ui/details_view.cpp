// Implements the details panel (details_view.h).
#include "details_view.h"

#include <imgui.h>

#include <string>

#include "entity_click.h"
#include "ui_text.h"
#include "ui_theme.h"

namespace pe {

namespace {

void refresh(DetailsView& view, const AppSession& session, std::uint32_t entity) {
    if (view.built && view.built_generation == session.dataset_generation &&
        view.built_id == session.state.selected_id && view.built_language == session.state.language) {
        return;
    }
    view.details = build_entity_details(*session.dataset, session.strings, session.state.language, entity);
    view.built = true;
    view.built_generation = session.dataset_generation;
    view.built_id = session.state.selected_id;
    view.built_language = session.state.language;
}

void draw_history_buttons(AppSession& session, SelectionHistory& history) {
    ImGui::BeginDisabled(!can_go_back(history));
    if (ImGui::ArrowButton("##back", ImGuiDir_Left)) step_history(history, session, -1);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", ui_text(session, "details.back").c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!can_go_forward(history));
    if (ImGui::ArrowButton("##forward", ImGuiDir_Right)) step_history(history, session, +1);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip("%s", ui_text(session, "details.forward").c_str());
    }
    ImGui::EndDisabled();
}

// A name that selects its entity when clicked.
void entity_button(AppSession& session, const std::string& id, const std::string& label) {
    ImGui::PushID(id.c_str());
    if (ImGui::SmallButton(label.c_str())) select_entity(session.state, *session.dataset, id);
    ImGui::PopID();
}

void draw_heading(const AppSession& session, const EntityDetails& d) {
    ImGui::TextWrapped("%s", d.name.c_str());
    if (!d.other_name.empty()) ImGui::TextDisabled("%s", d.other_name.c_str());
    std::string line = d.type_label;
    if (!d.date_label.empty()) line += "  ·  " + d.date_label;
    if (!d.scope_label.empty()) line += "  ·  " + d.scope_label;
    line += "  ·  " + d.id;
    ImGui::TextDisabled("%s", line.c_str());
    (void)session;
}

void draw_place(AppSession& session, const EntityDetails& d) {
    if (!d.district.present && !d.park.present) return;
    ImGui::TextUnformatted(ui_text(session, "details.place").c_str());
    if (d.park.present) {
        ImGui::SameLine();
        entity_button(session, d.park.id, d.park.name);
    }
    if (d.district.present) {
        ImGui::SameLine();
        entity_button(session, d.district.id, d.district.name);
    }
}

void draw_figures(const AppSession& session, const EntityDetails& d) {
    if (d.figures.empty()) return;
    ImGui::SeparatorText(ui_text(session, "details.figures").c_str());
    for (const DetailsFigure& figure : d.figures) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s: %s", figure.label.c_str(), figure.display.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("(%.12g %s)", figure.value, figure.unit.c_str());
        ImGui::Indent();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("“%s”", figure.quote.c_str());
        ImGui::PopStyleColor();
        ImGui::Unindent();
    }
}

void draw_sources(const AppSession& session, const EntityDetails& d) {
    if (d.sources.empty()) return;
    ImGui::SeparatorText(ui_text(session, "details.sources").c_str());
    for (const DetailsSource& source : d.sources) {
        ImGui::TextWrapped("“%s”", source.quote.c_str());
        ImGui::Indent();
        std::string cite = "— " + (source.title.empty() ? source.source_id : source.title);
        if (!source.publisher.empty()) cite += ", " + source.publisher;
        if (!source.published.empty()) cite += ", " + source.published;
        ImGui::TextDisabled("%s", cite.c_str());
        ImGui::Unindent();
    }
}

void draw_links(AppSession& session, const EntityDetails& d) {
    if (d.links.empty()) return;
    ImGui::SeparatorText(ui_text(session, "details.links").c_str());
    for (const DetailsLinkGroup& group : d.links) {
        ImGui::Text("%s (%zu)", group.label.c_str(), group.items.size());
        ImGui::Indent();
        for (const DetailsLinkItem& item : group.items) {
            ImGui::PushID(item.id.c_str());
            ImGui::PushID(group.outgoing ? 1 : 0);
            const std::string label = item.name + "  ·  " + item.type_label;
            if (ImGui::Selectable(label.c_str())) click_entity(session, item.id);
            ImGui::PopID();
            ImGui::PopID();
        }
        ImGui::Unindent();
    }
}

// "Selected  ·  Focus: within 2 hops" (or "Focus: off").
void draw_status(const AppSession& session) {
    ImGui::TextDisabled("%s", ui_text(session, "details.selected").c_str());
    ImGui::SameLine();
    const int hops = session.state.focus_hops;
    if (hops <= 0) {
        ImGui::TextDisabled("·  %s", ui_text(session, "details.focus_off").c_str());
        return;
    }
    const ImVec4 accent = to_imvec4(theme_palette(session.state.theme).accent);
    ImGui::TextColored(accent, "·  %s",
                       ui_text_format(session, "details.focus_on", {std::to_string(hops)}).c_str());
}

}  // namespace

bool step_history(SelectionHistory& history, AppSession& session, int direction) {
    const std::string id = direction < 0 ? go_back(history) : go_forward(history);
    if (id.empty()) return false;
    return select_entity(session.state, *session.dataset, id);
}

void draw_details(DetailsView& view, AppSession& session, SelectionHistory& history, ExplorerModels& models) {
    draw_history_buttons(session, history);
    ImGui::SameLine();
    const Dataset& dataset = *session.dataset;
    const auto found = dataset.index.entity_by_id.find(session.state.selected_id);
    if (found == dataset.index.entity_by_id.end()) {
        ImGui::TextDisabled("%s", ui_text(session, "details.none").c_str());
        return;
    }
    draw_status(session);
    const std::string shown_before = view.built_id;
    refresh(view, session, found->second);
    const EntityDetails& d = view.details;
    if (view.built_id != shown_before)
        ImGui::SetNextWindowScroll(ImVec2(0.0f, 0.0f));  // a new entity: its top
    ImGui::BeginChild("##details_body");
    draw_heading(session, d);
    draw_connect_box(view.connect, session, models);
    draw_connection(view.connect, session);
    draw_place(session, d);
    if (!d.summary.empty()) {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", d.summary.c_str());
    }
    draw_figures(session, d);
    draw_sources(session, d);
    draw_links(session, d);
    ImGui::EndChild();
}

}  // namespace pe

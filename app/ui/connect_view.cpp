// Implements "connect two things" in the details panel (connect_view.h).
#include "connect_view.h"

#include <imgui.h>

#include <cfloat>
#include <string>

#include "entity_click.h"
#include "search/search.h"
#include "ui_text.h"
#include "ui_theme.h"

namespace pe {

namespace {

constexpr std::size_t kMaxResults = 6;

// Wrapped text in the secondary colour (quotes, notes).
void dim_wrapped(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

void find_results(ConnectView& view, const AppSession& session, ExplorerModels& models) {
    if (view.searched == view.query) return;
    view.searched = view.query;
    view.results.clear();
    if (view.searched.find_first_not_of(' ') == std::string::npos) return;
    // One more than shown: the selection itself is skipped when drawing.
    for (const SearchHit& hit :
         search(explorer_search(models, *session.dataset), view.searched, kMaxResults + 1))
        view.results.push_back(hit.entity);
}

void connect_to(ConnectView& view, AppSession& session, std::uint32_t entity) {
    connect_entity(session.state, *session.dataset, session.dataset->entities[entity].id);
    view.query[0] = '\0';
    view.searched.clear();
    view.results.clear();
}

void refresh(ConnectView& view, const AppSession& session) {
    const LinkEmphasis& links = session.links;
    if (view.built && view.built_generation == links.generation &&
        view.built_question.selected_id == links.question.selected_id &&
        view.built_question.connect_id == links.question.connect_id &&
        view.built_language == session.state.language) {
        return;
    }
    view.explanation = explain_chains(*session.dataset, session.strings, session.state.language,
                                      links.selected, links.connected, links.chains);
    view.built = true;
    view.built_generation = links.generation;
    view.built_question = links.question;
    view.built_language = session.state.language;
}

// A name on a chain: a click selects it (Shift+click connects to it), its type beside it.
void draw_chain_entity(AppSession& session, const ChainEntityText& entity) {
    if (ImGui::SmallButton(entity.name.c_str())) click_entity(session, entity.id);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", entity.type_label.c_str());
}

void draw_chain_step(AppSession& session, const ChainStepText& step, ImVec4 accent) {
    ImGui::Indent();
    ImGui::TextColored(accent, "%s", step.arrow.c_str());
    if (step.quote.empty()) {
        ImGui::TextDisabled("%s", ui_text(session, "connect.no_quote").c_str());
    } else {
        dim_wrapped("“" + step.quote + "”");
        // Its source is a hover away (a dataset often has one source: it would repeat).
        if (!step.source_title.empty() && ImGui::IsItemHovered())
            ImGui::SetTooltip("— %s", step.source_title.c_str());
        if (step.quote_from_entity)
            dim_wrapped(ui_text_format(session, "connect.quote_of", {step.quote_entity_name}));
    }
    ImGui::Unindent();
}

void draw_chain(AppSession& session, const ChainText& chain, ImVec4 accent) {
    ImGui::Spacing();
    ImGui::TextColored(accent, "%s", chain.heading.c_str());
    for (std::size_t i = 0; i < chain.entities.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        draw_chain_entity(session, chain.entities[i]);
        if (i < chain.steps.size()) draw_chain_step(session, chain.steps[i], accent);
        ImGui::PopID();
    }
}

}  // namespace

void draw_connect_box(ConnectView& view, AppSession& session, ExplorerModels& models) {
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool entered =
        ImGui::InputTextWithHint("##connect", ui_text(session, "connect.hint").c_str(), view.query,
                                 sizeof view.query, ImGuiInputTextFlags_EnterReturnsTrue);
    // The tooltip only over the empty box: over a query it would hide the matches below.
    if (view.query[0] == '\0' && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
        ImGui::SetTooltip("%s", ui_text(session, "connect.tooltip").c_str());
    find_results(view, session, models);
    if (view.searched.empty()) return;
    const Dataset& dataset = *session.dataset;
    std::size_t shown = 0;
    for (const std::uint32_t entity : view.results) {
        const Entity& e = dataset.entities[entity];
        if (e.id == session.state.selected_id || shown == kMaxResults) continue;
        if (entered && shown == 0) {  // Enter takes the first match
            connect_to(view, session, entity);
            return;
        }
        ++shown;
        const std::string label = pick(e.name, session.state.language) + "  ·  " +
                                  ui_text(session, "type." + e.type) + "##connect_result";
        ImGui::PushID(e.id.c_str());
        const bool clicked = ImGui::Selectable(label.c_str());
        ImGui::PopID();
        if (clicked) {
            connect_to(view, session, entity);
            return;
        }
    }
    if (shown == 0) ImGui::TextDisabled("%s", ui_text(session, "connect.no_results").c_str());
}

void draw_connection(ConnectView& view, AppSession& session) {
    const LinkEmphasis& links = session.links;
    if (links.selected == kNoEntity || links.question.connect_id.empty()) return;
    refresh(view, session);
    const ChainExplanation& e = view.explanation;
    const ImVec4 accent = to_imvec4(theme_palette(session.state.theme).accent);
    ImGui::SeparatorText(ui_text(session, "connect.title").c_str());
    ImGui::TextWrapped("%s  ⇄  %s", e.from.name.c_str(), e.to.name.c_str());
    if (ImGui::SmallButton(ui_text(session, "connect.swap").c_str())) {
        const std::string selected = session.state.selected_id;
        select_entity(session.state, *session.dataset, session.state.connect_id);
        connect_entity(session.state, *session.dataset, selected);
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(ui_text(session, "connect.end").c_str()))
        connect_entity(session.state, *session.dataset, "");
    if (!e.message.empty()) dim_wrapped(e.message);
    if (!e.stopped_note.empty()) dim_wrapped(e.stopped_note);
    ImGui::PushID("##chains");
    for (std::size_t i = 0; i < e.chains.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        draw_chain(session, e.chains[i], accent);
        ImGui::PopID();
    }
    ImGui::PopID();
}

}  // namespace pe

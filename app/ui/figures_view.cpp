// Implements the figures panel (figures_view.h).
#include "figures_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "ui_text.h"
#include "ui_theme.h"

namespace pe {

namespace {

ImU32 accent(const AppSession& session, float alpha = 1.0f) {
    return to_imu32(theme_palette(session.state.theme).accent, alpha);
}

void draw_cards(AppSession& session, const FiguresModel& model) {
    const float em = ImGui::GetFontSize();
    const float card_width = em * 13.0f;
    const float card_height = em * 5.2f;
    const float available = ImGui::GetContentRegionAvail().x;
    const int per_row =
        std::max(1, static_cast<int>(available / (card_width + ImGui::GetStyle().ItemSpacing.x)));
    int column = 0;
    for (std::size_t k = 0; k < model.cards.size(); ++k) {
        const FigureCard& card = model.cards[k];
        if (column > 0) ImGui::SameLine();
        ImGui::PushID(static_cast<int>(k));
        ImGui::BeginChild("##card", ImVec2(card_width, card_height), true, ImGuiWindowFlags_NoScrollbar);
        ImGui::PushStyleColor(ImGuiCol_Text, to_imvec4(theme_palette(session.state.theme).accent));
        ImGui::TextWrapped("%s", card.display.c_str());
        ImGui::PopStyleColor();
        ImGui::TextWrapped("%s", card.label.c_str());
        const std::string id = session.dataset->entities[card.entity].id.str();
        if (ImGui::SmallButton(card.entity_name.c_str())) select_entity(session.state, *session.dataset, id);
        ImGui::EndChild();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) ||
            ImGui::IsItemHovered(ImGuiHoveredFlags_ChildWindows)) {
            ImGui::SetTooltip("“%s”", card.quote.c_str());
        }
        ImGui::PopID();
        column = (column + 1) % per_row;
    }
}

// Vertical bars, one per year, with the year under every few bars and the count on hover.
void draw_years_chart(const AppSession& session, const std::vector<YearCount>& years) {
    if (years.empty()) return;
    const float em = ImGui::GetFontSize();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::max(em * 10.0f, ImGui::GetContentRegionAvail().x);
    const float height = em * 7.0f;
    const float label_height = ImGui::GetTextLineHeightWithSpacing();
    ImGui::InvisibleButton("##years_chart", ImVec2(width, height + label_height));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    std::size_t most = 1;
    for (const YearCount& y : years) most = std::max(most, y.count);
    const float slot = width / static_cast<float>(years.size());
    const float bar = std::max(1.0f, slot * 0.7f);
    const float label_width = ImGui::CalcTextSize("2000").x + em * 0.5f;
    const std::size_t label_every =
        std::max<std::size_t>(1, static_cast<std::size_t>(label_width / slot) + 1);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    draw->AddLine(ImVec2(origin.x, origin.y + height), ImVec2(origin.x + width, origin.y + height),
                  ImGui::GetColorU32(ImGuiCol_Border));
    for (std::size_t k = 0; k < years.size(); ++k) {
        const float x = origin.x + slot * static_cast<float>(k) + (slot - bar) * 0.5f;
        const float h = (height - em * 0.2f) * static_cast<float>(years[k].count) / static_cast<float>(most);
        const bool over = hovered && ImGui::GetIO().MousePos.x >= origin.x + slot * static_cast<float>(k) &&
                          ImGui::GetIO().MousePos.x < origin.x + slot * static_cast<float>(k + 1);
        if (years[k].count > 0) {
            draw->AddRectFilled(ImVec2(x, origin.y + height - h), ImVec2(x + bar, origin.y + height),
                                accent(session, over ? 1.0f : 0.75f));
        }
        if (k % label_every == 0) {
            char label[16];
            std::snprintf(label, sizeof label, "%d", years[k].year);
            draw->AddText(ImVec2(x, origin.y + height + 2.0f), text, label);
        }
        if (over) ImGui::SetTooltip("%d: %zu", years[k].year, years[k].count);
    }
}

// Horizontal bars with their labels and counts.
template <class Item, class LabelOf>
void draw_bar_list(const AppSession& session, const char* id, const std::vector<Item>& items,
                   LabelOf label_of) {
    if (items.empty()) return;
    const float em = ImGui::GetFontSize();
    std::size_t most = 1;
    float label_width = 0.0f;
    for (const Item& item : items) {
        most = std::max(most, item.count);
        label_width = std::max(label_width, ImGui::CalcTextSize(label_of(item).c_str()).x);
    }
    label_width = std::min(label_width + em, em * 14.0f);
    const float width = std::max(em * 10.0f, ImGui::GetContentRegionAvail().x);
    const float bar_space = std::max(em * 3.0f, width - label_width - em * 3.0f);
    const float row = ImGui::GetTextLineHeightWithSpacing();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, ImVec2(width, row * static_cast<float>(items.size())));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    for (std::size_t k = 0; k < items.size(); ++k) {
        const float y = origin.y + row * static_cast<float>(k);
        const std::string label = label_of(items[k]);
        draw->PushClipRect(ImVec2(origin.x, y), ImVec2(origin.x + label_width - em * 0.5f, y + row), true);
        draw->AddText(ImVec2(origin.x, y), text, label.c_str());
        draw->PopClipRect();
        const float w = bar_space * static_cast<float>(items[k].count) / static_cast<float>(most);
        const float x = origin.x + label_width;
        draw->AddRectFilled(ImVec2(x, y + row * 0.15f), ImVec2(x + std::max(1.0f, w), y + row * 0.8f),
                            accent(session, 0.75f));
        char count[24];
        std::snprintf(count, sizeof count, "%zu", items[k].count);
        draw->AddText(ImVec2(x + w + em * 0.3f, y), text, count);
    }
}

}  // namespace

void draw_figures_panel(AppSession& session, ExplorerModels& models) {
    const FiguresModel& model =
        explorer_figures(models, *session.dataset, session.strings, session.state.language);
    ImGui::BeginChild("##figures_body");
    // The charts first: they are short, and say at a glance what the cards below detail.
    ImGui::SeparatorText(ui_text(session, "figures.per_year").c_str());
    draw_years_chart(session, model.events_per_year);
    ImGui::SeparatorText(ui_text(session, "figures.per_type").c_str());
    draw_bar_list(session, "##per_type", model.per_type, [](const TypeCount& t) { return t.label; });
    ImGui::SeparatorText(ui_text(session, "figures.per_park").c_str());
    if (model.per_park.empty()) {
        ImGui::TextDisabled("%s", ui_text(session, "figures.none").c_str());
    } else {
        draw_bar_list(session, "##per_park", model.per_park, [](const ParkCount& p) { return p.name; });
    }
    ImGui::SeparatorText(ui_text(session, "figures.cards").c_str());
    if (model.cards.empty()) {
        ImGui::TextDisabled("%s", ui_text(session, "figures.none").c_str());
    } else {
        draw_cards(session, model);
    }
    ImGui::EndChild();
}

}  // namespace pe

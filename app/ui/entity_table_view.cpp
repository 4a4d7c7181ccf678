// Implements the entity table (entity_table_view.h).
#include "entity_table_view.h"

#include <imgui.h>

#include <algorithm>

#include "entity_click.h"
#include "ui_text.h"
#include "ui_theme.h"

namespace pe {

namespace {

void read_sort(ImGuiTableSortSpecs* specs, TableOrder& order) {
    if (specs == nullptr || !specs->SpecsDirty) return;
    order.by_column = specs->SpecsCount > 0;
    if (order.by_column) {
        order.sort.column = static_cast<TableColumn>(specs->Specs[0].ColumnUserID);
        order.sort.descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    }
    specs->SpecsDirty = false;
}

}  // namespace

void draw_entity_table(EntityTableView& view, AppSession& session, ExplorerModels& models,
                       TableOrder& order) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_Sortable | ImGuiTableFlags_SortTristate |
                                  ImGuiTableFlags_Hideable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##entity_table", 5, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(ui_text(session, "column.name").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.2f,
                            static_cast<ImGuiID>(TableColumn::Name));
    ImGui::TableSetupColumn(ui_text(session, "column.type").c_str(), ImGuiTableColumnFlags_WidthStretch, 0.8f,
                            static_cast<ImGuiID>(TableColumn::Type));
    ImGui::TableSetupColumn(ui_text(session, "column.date").c_str(), ImGuiTableColumnFlags_WidthStretch, 0.9f,
                            static_cast<ImGuiID>(TableColumn::Date));
    ImGui::TableSetupColumn(ui_text(session, "column.place").c_str(), ImGuiTableColumnFlags_WidthStretch,
                            1.1f, static_cast<ImGuiID>(TableColumn::Place));
    ImGui::TableSetupColumn(ui_text(session, "column.tags").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f,
                            static_cast<ImGuiID>(TableColumn::Tags));
    ImGui::TableHeadersRow();

    const TableOrder before = order;
    read_sort(ImGui::TableGetSortSpecs(), order);
    if (before.by_column != order.by_column || before.sort.column != order.sort.column ||
        before.sort.descending != order.sort.descending) {
        update_explorer_models(models, *session.dataset, session.dataset_generation, session.strings,
                               session.state.language, session.state.filter, order);
    }

    const Dataset& dataset = *session.dataset;
    const Language language = session.state.language;
    const std::vector<std::uint32_t>& rows = models.table_rows;
    // A selection made elsewhere (timeline, details, the page) is scrolled to once.
    int scroll_row = -1;
    if (session.state.selected_id != view.scrolled_to) {
        view.scrolled_to = session.state.selected_id;
        const auto found = dataset.index.entity_by_id.find(session.state.selected_id);
        if (found != dataset.index.entity_by_id.end()) {
            const auto at = std::find(rows.begin(), rows.end(), found->second);
            if (at != rows.end()) scroll_row = static_cast<int>(at - rows.begin());
        }
    }

    // The shared focus fades the rows outside it; the rows on a chain of "connect two things"
    // get the accent's tint and a bar at their left edge.
    const Rgba accent = theme_palette(session.state.theme).accent;
    const ImU32 chain_tint = to_imu32(accent, 0.18f);
    const ImU32 chain_bar = to_imu32(accent);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    if (scroll_row >= 0) clipper.IncludeItemByIndex(scroll_row);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const std::uint32_t entity = rows[static_cast<std::size_t>(i)];
            const TableRowText text = table_row_text(dataset, session.strings, language, entity);
            const std::string id = dataset.entities[entity].id.str();
            ImGui::TableNextRow();
            const bool faded = faded_by_focus(session.links, entity);
            const bool chained = on_chain(session.links, entity);
            if (chained) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, chain_tint);
            if (faded) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(entity));
            const bool selected = id == session.state.selected_id;
            if (ImGui::Selectable(text.name.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)) {
                // A click selects (it is in view: it was just clicked); Shift+click connects.
                if (!click_entity(session, id)) view.scrolled_to = id;
            }
            if (chained) {
                const ImVec2 min = ImGui::GetItemRectMin();
                const float bar = std::max(2.0f, ImGui::GetFontSize() * 0.2f);
                ImGui::GetWindowDrawList()->AddRectFilled(min, ImVec2(min.x + bar, ImGui::GetItemRectMax().y),
                                                          chain_bar);
            }
            if (i == scroll_row) ImGui::SetScrollHereY(0.5f);
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(text.type.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(text.date.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(text.place.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(text.tags.c_str());
            if (faded) ImGui::PopStyleColor();
        }
    }
    ImGui::EndTable();
}

}  // namespace pe

// Implements the UI root (app_ui.h).
#include "app_ui.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "display/ui_scale.h"
#include "figures_view.h"
#include "layout_persistence.h"
#include "ui_fonts.h"
#include "ui_text.h"
#include "ui_theme.h"

namespace pe {

void configure_ui(float content_scale, float framebuffer_scale) {
    const UiScale scale = compute_ui_scale(kBaseFontPixels, content_scale, framebuffer_scale);
    load_ui_fonts(scale.font_raster_pixels);
    ImGui::GetIO().FontGlobalScale = scale.font_global_scale;
    apply_ui_theme(current_ui_theme(), scale.style_scale);  // draw_app then follows the session's theme
}

namespace {

void draw_menu_bar(AppSession& session) {
    if (!ImGui::BeginMenuBar()) return;
    ImGui::TextUnformatted(ui_text(session, "app.title").c_str());
    ImGui::Separator();
    ImGui::TextUnformatted(ui_text(session, "menu.language").c_str());
    if (ImGui::RadioButton(ui_text(session, "menu.language.zh").c_str(),
                           session.state.language == Language::Zh)) {
        session.state.language = Language::Zh;
    }
    if (ImGui::RadioButton(ui_text(session, "menu.language.en").c_str(),
                           session.state.language == Language::En)) {
        session.state.language = Language::En;
    }
    ImGui::Separator();
    ImGui::TextUnformatted(ui_text(session, "menu.theme").c_str());
    if (ImGui::RadioButton(ui_text(session, "menu.theme.dark").c_str(), session.state.theme == Theme::Dark)) {
        session.state.theme = Theme::Dark;
        mark_layout_changed();
    }
    if (ImGui::RadioButton(ui_text(session, "menu.theme.light").c_str(),
                           session.state.theme == Theme::Light)) {
        session.state.theme = Theme::Light;
        mark_layout_changed();
    }
    ImGui::EndMenuBar();
}

// A bar between two panes; dragging it moves `share` (of `total` pixels) within [low, high].
void draw_splitter(const char* id, bool vertical, float& share, float total, float length) {
    const float thickness = ImGui::GetFontSize() * 0.4f;
    ImGui::InvisibleButton(id, vertical ? ImVec2(thickness, length) : ImVec2(-1.0f, thickness));
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemHovered() || active) {
        ImGui::SetMouseCursor(vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
    }
    if (active && total > 0.0f &&
        (ImGui::GetIO().MouseDelta.x != 0.0f || ImGui::GetIO().MouseDelta.y != 0.0f)) {
        mark_layout_changed();
        const ImVec2 delta = ImGui::GetIO().MouseDelta;
        share = vertical ? std::clamp(share - delta.x / total, 0.2f, 0.7f)
                         : std::clamp(share + delta.y / total, 0.2f, 0.85f);
    }
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const ImU32 colour = ImGui::GetColorU32(active ? ImGuiCol_SeparatorActive : ImGuiCol_Separator);
    if (vertical) {
        const float mid = (min.x + max.x) * 0.5f;
        ImGui::GetWindowDrawList()->AddLine(ImVec2(mid, min.y), ImVec2(mid, max.y), colour,
                                            active ? 2.0f : 1.0f);
    } else {
        const float mid = (min.y + max.y) * 0.5f;
        ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, mid), ImVec2(max.x, mid), colour,
                                            active ? 2.0f : 1.0f);
    }
}

// Alt+Left/Right and the mouse's back and forward buttons walk the selection history,
// wherever the pointer is (a text field keeps Alt+arrows for itself).
void handle_history_input(AppUi& ui, AppSession& session) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool typing = io.WantTextInput;
    if ((!typing && io.KeyAlt && ImGui::IsKeyPressed(ImGuiKey_LeftArrow, false)) ||
        ImGui::IsMouseClicked(3)) {
        step_history(ui.history, session, -1);
    }
    if ((!typing && io.KeyAlt && ImGui::IsKeyPressed(ImGuiKey_RightArrow, false)) ||
        ImGui::IsMouseClicked(4)) {
        step_history(ui.history, session, +1);
    }
}

// Keys 1 to 4 choose the main view (not while typing, not with a modifier held).
void handle_view_keys(AppSession& session) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper) return;
    constexpr struct {
        ImGuiKey key, keypad;
        MainView view;
    } kKeys[] = {{ImGuiKey_1, ImGuiKey_Keypad1, MainView::Timeline},
                 {ImGuiKey_2, ImGuiKey_Keypad2, MainView::Network},
                 {ImGuiKey_3, ImGuiKey_Keypad3, MainView::Map},
                 {ImGuiKey_4, ImGuiKey_Keypad4, MainView::Pathway}};
    for (const auto& entry : kKeys) {
        if (ImGui::IsKeyPressed(entry.key, false) || ImGui::IsKeyPressed(entry.keypad, false))
            session.state.view = entry.view;
    }
}

// F cycles the focus off -> 1 -> 2 -> 3 -> off (not while typing, not with Ctrl, Alt or Super
// held, and only with something selected, as the control says).
void handle_focus_key(AppSession& session) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper) return;
    if (session.state.selected_id.empty() || !ImGui::IsKeyPressed(ImGuiKey_F, false)) return;
    cycle_focus(session.state);
}

// "Focus: Off · 1 · 2 · 3 hops", a segmented control; each segment's label and id.
struct FocusSegment {
    std::string label;
    int hops;
};

std::vector<FocusSegment> focus_segments(const AppSession& session) {
    return {{ui_text(session, "focus.off") + "##focus0", 0},
            {"1##focus1", 1},
            {"2##focus2", 2},
            {"3##focus3", 3}};
}

float focus_control_width(const AppSession& session) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float width = ImGui::CalcTextSize(ui_text(session, "focus.label").c_str()).x +
                  ImGui::CalcTextSize(ui_text(session, "focus.hops").c_str()).x + style.ItemSpacing.x * 2.0f;
    for (const FocusSegment& segment : focus_segments(session))
        width += ImGui::CalcTextSize(segment.label.c_str(), nullptr, true).x + style.FramePadding.x * 2.0f;
    return width;
}

// Disabled-looking with nothing selected; the tooltip says what it does and names the key.
void draw_focus_control(AppSession& session) {
    const bool none = session.state.selected_id.empty();
    ImGui::BeginGroup();
    ImGui::BeginDisabled(none);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ui_text(session, "focus.label").c_str());
    ImGui::SameLine();
    const ImVec4 off = ImGui::GetStyleColorVec4(ImGuiCol_FrameBg);
    const ImVec4 on = ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive);
    bool first = true;
    for (const FocusSegment& segment : focus_segments(session)) {
        if (!first) ImGui::SameLine(0.0f, 0.0f);
        first = false;
        ImGui::PushStyleColor(ImGuiCol_Button, session.state.focus_hops == segment.hops ? on : off);
        if (ImGui::Button(segment.label.c_str())) set_focus(session.state, segment.hops);
        ImGui::PopStyleColor();
    }
    ImGui::SameLine();
    ImGui::TextUnformatted(ui_text(session, "focus.hops").c_str());
    ImGui::EndDisabled();
    ImGui::EndGroup();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", ui_text(session, none ? "focus.tooltip_none" : "focus.tooltip").c_str());
}

// The focus control at the right end of the tab bar's line, or on a line of its own above
// the tabs when the area is too narrow for both.
void place_focus_control(AppSession& session) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float tabs = 0.0f;
    for (const char* key : {"view.timeline", "view.network", "view.map", "view.pathway"})
        tabs += ImGui::CalcTextSize(ui_text(session, key).c_str()).x + style.FramePadding.x * 2.0f +
                style.ItemInnerSpacing.x;
    const float width = focus_control_width(session);
    const float available = ImGui::GetContentRegionAvail().x;
    if (tabs + width + ImGui::GetFontSize() * 2.0f > available) {
        draw_focus_control(session);
        return;
    }
    const ImVec2 start = ImGui::GetCursorPos();
    ImGui::SetCursorPos(ImVec2(start.x + available - width, start.y));
    draw_focus_control(session);
    ImGui::SetCursorPos(start);
}

// The main area: a tab per view (Timeline, Network, Map, Pathway), the chosen one drawn `height` pixels high.
// As with the lower tabs, a view chosen from outside (a key, the page's API) selects its tab
// once; a click on a tab makes it the state's view.
void draw_main_area(AppUi& ui, AppSession& session, float height) {
    const float top = ImGui::GetCursorPosY();
    place_focus_control(session);
    if (!ImGui::BeginTabBar("##main_views")) return;
    const bool select = ui.shown_main_view != session.state.view;
    const auto flags = [&](MainView view) {
        return select && session.state.view == view ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
    };
    std::optional<MainView> drawn;
    const auto body_height = [&] { return std::max(1.0f, height - (ImGui::GetCursorPosY() - top)); };
    ui.wants_frames = false;
    ui.background_ms = 0.0;
    // The tab itself is the last item right after BeginTabItem: its tooltip names the keys.
    const auto tab = [&](const char* key, MainView view) {
        const bool open = ImGui::BeginTabItem(ui_text(session, key).c_str(), nullptr, flags(view));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui_text(session, "view.keys").c_str());
        return open;
    };
    if (tab("view.timeline", MainView::Timeline)) {
        drawn = MainView::Timeline;
        draw_timeline(ui.timeline, session, ui.models, body_height());
        ImGui::EndTabItem();
    }
    if (tab("view.network", MainView::Network)) {
        drawn = MainView::Network;
        const ImVec2 size(ImGui::GetContentRegionAvail().x, body_height());
        ui.wants_frames = draw_network_view(ui.network, session, ui.models, size);
        ui.background_ms = ui.network.times.layout_ms;
        ImGui::EndTabItem();
    }
    if (tab("view.map", MainView::Map)) {
        drawn = MainView::Map;
        const ImVec2 size(ImGui::GetContentRegionAvail().x, body_height());
        draw_map_view(ui.map, session, ui.models, size);
        ImGui::EndTabItem();
    }
    if (tab("view.pathway", MainView::Pathway)) {
        drawn = MainView::Pathway;
        const ImVec2 size(ImGui::GetContentRegionAvail().x, body_height());
        draw_pathway_view(ui.pathway, session, ui.models, size);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
    if (drawn && (!select || drawn == session.state.view)) session.state.view = *drawn;
    ui.shown_main_view = drawn;
}

void draw_lower(AppUi& ui, AppSession& session) {
    draw_filter_bar(ui.filter_bar, session, ui.models);
    const float available = ImGui::GetContentRegionAvail().x;
    const float height = ImGui::GetContentRegionAvail().y;
    const float details_width = std::floor(available * ui.details_share);
    const float splitter = ImGui::GetFontSize() * 0.4f + ImGui::GetStyle().ItemSpacing.x * 2.0f;
    ImGui::BeginChild("##tables", ImVec2(std::max(1.0f, available - details_width - splitter), height));
    if (ImGui::BeginTabBar("##lower_tabs")) {
        // A tab chosen from outside (the page's API) is selected once; a click on a tab makes
        // it the state's tab.
        const bool select = ui.shown_tab != session.state.tab;
        const auto tab_flags = [&](LowerTab tab) {
            return select && session.state.tab == tab ? ImGuiTabItemFlags_SetSelected
                                                      : ImGuiTabItemFlags_None;
        };
        std::optional<LowerTab> drawn;
        if (ImGui::BeginTabItem(ui_text(session, "tab.entities").c_str(), nullptr,
                                tab_flags(LowerTab::Entities))) {
            drawn = LowerTab::Entities;
            draw_entity_table(ui.table, session, ui.models, ui.table_order);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(ui_text(session, "tab.figures").c_str(), nullptr,
                                tab_flags(LowerTab::Figures))) {
            drawn = LowerTab::Figures;
            draw_figures_panel(session, ui.models);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
        if (drawn && (!select || drawn == session.state.tab)) session.state.tab = *drawn;
        ui.shown_tab = drawn;
    }
    ImGui::EndChild();
    ImGui::SameLine();
    draw_splitter("##details_splitter", true, ui.details_share, available, height);
    ImGui::SameLine();
    ImGui::BeginChild("##details", ImVec2(0.0f, height));
    draw_details(ui.details, session, ui.history, ui.models);
    ImGui::EndChild();
}

}  // namespace

void draw_app(AppUi& ui, AppSession& session) {
    use_ui_theme_colours(session.state.theme);
    refresh_links(session);
    update_explorer_models(ui.models, *session.dataset, session.dataset_generation, session.strings,
                           session.state.language, session.state.filter, ui.table_order);
    if (ui.models.generation != ui.history_generation) {
        drop_missing(ui.history, *session.dataset);
        ui.history_generation = ui.models.generation;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags =
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
        ImGuiWindowFlags_MenuBar |  // saved: the entity table's columns persist with it
        ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("##main", nullptr, flags);
    handle_history_input(ui, session);
    draw_menu_bar(session);
    draw_dataset_header(ui.dataset_header, session);
    const float available = ImGui::GetContentRegionAvail().y;
    handle_view_keys(session);
    handle_focus_key(session);
    draw_main_area(ui, session, std::floor(available * ui.timeline_share));
    draw_splitter("##splitter", false, ui.timeline_share, available, 0.0f);
    ImGui::BeginChild("##lower");
    draw_lower(ui, session);
    ImGui::EndChild();
    ImGui::End();
    record_selection(ui.history, session.state.selected_id);  // whoever selected it
}

}  // namespace pe

// Implements the UI root (app_ui.h).
#include "app_ui.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui_fonts.h"
#include "ui_scale.h"
#include "ui_theme.h"

namespace pe {

void configure_ui(float content_scale, float framebuffer_scale) {
    const UiScale scale = compute_ui_scale(kBaseFontPixels, content_scale, framebuffer_scale);
    load_ui_fonts(scale.font_raster_pixels);
    ImGui::GetIO().FontGlobalScale = scale.font_global_scale;
    apply_ui_theme(scale.style_scale);
}

namespace {

const char* tr(const AppSession& session, const char* key) {
    return lookup(session.strings, key, session.state.language).c_str();
}

void draw_menu_bar(AppSession& session) {
    if (!ImGui::BeginMenuBar()) return;
    ImGui::TextUnformatted(tr(session, "app.title"));
    ImGui::Separator();
    ImGui::TextUnformatted(tr(session, "menu.language"));
    if (ImGui::RadioButton(tr(session, "menu.language.zh"), session.state.language == Language::Zh)) {
        session.state.language = Language::Zh;
    }
    if (ImGui::RadioButton(tr(session, "menu.language.en"), session.state.language == Language::En)) {
        session.state.language = Language::En;
    }
    ImGui::EndMenuBar();
}

// A horizontal bar between the timeline and the list; dragging it moves the share.
void draw_splitter(AppUi& ui, float total_height) {
    const float thickness = ImGui::GetFontSize() * 0.4f;
    ImGui::InvisibleButton("##splitter", ImVec2(-1.0f, thickness));
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemHovered() || active) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeNS);
    if (active && total_height > 0.0f) {
        ui.timeline_share =
            std::clamp(ui.timeline_share + ImGui::GetIO().MouseDelta.y / total_height, 0.2f, 0.85f);
    }
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const float mid = (min.y + max.y) * 0.5f;
    ImGui::GetWindowDrawList()->AddLine(
        ImVec2(min.x, mid), ImVec2(max.x, mid),
        ImGui::GetColorU32(active ? ImGuiCol_SeparatorActive : ImGuiCol_Separator), active ? 2.0f : 1.0f);
}

}  // namespace

void draw_app(AppUi& ui, AppSession& session) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("##main", nullptr, flags);
    draw_menu_bar(session);
    draw_dataset_header(ui.overview, session);
    const float available = ImGui::GetContentRegionAvail().y;
    draw_timeline(ui.timeline, session, std::floor(available * ui.timeline_share));
    draw_splitter(ui, available);
    ImGui::BeginChild("##lower");
    draw_entity_list(ui.overview, session);
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace pe

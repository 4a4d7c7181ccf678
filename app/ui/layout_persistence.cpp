// Implements the settings section (layout_persistence.h) with ImGui's settings handler API.
#include "layout_persistence.h"

#include <imgui.h>
#include <imgui_internal.h>  // ImGuiSettingsHandler

#include <string>

#include "session/layout_settings.h"

namespace pe {

namespace {

struct Binding {
    AppUi* ui = nullptr;
    AppSession* session = nullptr;
};
Binding g_binding;  // one UI per process; re-registering (tests) points it at the new one

void* read_open(ImGuiContext*, ImGuiSettingsHandler*, const char* name) {
    return std::string(name) == "Layout" ? &g_binding : nullptr;
}

void read_line(ImGuiContext*, ImGuiSettingsHandler*, void* entry, const char* line) {
    auto* binding = static_cast<Binding*>(entry);
    LayoutSettings settings{binding->ui->timeline_share, binding->ui->details_share,
                            binding->session->state.theme};
    if (!read_layout_setting(line, settings)) return;
    binding->ui->timeline_share = settings.timeline_share;
    binding->ui->details_share = settings.details_share;
    binding->session->state.theme = settings.theme;
}

void write_all(ImGuiContext*, ImGuiSettingsHandler* handler, ImGuiTextBuffer* out) {
    if (g_binding.ui == nullptr) return;
    const LayoutSettings settings{g_binding.ui->timeline_share, g_binding.ui->details_share,
                                  g_binding.session->state.theme};
    out->appendf("[%s][Layout]\n", handler->TypeName);
    out->append(write_layout_settings(settings).c_str());
    out->append("\n");
}

}  // namespace

void register_layout_settings(AppUi& ui, AppSession& session) {
    g_binding = Binding{&ui, &session};
    if (ImGui::FindSettingsHandler("PolicyExplorer") != nullptr) return;
    ImGuiSettingsHandler handler;
    handler.TypeName = "PolicyExplorer";
    handler.TypeHash = ImHashStr("PolicyExplorer");
    handler.ReadOpenFn = read_open;
    handler.ReadLineFn = read_line;
    handler.WriteAllFn = write_all;
    ImGui::AddSettingsHandler(&handler);
}

void mark_layout_changed() {
    ImGui::MarkIniSettingsDirty();
}

}  // namespace pe

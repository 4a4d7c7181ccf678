// Keeps the layout between runs inside ImGui's own settings text: a "[PolicyExplorer][Layout]"
// section (layout_settings.h) beside ImGui's table settings (column widths, order, sort).
// The platform loads the text at start and stores it when ImGui asks (io.WantSaveIniSettings).
#pragma once

#include "app_ui.h"
#include "session/app_session.h"

namespace pe {

// Call once after ImGui::CreateContext and before ImGui::LoadIniSettingsFromMemory; `ui` and
// `session` must outlive the context.
void register_layout_settings(AppUi& ui, AppSession& session);

// After the layout changed in a way ImGui does not see (a splitter, the theme).
void mark_layout_changed();

}  // namespace pe

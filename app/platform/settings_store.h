// Where the settings text (ImGui's, with the layout section: app/ui/layout_persistence.h)
// lives between runs. Natively a file in the user's config folder, written to a temporary
// file and renamed over the old one so a crash never leaves half a file; on the web the
// page's localStorage. Loading gives "" when nothing was stored or it cannot be read;
// storing failures are not fatal (the layout is a convenience) and are reported once.
#pragma once

#include <string>

namespace pe {

std::string load_settings_text();
void store_settings_text(const std::string& text);

}  // namespace pe

// A click on an entity in any view or list: selects it, or with Shift held and something else
// selected, makes it the second entity of "connect two things" (with nothing selected,
// Shift+click just selects).
#pragma once

#include <imgui.h>

#include <string>

#include "session/app_session.h"

namespace pe {

// Applies the click on entity `id` to the session's state (the rule is core's
// apply_entity_click, with ImGui's Shift key); returns whether it connected.
inline bool click_entity(AppSession& session, const std::string& id) {
    return apply_entity_click(session.state, *session.dataset, id, ImGui::GetIO().KeyShift) ==
           EntityClick::Connected;
}

}  // namespace pe

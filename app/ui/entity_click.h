// A click on an entity in a list (the entity table, the details panel): selects it, or with
// Shift held and something else selected, makes it the second entity of "connect two things"
// (with nothing selected, Shift+click just selects).
#pragma once

#include <imgui.h>

#include <string>

#include "session/app_session.h"

namespace pe {

// Applies the click on entity `id` to the session's state; returns whether it connected.
inline bool click_entity(AppSession& session, const std::string& id) {
    ViewState& state = session.state;
    if (ImGui::GetIO().KeyShift && !state.selected_id.empty() && state.selected_id != id) {
        connect_entity(state, *session.dataset, id);
        return true;
    }
    select_entity(state, *session.dataset, id);
    return false;
}

}  // namespace pe

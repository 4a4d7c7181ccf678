// The strip under the timeline that says what the selection is linked to: a marker when the
// selection itself has no date, how many dated linked items are highlighted, and the undated
// ones counted by type and listed as chips (a click selects, Shift+click connects). Core's
// timeline_linked decides what is listed and timeline_linked_strip where the chips go.
#pragma once

#include <imgui.h>

#include "session/app_session.h"
#include "timeline/timeline_linked.h"

namespace pe {

// The strip's height for the current font: a line of text and a row of chips.
float linked_strip_height();

// Draws the strip in [min, max) and applies a chip's click to the session's state.
void draw_linked_strip(AppSession& session, const TimelineLinked& linked, const ImVec2& min,
                       const ImVec2& max);

}  // namespace pe

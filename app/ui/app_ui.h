// The root of the UI: every view of the program, drawn once per frame from the session.
#pragma once

#include "app_session.h"
#include "overview_view.h"
#include "timeline_view.h"

namespace pe {

struct AppUi {
    OverviewView overview;
    TimelineView timeline;
    float timeline_share = 0.55f;  // of the height below the header; the splitter moves it
};

// Sets up fonts and theme for the screen (see ui_scale.h); call again when it changes.
// The caller re-uploads the font texture afterwards.
void configure_ui(float content_scale, float framebuffer_scale);

// Draws one frame's worth of ImGui calls (between ImGui::NewFrame and ImGui::Render).
void draw_app(AppUi& ui, AppSession& session);

}  // namespace pe

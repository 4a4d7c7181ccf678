// The frame loop both platforms share (GLFW + OpenGL 3 / WebGL2): decides whether a frame
// is due (core's decide_frame), draws it, and keeps the session's frame statistics.
// What differs per platform (waiting, canvas size, the page's API) stays in native/ and web/.
#pragma once

#include "app_ui.h"
#include "display/frame_pacing.h"
#include "session/app_session.h"

struct GLFWwindow;

namespace pe {

struct FrameLoop {
    GLFWwindow* window = nullptr;
    AppSession session;
    AppUi ui;
    float content_scale = 1.0f;
    float framebuffer_scale = 1.0f;
    int framebuffer_width = 0;
    int framebuffer_height = 0;
    double last_change_time = 0.0;
    double last_draw_time = 0.0;
    int frames_since_change = 0;
    bool external_change = true;  // data loaded or selection set from outside ImGui
    double fonts_ms = 0.0;        // how long init_frame_loop spent building the font atlas
};

// Creates the ImGui context and backends for `window` (its GL context current).
bool init_frame_loop(FrameLoop& loop, GLFWwindow* window, const char* glsl_version, float content_scale);

// Call when the screen's pixel ratio changes: rebuilds fonts and style at the new scale.
void set_content_scale(FrameLoop& loop, float content_scale);

// Whether to draw now, from what happened since the last frame.
FramePacingDecision pace_frame(FrameLoop& loop, double now);

// Draws and presents one frame, recording its CPU time.
void draw_frame(FrameLoop& loop, double now);

// Stores the settings text now (ImGui asks by itself a few seconds after a change; the page
// also calls this when it is hidden or closed).
void save_settings(FrameLoop& loop);

void shutdown_frame_loop(FrameLoop& loop);

}  // namespace pe

// The decision "draw a frame now or stay idle", as a pure function of what happened since
// the last frame. Both platforms call it every tick; nothing here knows about GLFW or the web.
#pragma once

namespace pe {

struct FramePacingInput {
    bool input_events_pending = false;       // mouse, keys, text, focus: anything ImGui has queued
    bool display_changed = false;            // canvas/window size or pixel ratio changed
    bool data_changed = false;               // a dataset was loaded, a selection came from outside
    bool animation_running = false;          // a view asked for frames (e.g. a smooth zoom)
    bool text_input_active = false;          // a text field has focus: its caret blinks
    double seconds_since_last_change = 0.0;  // since the last input/display/data change
    double seconds_since_last_draw = 0.0;
    int frames_since_last_change = 0;  // frames drawn since that change
};

struct FramePacingDecision {
    bool draw = false;
    // How long the native loop may sleep waiting for events before asking again;
    // negative means "until an event arrives".
    double wait_seconds = -1.0;
};

// ImGui settles over a few frames after a change (hover state, window auto-fit, delayed
// tooltips), so keep drawing briefly after the last change, then stop completely.
inline constexpr int kSettleFrames = 3;
inline constexpr double kSettleSeconds = 0.5;
inline constexpr double kCaretBlinkSeconds = 0.5;

FramePacingDecision decide_frame(const FramePacingInput& input);

}  // namespace pe

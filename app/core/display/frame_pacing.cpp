// Implements decide_frame (frame_pacing.h).
#include "display/frame_pacing.h"

#include <algorithm>

namespace pe {

FramePacingDecision decide_frame(const FramePacingInput& input) {
    FramePacingDecision decision;
    const bool changed = input.input_events_pending || input.display_changed || input.data_changed;
    const bool settling =
        input.frames_since_last_change < kSettleFrames || input.seconds_since_last_change < kSettleSeconds;
    if (changed || settling || input.animation_running) {
        decision.draw = true;
        decision.wait_seconds = 0.0;
        return decision;
    }
    if (input.text_input_active) {
        const double until_blink = kCaretBlinkSeconds - input.seconds_since_last_draw;
        decision.draw = until_blink <= 0.0;
        decision.wait_seconds = decision.draw ? 0.0 : std::max(0.0, until_blink);
        return decision;
    }
    return decision;
}

}  // namespace pe

#include "display/frame_pacing.h"

#include <gtest/gtest.h>

namespace pe {
namespace {

FramePacingInput idle() {
    FramePacingInput input;
    input.seconds_since_last_change = 10.0;
    input.seconds_since_last_draw = 10.0;
    input.frames_since_last_change = 100;
    return input;
}

TEST(FramePacing, IdleProgramDoesNotDrawAndWaitsForEvents) {
    const FramePacingDecision decision = decide_frame(idle());
    EXPECT_FALSE(decision.draw);
    EXPECT_LT(decision.wait_seconds, 0.0);
}

TEST(FramePacing, EachKindOfChangeDraws) {
    FramePacingInput input = idle();
    input.input_events_pending = true;
    EXPECT_TRUE(decide_frame(input).draw);
    input = idle();
    input.display_changed = true;
    EXPECT_TRUE(decide_frame(input).draw);
    input = idle();
    input.data_changed = true;
    EXPECT_TRUE(decide_frame(input).draw);
    input = idle();
    input.animation_running = true;
    EXPECT_TRUE(decide_frame(input).draw);
}

TEST(FramePacing, KeepsDrawingWhileSettlingAfterAChange) {
    FramePacingInput input = idle();
    input.frames_since_last_change = kSettleFrames - 1;
    EXPECT_TRUE(decide_frame(input).draw);
    input = idle();
    input.frames_since_last_change = kSettleFrames;
    input.seconds_since_last_change = kSettleSeconds - 0.01;
    EXPECT_TRUE(decide_frame(input).draw);
    input.seconds_since_last_change = kSettleSeconds;
    EXPECT_FALSE(decide_frame(input).draw);
}

TEST(FramePacing, ActiveTextFieldRedrawsOnlyForTheCaretBlink) {
    FramePacingInput input = idle();
    input.text_input_active = true;
    input.seconds_since_last_draw = 0.2;
    FramePacingDecision decision = decide_frame(input);
    EXPECT_FALSE(decision.draw);
    EXPECT_NEAR(decision.wait_seconds, kCaretBlinkSeconds - 0.2, 1e-9);
    input.seconds_since_last_draw = kCaretBlinkSeconds;
    decision = decide_frame(input);
    EXPECT_TRUE(decision.draw);
}

TEST(FramePacing, AnIdleMinuteAtSixtyTicksASecondDrawsNoFrameAfterSettling) {
    // Simulates the web loop: one tick per animation frame, one change at t=0.
    int drawn = 0;
    int frames_since_change = 0;
    for (int tick = 0; tick < 3600; ++tick) {
        FramePacingInput input;
        input.data_changed = tick == 0;
        input.seconds_since_last_change = tick / 60.0;
        input.seconds_since_last_draw = 1.0 / 60.0;
        input.frames_since_last_change = frames_since_change;
        if (decide_frame(input).draw) {
            ++drawn;
            ++frames_since_change;
        }
    }
    EXPECT_EQ(drawn, 30);  // kSettleSeconds of frames at 60 Hz, then nothing
}

}  // namespace
}  // namespace pe

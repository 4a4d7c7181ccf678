// The undated linked items' chips: all of them when they fit, in order and wrapping onto
// the rows allowed; otherwise the first ones and a "+N more" chip that always has room.
#include "timeline/timeline_linked_strip.h"

#include <gtest/gtest.h>

namespace pe {
namespace {

// "+N more" is 50 px for one digit, 58 for two.
float more_width(std::size_t n) {
    return n < 10 ? 50.0f : 58.0f;
}

LinkedStripParams strip(float width, std::size_t rows, float lead = 0.0f) {
    LinkedStripParams p;
    p.left = 100.0f;
    p.width = width;
    p.lead = lead;
    p.gap = 10.0f;
    p.rows = rows;
    return p;
}

TEST(LinkedStrip, EverythingThatFitsIsPlacedInOrderAfterTheLead) {
    const LinkedStripLayout out =
        layout_linked_strip({40.0f, 60.0f, 30.0f}, more_width, strip(300.0f, 1, 20.0f));
    ASSERT_EQ(out.chips.size(), 3u);
    EXPECT_EQ(out.more, 0u);
    EXPECT_FLOAT_EQ(out.chips[0].x0, 120.0f);
    EXPECT_FLOAT_EQ(out.chips[0].x1, 160.0f);
    EXPECT_FLOAT_EQ(out.chips[1].x0, 170.0f);
    EXPECT_FLOAT_EQ(out.chips[2].x0, 240.0f);
    EXPECT_FLOAT_EQ(out.chips[2].x1, 270.0f);
    for (const LinkedStripChip& chip : out.chips) EXPECT_EQ(chip.row, 0u);
}

TEST(LinkedStrip, AChipExactlyReachingTheRightEdgeFits) {
    const LinkedStripLayout out = layout_linked_strip({90.0f, 100.0f}, more_width, strip(200.0f, 1));
    EXPECT_EQ(out.chips.size(), 2u);  // 100 + 90 + 10 + 100 = 300 = the right edge
    EXPECT_EQ(out.more, 0u);
}

TEST(LinkedStrip, TheMoreChipKeepsRoomOnTheLastRow) {
    // 5 chips of 80 in 300 px: three would fit (80+10+80+10+80 = 260), but then "+2 more"
    // (50) would not; so two chips and "+3 more".
    const LinkedStripLayout out =
        layout_linked_strip(std::vector<float>(5, 80.0f), more_width, strip(300.0f, 1));
    ASSERT_EQ(out.chips.size(), 2u);
    EXPECT_EQ(out.more, 3u);
    EXPECT_FLOAT_EQ(out.more_chip.x0, 280.0f);
    EXPECT_FLOAT_EQ(out.more_chip.x1, 330.0f);
    EXPECT_LE(out.more_chip.x1, 400.0f);
}

TEST(LinkedStrip, ChipsWrapOntoTheRowsAllowedAndKeepTheirOrder) {
    // Row 0: 80 + 80 (170 px); row 1: the rest do not all fit: 80, 80 and "+2 more".
    const LinkedStripLayout out =
        layout_linked_strip(std::vector<float>(6, 80.0f), more_width, strip(250.0f, 2));
    ASSERT_EQ(out.chips.size(), 4u);
    EXPECT_EQ(out.chips[0].row, 0u);
    EXPECT_EQ(out.chips[1].row, 0u);
    EXPECT_EQ(out.chips[2].row, 1u);
    EXPECT_FLOAT_EQ(out.chips[2].x0, 100.0f);
    EXPECT_EQ(out.chips[3].item, 3u);
    EXPECT_EQ(out.more, 2u);
    EXPECT_EQ(out.more_chip.row, 1u);
    EXPECT_FLOAT_EQ(out.more_chip.x0, 280.0f);
    EXPECT_LE(out.more_chip.x1, 350.0f);
}

TEST(LinkedStrip, AWideChipStopsTheStripNoSmallerOneSkipsAhead) {
    const LinkedStripLayout out =
        layout_linked_strip({50.0f, 500.0f, 20.0f, 20.0f}, more_width, strip(300.0f, 1));
    ASSERT_EQ(out.chips.size(), 1u);
    EXPECT_EQ(out.more, 3u);
    EXPECT_FLOAT_EQ(out.more_chip.x0, 160.0f);
}

TEST(LinkedStrip, NoChipsNoMore) {
    const LinkedStripLayout out = layout_linked_strip({}, more_width, strip(300.0f, 2));
    EXPECT_TRUE(out.chips.empty());
    EXPECT_EQ(out.more, 0u);
}

TEST(LinkedStrip, ChipsAreMeasuredOnlyUntilTheRowsAreFull) {
    std::vector<std::size_t> measured;
    const auto measure = [&](std::size_t i) {
        measured.push_back(i);
        return 40.0f;
    };
    // 2 rows of 100 px, 40 px chips and 10 px gaps: 50 px each, measuring stops past 200 px.
    const std::vector<float> widths = linked_chip_widths(1000, measure, strip(100.0f, 2));
    ASSERT_EQ(widths.size(), 1000u);
    EXPECT_EQ(measured.size(), 5u);
    EXPECT_EQ(measured.front(), 0u);
    EXPECT_EQ(measured.back(), 4u);
    EXPECT_FLOAT_EQ(widths[4], 40.0f);
    EXPECT_GT(widths[5], 100.0f);  // never fits
    // The layout from these widths is the one from measuring every chip.
    const LinkedStripLayout lazy = layout_linked_strip(widths, more_width, strip(100.0f, 2));
    const LinkedStripLayout whole =
        layout_linked_strip(std::vector<float>(1000, 40.0f), more_width, strip(100.0f, 2));
    ASSERT_EQ(lazy.chips.size(), whole.chips.size());
    EXPECT_EQ(lazy.more, whole.more);
    EXPECT_FLOAT_EQ(lazy.more_chip.x0, whole.more_chip.x0);
}

}  // namespace
}  // namespace pe

#include "display/frame_stats.h"

#include <gtest/gtest.h>

namespace pe {
namespace {

TEST(FrameStats, EmptyIsZero) {
    FrameStats stats;
    EXPECT_EQ(median_frame_ms(stats), 0.0);
    EXPECT_EQ(p95_frame_ms(stats), 0.0);
    EXPECT_EQ(stats.frame_count, 0u);
}

TEST(FrameStats, MedianAndP95ByNearestRank) {
    FrameStats stats;
    for (int ms = 1; ms <= 100; ++ms) record_frame(stats, ms);
    EXPECT_EQ(median_frame_ms(stats), 50.0);
    EXPECT_EQ(p95_frame_ms(stats), 95.0);
    EXPECT_EQ(stats.frame_count, 100u);
}

TEST(FrameStats, WindowKeepsOnlyTheLastFrames) {
    FrameStats stats;
    stats.capacity = 4;
    for (double ms : {100.0, 100.0, 100.0, 100.0, 1.0, 2.0, 3.0, 4.0}) record_frame(stats, ms);
    EXPECT_EQ(stats.recent_ms.size(), 4u);
    EXPECT_EQ(median_frame_ms(stats), 2.0);
    EXPECT_EQ(p95_frame_ms(stats), 4.0);
    EXPECT_EQ(stats.frame_count, 8u);
}

TEST(Quantile, ClampsAndHandlesSingleValues) {
    EXPECT_EQ(quantile({7.0}, 0.5), 7.0);
    EXPECT_EQ(quantile({3.0, 1.0, 2.0}, 0.0), 1.0);
    EXPECT_EQ(quantile({3.0, 1.0, 2.0}, 1.5), 3.0);
}

}  // namespace
}  // namespace pe

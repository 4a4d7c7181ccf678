// The district fill's spans: a square, a concave "U" (two spans on its arms' rows), a ring
// with a hole (even-odd), and nothing outside the rows asked for.
#include <gtest/gtest.h>

#include "map/map_fill.h"

namespace pe {
namespace {

float covered(const std::vector<MapSpan>& spans, float row_px) {
    float area = 0.0f;
    for (const MapSpan& s : spans) area += (s.right - s.left) * row_px;
    return area;
}

TEST(MapFill, ASquareIsItsRowsFromEdgeToEdge) {
    const std::vector<std::vector<MapPixel>> square = {{{10, 10}, {50, 10}, {50, 30}, {10, 30}}};
    const auto spans = map_fill_spans(square, 0.0f, 100.0f, 2.0f);
    ASSERT_EQ(spans.size(), 10u);
    EXPECT_FLOAT_EQ(spans.front().top, 10.0f);
    EXPECT_FLOAT_EQ(spans.front().left, 10.0f);
    EXPECT_FLOAT_EQ(spans.front().right, 50.0f);
    EXPECT_FLOAT_EQ(covered(spans, 2.0f), 800.0f);
}

TEST(MapFill, AConcaveShapeHasTwoSpansWhereItsArmsAre) {
    // A "U": arms at x 0..10 and 30..40 from y 0 to 20, joined by a base from y 20 to 30.
    const std::vector<std::vector<MapPixel>> u = {
        {{0, 0}, {10, 0}, {10, 20}, {30, 20}, {30, 0}, {40, 0}, {40, 30}, {0, 30}}};
    const auto spans = map_fill_spans(u, 0.0f, 30.0f, 1.0f);
    std::size_t row5 = 0;
    for (const MapSpan& s : spans) row5 += s.top == 5.0f ? 1 : 0;
    EXPECT_EQ(row5, 2u);
    EXPECT_FLOAT_EQ(covered(spans, 1.0f), 10 * 20 * 2 + 40 * 10);
}

TEST(MapFill, AHoleIsLeftOutAndRowsOutsideTheRangeAreNotMade) {
    const std::vector<std::vector<MapPixel>> ring = {{{0, 0}, {40, 0}, {40, 40}, {0, 40}},
                                                     {{10, 10}, {30, 10}, {30, 30}, {10, 30}}};
    EXPECT_FLOAT_EQ(covered(map_fill_spans(ring, 0.0f, 40.0f, 1.0f), 1.0f), 1600.0f - 400.0f);
    const auto clipped = map_fill_spans(ring, 20.0f, 25.0f, 1.0f);
    for (const MapSpan& s : clipped) {
        EXPECT_GE(s.top, 20.0f);
        EXPECT_LT(s.top, 25.0f);
    }
    EXPECT_EQ(clipped.size(), 10u);  // 5 rows, each cut in two by the hole
    EXPECT_TRUE(map_fill_spans(ring, 0.0f, 40.0f, 0.0f).empty());
}

}  // namespace
}  // namespace pe

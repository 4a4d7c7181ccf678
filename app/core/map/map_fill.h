// Filling a district's outline on screen: ImGui 1.90 fills only convex polygons, and district
// outlines are not convex, so the fill is cut into horizontal spans (even-odd over every ring,
// islands and holes included) that the view draws as thin rectangles.
#pragma once

#include <vector>

#include "map/map_labels.h"

namespace pe {

struct MapSpan {
    float top = 0.0f;  // the row's top; the span covers [top, top + row_px)
    float left = 0.0f;
    float right = 0.0f;
};

// The spans of the rings' inside sampled at each row's middle, rows `row_px` high from `top`
// down to `bottom` (the visible part of the screen); O(edges + spans).
std::vector<MapSpan> map_fill_spans(const std::vector<std::vector<MapPixel>>& rings, float top, float bottom,
                                    float row_px);

}  // namespace pe

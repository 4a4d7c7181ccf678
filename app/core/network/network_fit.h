// The network's first view and the camera's rules: the components of a finished layout
// re-packed to the viewport's shape (so the network fills it instead of a square in its
// middle), the camera that fits a layout, and the move that brings an entity on screen.
// Pure functions of values; the view decides when to call them (network_view.cpp).
#pragma once

#include "network/network_camera.h"
#include "network/network_graph.h"
#include "network/network_layout.h"

namespace pe {

// `layout` with its components (graph.component) re-packed in shelves for a viewport of
// `aspect` (width / height): each component is moved as a whole, and turned a quarter turn
// when its bounds are long the other way from the viewport; the shelves, tallest component
// first, take the row width (of those tried) whose packing fits the aspect at the largest
// scale. `gap` world units separate the components. Deterministic: the same input, the same bits.
NetworkLayout pack_for_viewport(const NetworkGraph& graph, const NetworkLayout& layout, double aspect,
                                double gap);

// The camera showing the whole layout with `margin` pixels free on every side, and a band of
// `reserved_right` pixels on the right (under the legend) left free too (when the viewport is
// wide enough: never more than half its width).
NetworkCamera fit_network(const NetworkLayout& layout, const NetworkViewport& viewport, double margin,
                          double reserved_right = 0.0);

// The camera that shows world point (x, y): `camera` itself when the point lies inside the
// viewport shrunk by `margin` pixels, else the same zoom centred on the point.
NetworkCamera camera_showing(const NetworkCamera& camera, const NetworkViewport& viewport, double x, double y,
                             double margin);

}  // namespace pe

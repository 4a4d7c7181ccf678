// The network view's camera: which world point is at the viewport's centre and how many
// pixels a world unit takes, with the moves a person makes (zoom at the cursor, pan by
// pixels, fit bounds), clamped to a range of scales. Pure functions of values; no layout
// (network_layout.h) and no culling (network_grid.h).
#pragma once

#include "network/network_layout.h"

namespace pe {

struct NetworkViewport {
    double left = 0.0, top = 0.0;  // screen pixels
    double width = 1.0, height = 1.0;
};

struct NetworkCamera {
    double centre_x = 0.0, centre_y = 0.0;  // world units at the viewport's centre
    double scale = 1.0;                     // pixels per world unit
};

struct CameraLimits {
    double min_scale = 1e-4;
    double max_scale = 16.0;
};

struct ScreenPoint {
    double x = 0.0, y = 0.0;
};

// (inline: the frame model maps every drawn node and edge end with it)
inline ScreenPoint world_to_screen(const NetworkCamera& camera, const NetworkViewport& viewport, double x,
                                   double y) {
    return ScreenPoint{(x - camera.centre_x) * camera.scale + viewport.left + viewport.width * 0.5,
                       (y - camera.centre_y) * camera.scale + viewport.top + viewport.height * 0.5};
}
ScreenPoint screen_to_world(const NetworkCamera& camera, const NetworkViewport& viewport, double sx,
                            double sy);

// The world rectangle the viewport shows.
NetworkBounds visible_world(const NetworkCamera& camera, const NetworkViewport& viewport);

// Zooms by `factor` (> 1 zooms in) keeping the world point under (sx, sy) under it; the
// scale is clamped to the limits (the point stays fixed even then).
NetworkCamera zoom_at(const NetworkCamera& camera, const NetworkViewport& viewport, double sx, double sy,
                      double factor, const CameraLimits& limits = {});

// The camera after the content was dragged (dx, dy) pixels.
NetworkCamera pan_by_pixels(const NetworkCamera& camera, double dx, double dy);

// The camera that shows `bounds` whole with `margin` pixels free on every side (a single
// point or empty bounds: centred at max_scale's 1/4 or the limit), clamped.
NetworkCamera fit_bounds(const NetworkBounds& bounds, const NetworkViewport& viewport, double margin,
                         const CameraLimits& limits = {});

}  // namespace pe

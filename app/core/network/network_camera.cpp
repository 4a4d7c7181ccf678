// The camera's maps between world and screen and its zoom, pan and fit.
#include "network/network_camera.h"

#include <algorithm>

namespace pe {

namespace {

double clamp_scale(double scale, const CameraLimits& limits) {
    return std::min(std::max(scale, limits.min_scale), limits.max_scale);
}

}  // namespace

ScreenPoint screen_to_world(const NetworkCamera& camera, const NetworkViewport& viewport, double sx,
                            double sy) {
    return ScreenPoint{(sx - viewport.left - viewport.width * 0.5) / camera.scale + camera.centre_x,
                       (sy - viewport.top - viewport.height * 0.5) / camera.scale + camera.centre_y};
}

NetworkBounds visible_world(const NetworkCamera& camera, const NetworkViewport& viewport) {
    const ScreenPoint a = screen_to_world(camera, viewport, viewport.left, viewport.top);
    const ScreenPoint b =
        screen_to_world(camera, viewport, viewport.left + viewport.width, viewport.top + viewport.height);
    return NetworkBounds{a.x, a.y, b.x, b.y};
}

NetworkCamera zoom_at(const NetworkCamera& camera, const NetworkViewport& viewport, double sx, double sy,
                      double factor, const CameraLimits& limits) {
    const ScreenPoint anchor = screen_to_world(camera, viewport, sx, sy);
    NetworkCamera out = camera;
    out.scale = clamp_scale(camera.scale * factor, limits);
    // Keep `anchor` under (sx, sy): sx = (anchor.x - centre_x) * scale + middle.
    out.centre_x = anchor.x - (sx - viewport.left - viewport.width * 0.5) / out.scale;
    out.centre_y = anchor.y - (sy - viewport.top - viewport.height * 0.5) / out.scale;
    return out;
}

NetworkCamera pan_by_pixels(const NetworkCamera& camera, double dx, double dy) {
    NetworkCamera out = camera;
    out.centre_x -= dx / camera.scale;
    out.centre_y -= dy / camera.scale;
    return out;
}

NetworkCamera fit_bounds(const NetworkBounds& bounds, const NetworkViewport& viewport, double margin,
                         const CameraLimits& limits) {
    NetworkCamera out;
    out.centre_x = (bounds.min_x + bounds.max_x) * 0.5;
    out.centre_y = (bounds.min_y + bounds.max_y) * 0.5;
    const double w = bounds.max_x - bounds.min_x, h = bounds.max_y - bounds.min_y;
    const double room_x = std::max(viewport.width - 2.0 * margin, 1.0);
    const double room_y = std::max(viewport.height - 2.0 * margin, 1.0);
    if (w <= 0.0 && h <= 0.0) {
        out.scale = clamp_scale(limits.max_scale * 0.25, limits);
        return out;
    }
    const double sx = w > 0.0 ? room_x / w : limits.max_scale, sy = h > 0.0 ? room_y / h : limits.max_scale;
    out.scale = clamp_scale(std::min(sx, sy), limits);
    return out;
}

}  // namespace pe

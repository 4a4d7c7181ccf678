// The camera's maths (map_camera.h): km to pixels and back, zoom at the cursor, pan, fit,
// and the scale bar's nice length.
#include "map/map_camera.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace pe {

MapScreenPoint map_to_screen(const MapCamera& camera, const MapViewport& viewport, MapPoint point) {
    return MapScreenPoint{
        viewport.left + viewport.width * 0.5 + (point.x - camera.centre.x) * camera.px_per_km,
        viewport.top + viewport.height * 0.5 - (point.y - camera.centre.y) * camera.px_per_km};
}

MapPoint screen_to_map(const MapCamera& camera, const MapViewport& viewport, MapScreenPoint point) {
    return MapPoint{camera.centre.x + (point.x - viewport.left - viewport.width * 0.5) / camera.px_per_km,
                    camera.centre.y - (point.y - viewport.top - viewport.height * 0.5) / camera.px_per_km};
}

MapCamera clamp_camera(MapCamera camera, const MapCameraLimits& limits) {
    if (!(camera.px_per_km > 0.0)) camera.px_per_km = limits.min_px_per_km;  // also NaN
    camera.px_per_km = std::clamp(camera.px_per_km, limits.min_px_per_km, limits.max_px_per_km);
    return camera;
}

MapCamera zoom_at(const MapCamera& camera, const MapViewport& viewport, MapScreenPoint cursor, double factor,
                  const MapCameraLimits& limits) {
    if (!(factor > 0.0)) return camera;
    const MapPoint anchor = screen_to_map(camera, viewport, cursor);
    MapCamera out = camera;
    out.px_per_km = camera.px_per_km * factor;
    out = clamp_camera(out, limits);
    // Put the anchor back under the cursor: centre = anchor - (cursor - viewport centre) / scale.
    out.centre.x = anchor.x - (cursor.x - viewport.left - viewport.width * 0.5) / out.px_per_km;
    out.centre.y = anchor.y + (cursor.y - viewport.top - viewport.height * 0.5) / out.px_per_km;
    return out;
}

MapCamera pan_by_pixels(const MapCamera& camera, double dx, double dy) {
    MapCamera out = camera;
    out.centre.x -= dx / camera.px_per_km;
    out.centre.y += dy / camera.px_per_km;
    return out;
}

MapCamera fit_bounds(const MapCamera& camera, const MapBounds& bounds, const MapViewport& viewport,
                     double margin, const MapCameraLimits& limits) {
    if (bounds.empty) return camera;
    MapCamera out;
    out.centre = MapPoint{(bounds.min_x + bounds.max_x) * 0.5, (bounds.min_y + bounds.max_y) * 0.5};
    const double inner_w = std::max(1.0, viewport.width - 2.0 * margin);
    const double inner_h = std::max(1.0, viewport.height - 2.0 * margin);
    const double span_x = bounds.max_x - bounds.min_x;
    const double span_y = bounds.max_y - bounds.min_y;
    double scale = limits.max_px_per_km;
    if (span_x > 0.0) scale = std::min(scale, inner_w / span_x);
    if (span_y > 0.0) scale = std::min(scale, inner_h / span_y);
    out.px_per_km = scale;
    return clamp_camera(out, limits);
}

ScaleBar choose_scale_bar(double px_per_km, double max_px) {
    // 1, 2 and 5 × 10^k km from 1 m to 5000 km, written out so each is the nearest double.
    static constexpr std::array<double, 21> kLengths = {0.001, 0.002, 0.005, 0.01,  0.02,   0.05,   0.1,
                                                        0.2,   0.5,   1.0,   2.0,   5.0,    10.0,   20.0,
                                                        50.0,  100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0};
    double km = kLengths.front();
    for (const double length : kLengths) {
        if (length * px_per_km <= max_px) km = length;
    }
    return ScaleBar{km, km * px_per_km};
}

std::string scale_bar_label(double km) {
    if (km >= 1.0) return std::to_string(static_cast<long long>(std::llround(km))) + " km";
    return std::to_string(static_cast<long long>(std::llround(km * 1000.0))) + " m";
}

}  // namespace pe

// The map's camera: which projected point is at the viewport's centre and how many pixels a
// km takes; km to screen pixels and back (screen y grows downwards, north is up), and the
// moves a person makes (zoom at the cursor, pan by pixels, fit a box), clamped to limits.
// No drawing and no items here (map_frame.h).
#pragma once

#include <string>

#include "map/map_projection.h"

namespace pe {

// A rectangle of the screen in pixels.
struct MapViewport {
    double left = 0.0;
    double top = 0.0;
    double width = 1.0;
    double height = 1.0;
};

struct MapCamera {
    MapPoint centre;  // the projected point (km) at the viewport's centre
    double px_per_km = 4.0;
};

struct MapCameraLimits {
    double min_px_per_km = 0.5;     // the most zoomed out: 0.5 px per km (Beijing ~80 px across)
    double max_px_per_km = 2000.0;  // the most zoomed in: 2 px per metre
};

struct MapScreenPoint {
    double x = 0.0;
    double y = 0.0;
};

MapScreenPoint map_to_screen(const MapCamera& camera, const MapViewport& viewport, MapPoint point);
MapPoint screen_to_map(const MapCamera& camera, const MapViewport& viewport, MapScreenPoint point);

// The camera with px_per_km clamped to the limits (the centre is kept).
MapCamera clamp_camera(MapCamera camera, const MapCameraLimits& limits);

// Zooms by `factor` (> 1 zooms in) keeping the map point under `cursor` under it (unless the
// limits stop the zoom, then as far as they allow).
MapCamera zoom_at(const MapCamera& camera, const MapViewport& viewport, MapScreenPoint cursor, double factor,
                  const MapCameraLimits& limits);

// The camera after the content was dragged by (dx, dy) pixels.
MapCamera pan_by_pixels(const MapCamera& camera, double dx, double dy);

// The camera that shows `bounds` whole in the viewport with `margin` pixels free on each
// side, centred; a box of one point is shown at the zoom's upper limit, an empty box changes nothing.
MapCamera fit_bounds(const MapCamera& camera, const MapBounds& bounds, const MapViewport& viewport,
                     double margin, const MapCameraLimits& limits);

// The bar of the scale: the longest "nice" length (1, 2 or 5 × 10^k km) whose bar is at most
// `max_px` wide at this zoom, and its width in pixels.
struct ScaleBar {
    double km = 1.0;
    double px = 0.0;
};

ScaleBar choose_scale_bar(double px_per_km, double max_px);

// The scale's label: "20 km", "1 km", "500 m" (units are the same in both languages).
std::string scale_bar_label(double km);

}  // namespace pe

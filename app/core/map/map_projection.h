// The map's projection: equirectangular centred on Beijing, x = R·Δλ·cos φ0 and y = R·Δφ in
// km (x east, y north), which keeps distances true to well under 1% across the city; its
// inverse; the great-circle distance to check it; and boxes of projected points.
// No camera (map_camera.h) and no pixels.
#pragma once

namespace pe {

inline constexpr double kEarthRadiusKm = 6371.0088;  // the mean radius (IUGG)

struct GeoCoord {
    double lon = 0.0;  // degrees east
    double lat = 0.0;  // degrees north
};

// A projected point in km from the projection's centre: x east, y north.
struct MapPoint {
    double x = 0.0;
    double y = 0.0;
};

struct MapProjection {
    GeoCoord centre;
    double km_per_deg_lon = 1.0;  // R·cos φ0·π/180
    double km_per_deg_lat = 1.0;  // R·π/180
};

// Centred on (116.40 E, 39.90 N) with cos φ0 written as a constant, so the projection is
// the same bits in every build whatever the libm.
MapProjection beijing_projection();

// Any centre; calls std::cos once (here, not per point).
MapProjection make_projection(GeoCoord centre);

MapPoint project(const MapProjection& projection, GeoCoord coord);
GeoCoord unproject(const MapProjection& projection, MapPoint point);

// The distance along the sphere of radius kEarthRadiusKm (haversine; std::sin, std::cos,
// std::asin, std::sqrt): a reference for tests and for stated distances, not used per frame.
double great_circle_km(GeoCoord a, GeoCoord b);

// The straight distance between two projected points.
double map_distance_km(MapPoint a, MapPoint b);

// A box of projected points; `empty` until a point is added.
struct MapBounds {
    bool empty = true;
    double min_x = 0.0, min_y = 0.0, max_x = 0.0, max_y = 0.0;
};

void extend(MapBounds& bounds, MapPoint point);
void extend(MapBounds& bounds, const MapBounds& other);

}  // namespace pe

// Hit testing on the map (map_hit_test.h): circles for members and markers, even-odd point
// in polygon for districts (after a box test).
#include "map/map_hit_test.h"

namespace pe {

bool rings_contain(const std::vector<std::vector<MapPoint>>& rings, MapPoint point) {
    bool inside = false;
    for (const auto& ring : rings) {
        const std::size_t n = ring.size();
        for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
            const MapPoint a = ring[i];
            const MapPoint b = ring[j];
            if ((a.y > point.y) != (b.y > point.y) &&
                point.x < a.x + (b.x - a.x) * (point.y - a.y) / (b.y - a.y)) {
                inside = !inside;
            }
        }
    }
    return inside;
}

std::optional<std::size_t> district_at(const MapScene& scene, MapPoint point) {
    for (std::size_t d = 0; d < scene.districts.size(); ++d) {
        const MapBounds& box = scene.districts[d].bounds;
        if (box.empty || point.x < box.min_x || point.x > box.max_x || point.y < box.min_y ||
            point.y > box.max_y) {
            continue;
        }
        if (rings_contain(scene.districts[d].rings, point)) return d;
    }
    return std::nullopt;
}

namespace {

// Squared distance when within `reach`, else a negative number.
double within(MapPixel centre, ScreenPoint cursor, double reach) {
    const double dx = cursor.x - static_cast<double>(centre.x);
    const double dy = cursor.y - static_cast<double>(centre.y);
    const double d2 = dx * dx + dy * dy;
    return d2 <= reach * reach ? d2 : -1.0;
}

}  // namespace

MapHit hit_test_map(const MapScene& scene, const MapFrame& frame, const MapFrameParams& params,
                    ScreenPoint cursor, float slop) {
    MapHit hit;
    if (frame.no_geography) return hit;
    double best = -1.0;
    for (std::size_t i = 0; i < frame.members.size(); ++i) {
        const double d2 =
            within(frame.members[i].at, cursor, static_cast<double>(frame.members[i].radius + slop));
        if (d2 >= 0.0 && (best < 0.0 || d2 <= best)) {
            best = d2;
            hit = MapHit{MapHitKind::Member, i, true, frame.members[i].entity};
        }
    }
    if (hit.kind != MapHitKind::None) return hit;
    for (std::size_t i = 0; i < frame.markers.size(); ++i) {
        const double d2 =
            within(frame.markers[i].at, cursor, static_cast<double>(frame.markers[i].radius + slop));
        if (d2 >= 0.0 && (best < 0.0 || d2 <= best)) {
            best = d2;
            const MapMarker& marker = scene.markers[frame.markers[i].marker];
            hit = MapHit{MapHitKind::Marker, i, marker.entity_shown, marker.entity};
        }
    }
    if (hit.kind != MapHitKind::None) return hit;
    if (const auto d = district_at(scene, screen_to_map(params.camera, params.viewport, cursor))) {
        const MapDistrict& district = scene.districts[*d];
        hit = MapHit{MapHitKind::District, *d, district.has_entity && district.entity_shown, district.entity};
    }
    return hit;
}

}  // namespace pe

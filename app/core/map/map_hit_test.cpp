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
double within(MapPixel centre, MapScreenPoint cursor, double reach) {
    const double dx = cursor.x - static_cast<double>(centre.x);
    const double dy = cursor.y - static_cast<double>(centre.y);
    const double d2 = dx * dx + dy * dy;
    return d2 <= reach * reach ? d2 : -1.0;
}

}  // namespace

MapHit hit_test_map(const MapScene& scene, const MapFrame& frame, const MapFrameParams& params,
                    MapScreenPoint cursor, float slop) {
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

namespace {

bool box_holds(const MapBox& box, MapScreenPoint p) {
    return p.x >= static_cast<double>(box.left) && p.x < static_cast<double>(box.left + box.width) &&
           p.y >= static_cast<double>(box.top) && p.y < static_cast<double>(box.top + box.height);
}

}  // namespace

MapLabelHit label_at(const MapFrame& frame, MapScreenPoint cursor) {
    MapLabelHit hit;
    for (std::size_t i = 0; i < frame.labels.size(); ++i) {
        const MapLabel& label = frame.labels[i];
        if (!box_holds(label.box, cursor)) continue;
        hit.hit = true;
        hit.label = i;
        for (std::size_t b = 0; b < label.badges.size(); ++b) {
            if (box_holds(label.badges[b].box, cursor)) hit.badge = b;
        }
        return hit;
    }
    return hit;
}

std::optional<std::uint32_t> label_entity(const MapScene& scene, const MapFrame& frame,
                                          const MapLabel& label) {
    switch (label.owner) {
        case MapLabelOwner::Member:
            return frame.members[label.index].entity;
        case MapLabelOwner::Marker: {
            const MapMarker& marker = scene.markers[frame.markers[label.index].marker];
            if (!marker.entity_shown) return std::nullopt;
            return marker.entity;
        }
        case MapLabelOwner::District: {
            const MapDistrict& district = scene.districts[frame.districts[label.index].district];
            if (!district.has_entity || !district.entity_shown) return std::nullopt;
            return district.entity;
        }
    }
    return std::nullopt;
}

}  // namespace pe

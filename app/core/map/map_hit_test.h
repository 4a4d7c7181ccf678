// What is under the cursor on the map: a company of an expanded group, a marker, or a
// district (point in polygon on its outline). Pure functions of the frame and the scene.
// No input handling: the view turns a hit into a selection or a tooltip.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "map/map_frame.h"
#include "map/map_scene.h"

namespace pe {

// Even-odd rule over every ring: inside when an odd number of rings hold the point.
bool rings_contain(const std::vector<std::vector<MapPoint>>& rings, MapPoint point);

// The first district (scene order) whose outline holds the point, or none.
std::optional<std::size_t> district_at(const MapScene& scene, MapPoint point);

enum class MapHitKind : std::uint8_t { None, Member, Marker, District };

struct MapHit {
    MapHitKind kind = MapHitKind::None;
    std::size_t index = 0;     // into MapFrame::members, MapFrame::markers or MapScene::districts
    bool has_entity = false;   // what a click selects (a plain district or a filtered-out
    std::uint32_t entity = 0;  // park has none)
};

// Members first, then markers (the nearest within its radius plus `slop` pixels, a later
// one winning a tie since it is drawn on top), then the district under the cursor.
MapHit hit_test_map(const MapScene& scene, const MapFrame& frame, const MapFrameParams& params,
                    ScreenPoint cursor, float slop = 3.0f);

}  // namespace pe

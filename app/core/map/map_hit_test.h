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
                    MapScreenPoint cursor, float slop = 3.0f);

// The label (and badge) under the cursor: a label stands for its owner, a badge for what it
// counts. Labels are placed without overlaps, so at most one holds the point.
struct MapLabelHit {
    bool hit = false;
    std::size_t label = 0;             // into MapFrame::labels
    std::optional<std::size_t> badge;  // into that label's badges
};

MapLabelHit label_at(const MapFrame& frame, MapScreenPoint cursor);

// The entity a label stands for (a district without an entity, or a filtered-out park, has none).
std::optional<std::uint32_t> label_entity(const MapScene& scene, const MapFrame& frame,
                                          const MapLabel& label);

}  // namespace pe

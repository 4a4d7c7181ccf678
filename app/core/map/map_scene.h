// What the map shows for a dataset, in projected km and independent of the camera: the
// district outlines matched to the dataset's district entities, the entities placed at
// their `geo`, companies grouped at their park, and district (and park) policies counted
// on the place they apply to, each with its role from the selection, focus and filter
// masks (computed elsewhere). Built when the data or the masks change, not per frame;
// map_frame.h turns it into pixels.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "map/district_outlines.h"
#include "map/map_projection.h"
#include "model/dataset.h"

namespace pe {

enum class MapRole : std::uint8_t { Normal, Selected, Faded };

// The selection, the focus and the filter as the other views have them. Masks are per
// entity: `shown` empty shows everything, 0 hides the entity (it leaves the map);
// `in_focus` empty means no focus, 0 fades the entity; `on_chain` (empty: no chain) marks
// the entities on a chain of "connect two things", which the map emphasises.
struct MapRoleInput {
    bool has_selection = false;
    std::uint32_t selected = 0;
    std::vector<std::uint8_t> shown;
    std::vector<std::uint8_t> in_focus;
    std::vector<std::uint8_t> on_chain;
};

struct MapDistrict {
    std::size_t outline = 0;                   // index into DistrictOutlines::districts
    Text name;                                 // the outline's names (the boundary data's 海淀区)
    std::vector<std::vector<MapPoint>> rings;  // projected, km
    MapPoint anchor;                           // the label's place
    MapBounds bounds;
    bool has_entity = false;    // the dataset names this district: an entity of type
    std::uint32_t entity = 0;   // "district" whose name.zh is the outline's
    bool entity_shown = false;  // false: the filter hides it; drawn plain and not selectable
    MapRole role = MapRole::Normal;
    std::vector<std::uint32_t> policies;  // shown district-scope policies that apply to it
};

enum class MapMarkerKind : std::uint8_t { Park, Place };

// An entity drawn at its coordinates: a park (with its companies grouped on it) or any
// other entity with `geo` (a hospital, a company with its own coordinates, ...).
struct MapMarker {
    std::uint32_t entity = 0;
    MapMarkerKind kind = MapMarkerKind::Place;
    MapPoint point;
    bool approximate = true;   // the data marks the coordinates approximate
    bool entity_shown = true;  // false: the park is filtered out but some of its companies are
                               // not; drawn as the group's anchor only, not selectable
    MapRole role = MapRole::Normal;
    std::vector<std::uint32_t> companies;  // shown companies without geo at this park, dataset order
    std::vector<std::uint32_t> policies;   // shown park-scope policies that apply to it
};

struct MapScene {
    bool has_geography = false;          // some entity of the dataset has `geo` (whatever the filter)
    std::vector<MapDistrict> districts;  // in the outlines' order
    std::vector<MapMarker> markers;      // in dataset order
    MapBounds bounds;                    // the districts and the markers
    MapBounds data_bounds;               // the markers only
    std::size_t unplaced = 0;            // shown entities the map cannot place (no geo, no park with
                                         // geo, not a district or a policy counted on one)
};

// Role of an entity under the input; call only for shown entities.
MapRole map_role(const MapRoleInput& input, std::uint32_t entity);
bool map_entity_shown(const MapRoleInput& input, std::uint32_t entity);
bool map_on_chain(const MapRoleInput& input, std::uint32_t entity);

// The types counted as policies on the place they apply to.
bool is_policy_type(std::string_view type);

MapScene build_map_scene(const Dataset& dataset, const DistrictOutlines& outlines,
                         const MapProjection& projection, const MapRoleInput& roles);

}  // namespace pe

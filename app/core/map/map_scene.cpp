// Building the map's scene (map_scene.h): districts matched by Chinese name, markers at
// `geo`, companies grouped at their park, policies counted on their district or park.
//
// [SECTION] Roles
// [SECTION] Links: a company's park, a policy's places
// [SECTION] The scene
#include "map/map_scene.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace pe {

// [SECTION] Roles

bool map_entity_shown(const MapRoleInput& input, std::uint32_t entity) {
    return input.shown.empty() || (entity < input.shown.size() && input.shown[entity] != 0);
}

bool map_on_chain(const MapRoleInput& input, std::uint32_t entity) {
    return entity < input.on_chain.size() && input.on_chain[entity] != 0;
}

MapRole map_role(const MapRoleInput& input, std::uint32_t entity) {
    if (input.has_selection && input.selected == entity) return MapRole::Selected;
    const bool in_focus =
        input.in_focus.empty() || (entity < input.in_focus.size() && input.in_focus[entity] != 0);
    return in_focus ? MapRole::Normal : MapRole::Faded;
}

bool is_policy_type(std::string_view type) {
    static constexpr std::array<std::string_view, 6> kPolicyTypes = {"regulation", "policy",  "guideline",
                                                                     "plan",       "subsidy", "reward"};
    return std::find(kPolicyTypes.begin(), kPolicyTypes.end(), type) != kPolicyTypes.end();
}

namespace {

// [SECTION] Links: a company's park, a policy's places

bool has_type(const Dataset& dataset, std::uint32_t entity, const char* type) {
    return dataset.entities[entity].type == type;
}

std::optional<std::uint32_t> entity_of_type(const Dataset& dataset, std::string_view id, const char* type) {
    if (id.empty()) return std::nullopt;
    const auto found = dataset.index.entity_by_id.find(id);
    if (found == dataset.index.entity_by_id.end() || !has_type(dataset, found->second, type))
        return std::nullopt;
    return found->second;
}

// `park_id` first, else the first `located_in` link (in link order) to a park.
std::optional<std::uint32_t> park_of(const Dataset& dataset, std::uint32_t entity) {
    if (auto park = entity_of_type(dataset, dataset.entities[entity].park_id, "park")) return park;
    if (entity >= dataset.index.links_out.size()) return std::nullopt;
    for (const std::uint32_t l : dataset.index.links_out[entity]) {
        const Link& link = dataset.links[l];
        if (link.relation != "located_in") continue;
        if (auto park = entity_of_type(dataset, link.to, "park")) return park;
    }
    return std::nullopt;
}

// The places of `type` a policy applies to: its district_id / park_id and its `applies_to`
// links, each once, in that order.
std::vector<std::uint32_t> policy_places(const Dataset& dataset, std::uint32_t entity, const char* type) {
    std::vector<std::uint32_t> out;
    const Entity& policy = dataset.entities[entity];
    const DataString& own = std::string_view(type) == "district" ? policy.district_id : policy.park_id;
    if (auto place = entity_of_type(dataset, own, type)) out.push_back(*place);
    if (entity < dataset.index.links_out.size()) {
        for (const std::uint32_t l : dataset.index.links_out[entity]) {
            const Link& link = dataset.links[l];
            if (link.relation != "applies_to") continue;
            const auto place = entity_of_type(dataset, link.to, type);
            if (place && std::find(out.begin(), out.end(), *place) == out.end()) out.push_back(*place);
        }
    }
    return out;
}

// [SECTION] The scene

std::vector<MapDistrict> project_districts(const Dataset& dataset, const DistrictOutlines& outlines,
                                           const MapProjection& projection, const MapRoleInput& roles) {
    std::vector<MapDistrict> out;
    const auto by_type = dataset.index.entities_by_type.find("district");
    for (std::size_t d = 0; d < outlines.districts.size(); ++d) {
        const DistrictOutline& outline = outlines.districts[d];
        MapDistrict district;
        district.outline = d;
        district.name = outline.name;
        district.anchor = project(projection, outline.anchor);
        for (const auto& ring : outline.rings) {
            std::vector<MapPoint> points;
            points.reserve(ring.size());
            for (const GeoCoord coord : ring) {
                points.push_back(project(projection, coord));
                extend(district.bounds, points.back());
            }
            district.rings.push_back(std::move(points));
        }
        if (by_type != dataset.index.entities_by_type.end()) {
            for (const std::uint32_t e : by_type->second) {  // in dataset order: the first wins
                if (dataset.entities[e].name.zh != outline.name.zh) continue;
                district.has_entity = true;
                district.entity = e;
                district.entity_shown = map_entity_shown(roles, e);
                district.role = district.entity_shown ? map_role(roles, e) : MapRole::Normal;
                break;
            }
        }
        out.push_back(std::move(district));
    }
    return out;
}

MapMarker make_marker(const Entity& entity, std::uint32_t e, const MapProjection& projection,
                      const MapRoleInput& roles) {
    MapMarker marker;
    marker.entity = e;
    marker.kind = entity.type == "park" ? MapMarkerKind::Park : MapMarkerKind::Place;
    marker.point = project(projection, GeoCoord{entity.geo.lon, entity.geo.lat});
    marker.approximate = entity.geo.approximate;
    marker.entity_shown = map_entity_shown(roles, e);
    marker.role = marker.entity_shown ? map_role(roles, e) : MapRole::Normal;
    return marker;
}

}  // namespace

MapScene build_map_scene(const Dataset& dataset, const DistrictOutlines& outlines,
                         const MapProjection& projection, const MapRoleInput& roles) {
    MapScene scene;
    scene.districts = project_districts(dataset, outlines, projection, roles);
    const auto n = static_cast<std::uint32_t>(dataset.entities.size());
    std::vector<std::optional<std::size_t>> district_of_entity(n);  // index into scene.districts
    for (std::size_t d = 0; d < scene.districts.size(); ++d) {
        if (scene.districts[d].has_entity && !district_of_entity[scene.districts[d].entity]) {
            district_of_entity[scene.districts[d].entity] = d;
        }
    }
    std::vector<std::optional<std::size_t>> marker_of_entity(n);  // index into scene.markers
    for (std::uint32_t e = 0; e < n; ++e) {
        const Entity& entity = dataset.entities[e];
        if (!entity.geo.present) continue;
        scene.has_geography = true;
        if (district_of_entity[e]) continue;  // drawn as its outline
        MapMarker marker = make_marker(entity, e, projection, roles);
        if (!marker.entity_shown && marker.kind != MapMarkerKind::Park) continue;
        marker_of_entity[e] = scene.markers.size();
        scene.markers.push_back(std::move(marker));
    }
    std::vector<bool> placed(n, false);
    for (std::uint32_t e = 0; e < n; ++e) {
        if (!map_entity_shown(roles, e)) continue;
        const Entity& entity = dataset.entities[e];
        placed[e] = district_of_entity[e].has_value() || (marker_of_entity[e].has_value());
        if (entity.type == "company" && !entity.geo.present) {
            const auto park = park_of(dataset, e);
            if (park && marker_of_entity[*park]) {
                scene.markers[*marker_of_entity[*park]].companies.push_back(e);
                placed[e] = true;
            }
        } else if (is_policy_type(entity.type) && entity.scope == Scope::District) {
            for (const std::uint32_t place : policy_places(dataset, e, "district")) {
                if (!district_of_entity[place]) continue;
                scene.districts[*district_of_entity[place]].policies.push_back(e);
                placed[e] = true;
            }
        } else if (is_policy_type(entity.type) && entity.scope == Scope::Park) {
            for (const std::uint32_t place : policy_places(dataset, e, "park")) {
                if (!marker_of_entity[place]) continue;
                scene.markers[*marker_of_entity[place]].policies.push_back(e);
                placed[e] = true;
            }
        }
        if (!placed[e]) ++scene.unplaced;
    }
    // A filtered-out park stays only as the anchor of shown companies or policies.
    scene.markers.erase(
        std::remove_if(
            scene.markers.begin(), scene.markers.end(),
            [](const MapMarker& m) { return !m.entity_shown && m.companies.empty() && m.policies.empty(); }),
        scene.markers.end());
    for (const MapDistrict& district : scene.districts) extend(scene.bounds, district.bounds);
    for (const MapMarker& marker : scene.markers) {
        extend(scene.bounds, marker.point);
        extend(scene.data_bounds, marker.point);
    }
    return scene;
}

}  // namespace pe

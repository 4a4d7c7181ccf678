// Turning the map's scene into pixels for one frame (map_frame.h): outlines, markers,
// company groups collapsed or spread out, the labels' requests handed to map_labels.h, the
// scale bar.
#include "map/map_frame.h"

#include <algorithm>

namespace pe {
namespace {

constexpr std::size_t kMembersPerColumn = 8;

// Label priorities: lower is placed first (map_labels.h); a faded item comes after every
// item that is not.
constexpr int kSelectedFirst = 0;
constexpr int kOnChain = 1;
constexpr int kPark = 2;
constexpr int kPlace = 3;
constexpr int kNamedDistrict = 4;
constexpr int kDistrict = 5;
constexpr int kMember = 6;
constexpr int kFadedAfter = 10;

bool any_on_chain(const MapRoleInput& roles, const std::vector<std::uint32_t>& entities) {
    return std::any_of(entities.begin(), entities.end(),
                       [&](std::uint32_t e) { return map_on_chain(roles, e); });
}

MapPixel to_pixel(const MapFrameParams& params, MapPoint point) {
    const MapScreenPoint screen = map_to_screen(params.camera, params.viewport, point);
    return MapPixel{static_cast<float>(screen.x), static_cast<float>(screen.y)};
}

MapDistrictShape district_shape(const Dataset& dataset, const MapScene& scene, std::size_t d,
                                const MapRoleInput& roles, const MapFrameParams& params) {
    const MapDistrict& district = scene.districts[d];
    MapDistrictShape shape;
    shape.district = d;
    for (const auto& ring : district.rings) {
        std::vector<MapPixel> pixels;
        pixels.reserve(ring.size());
        for (const MapPoint point : ring) pixels.push_back(to_pixel(params, point));
        shape.rings.push_back(std::move(pixels));
    }
    shape.label_at = to_pixel(params, district.anchor);
    const Text& name = district.has_entity ? dataset.entities[district.entity].name : district.name;
    shape.label = pick(name, params.language);
    if (shape.label.empty()) shape.label = pick(district.name, params.language);
    const double box_px = std::min(district.bounds.max_x - district.bounds.min_x,
                                   district.bounds.max_y - district.bounds.min_y) *
                          params.camera.px_per_km;
    shape.label_visible = box_px >= static_cast<double>(params.min_label_px);
    shape.policy_count = district.policies.size();
    shape.selectable = district.has_entity && district.entity_shown;
    shape.role = district.role;
    shape.on_chain =
        (shape.selectable && map_on_chain(roles, district.entity)) || any_on_chain(roles, district.policies);
    return shape;
}

bool holds_selection(const MapMarker& marker, const MapRoleInput& roles) {
    return roles.has_selection && std::find(marker.companies.begin(), marker.companies.end(),
                                            roles.selected) != marker.companies.end();
}

void add_members(const Dataset& dataset, const MapMarker& marker, std::size_t m, const MapMarkerShape& shape,
                 const MapRoleInput& roles, const MapFrameParams& params, std::vector<MapMemberShape>& out) {
    // A column under the park, one line each (so each name fits beside its disc), then
    // further columns to the right.
    const std::size_t count = marker.companies.size();
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t column_index = i / kMembersPerColumn;  // whole columns before this one
        const auto column = static_cast<float>(column_index);
        const auto row = static_cast<float>(i % kMembersPerColumn);
        MapMemberShape member;
        member.marker = m;
        member.entity = marker.companies[i];
        member.at = MapPixel{shape.at.x + column * params.member_spacing * 8.0f,
                             shape.at.y + shape.radius + (row + 1.0f) * params.member_spacing};
        member.radius = params.member_radius;
        member.role = map_role(roles, member.entity);
        member.on_chain = map_on_chain(roles, member.entity);
        member.label = pick(dataset.entities[member.entity].name, params.language);
        out.push_back(std::move(member));
    }
}

int priority(MapRole role, bool on_chain, int kind) {
    if (role == MapRole::Selected) return kSelectedFirst;
    const int base = on_chain ? kOnChain : kind;
    return role == MapRole::Faded ? base + kFadedAfter : base;
}

MapBox disc_box(MapPixel at, float radius) {
    return MapBox{at.x - radius, at.y - radius, 2.0f * radius, 2.0f * radius};
}

void place_labels(const MapScene& scene, const MapFrameParams& params, MapFrame& frame) {
    std::vector<MapLabelRequest> requests;
    std::vector<MapBox> obstacles;
    for (std::size_t i = 0; i < frame.districts.size(); ++i) {
        const MapDistrictShape& d = frame.districts[i];
        if (!d.label_visible && d.policy_count == 0) continue;
        MapLabelRequest request{MapLabelOwner::District, i, d.label_at, 0.0f, {}, {}, 0};
        if (d.label_visible) request.text = d.label;
        if (d.policy_count > 0) request.badges.emplace_back(MapBadgeKind::Policies, d.policy_count);
        request.priority =
            priority(d.role, d.on_chain, scene.districts[d.district].has_entity ? kNamedDistrict : kDistrict);
        requests.push_back(std::move(request));
    }
    for (std::size_t i = 0; i < frame.markers.size(); ++i) {
        const MapMarkerShape& m = frame.markers[i];
        obstacles.push_back(disc_box(m.at, m.radius));
        MapLabelRequest request{MapLabelOwner::Marker, i, m.at, m.radius, m.label, {}, 0};
        if (m.company_count > 0) request.badges.emplace_back(MapBadgeKind::Companies, m.company_count);
        if (m.policy_count > 0) request.badges.emplace_back(MapBadgeKind::Policies, m.policy_count);
        const bool park = scene.markers[m.marker].kind == MapMarkerKind::Park;
        request.priority = priority(m.role, m.on_chain, park ? kPark : kPlace);
        requests.push_back(std::move(request));
    }
    for (std::size_t i = 0; i < frame.members.size(); ++i) {
        const MapMemberShape& c = frame.members[i];
        obstacles.push_back(disc_box(c.at, c.radius));
        requests.push_back(MapLabelRequest{
            MapLabelOwner::Member, i, c.at, c.radius, c.label, {}, priority(c.role, c.on_chain, kMember)});
    }
    const MapViewport& v = params.viewport;
    const MapBox clip{static_cast<float>(v.left), static_cast<float>(v.top), static_cast<float>(v.width),
                      static_cast<float>(v.height)};
    frame.labels = place_map_labels(std::move(requests), obstacles, clip, params.labels);
}

}  // namespace

MapFrame build_map_frame(const Dataset& dataset, const MapScene& scene, const MapRoleInput& roles,
                         const MapFrameParams& params) {
    MapFrame frame;
    frame.no_geography = !scene.has_geography;
    frame.scale = choose_scale_bar(params.camera.px_per_km, params.scale_bar_max_px);
    frame.scale_label = scale_bar_label(frame.scale.km);
    if (frame.no_geography) return frame;
    for (std::size_t d = 0; d < scene.districts.size(); ++d) {
        frame.districts.push_back(district_shape(dataset, scene, d, roles, params));
    }
    const bool zoomed_in = params.camera.px_per_km >= params.expand_px_per_km;
    for (std::size_t m = 0; m < scene.markers.size(); ++m) {
        const MapMarker& marker = scene.markers[m];
        MapMarkerShape shape;
        shape.marker = m;
        shape.at = to_pixel(params, marker.point);
        shape.radius = params.marker_radius;
        shape.label = pick(dataset.entities[marker.entity].name, params.language);
        shape.policy_count = marker.policies.size();
        shape.selectable = marker.entity_shown;
        shape.role = marker.role;
        shape.approximate = marker.approximate;
        shape.on_chain = (marker.entity_shown && map_on_chain(roles, marker.entity)) ||
                         any_on_chain(roles, marker.companies) || any_on_chain(roles, marker.policies);
        const bool hovered = params.hovered_park && *params.hovered_park == marker.entity;
        shape.expanded =
            !marker.companies.empty() && (zoomed_in || hovered || holds_selection(marker, roles));
        shape.company_count = shape.expanded ? 0 : marker.companies.size();
        if (shape.expanded) add_members(dataset, marker, m, shape, roles, params, frame.members);
        frame.markers.push_back(std::move(shape));
    }
    place_labels(scene, params, frame);
    return frame;
}

}  // namespace pe

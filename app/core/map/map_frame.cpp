// Turning the map's scene into pixels for one frame (map_frame.h): outlines and labels,
// markers, company groups collapsed or spread out, the scale bar.
#include "map/map_frame.h"

#include <algorithm>

namespace pe {
namespace {

constexpr std::size_t kMembersPerRow = 6;

MapPixel to_pixel(const MapFrameParams& params, MapPoint point) {
    const ScreenPoint screen = map_to_screen(params.camera, params.viewport, point);
    return MapPixel{static_cast<float>(screen.x), static_cast<float>(screen.y)};
}

MapDistrictShape district_shape(const Dataset& dataset, const MapScene& scene, std::size_t d,
                                const MapFrameParams& params) {
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
    return shape;
}

bool holds_selection(const MapMarker& marker, const MapRoleInput& roles) {
    return roles.has_selection && std::find(marker.companies.begin(), marker.companies.end(),
                                            roles.selected) != marker.companies.end();
}

void add_members(const Dataset& dataset, const MapMarker& marker, std::size_t m, const MapMarkerShape& shape,
                 const MapRoleInput& roles, const MapFrameParams& params, std::vector<MapMemberShape>& out) {
    const std::size_t count = marker.companies.size();
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t row = i / kMembersPerRow;
        const std::size_t in_row = std::min(kMembersPerRow, count - row * kMembersPerRow);
        const float column = static_cast<float>(i % kMembersPerRow) - static_cast<float>(in_row - 1) * 0.5f;
        MapMemberShape member;
        member.marker = m;
        member.entity = marker.companies[i];
        member.at = MapPixel{shape.at.x + column * params.member_spacing,
                             shape.at.y + shape.radius + static_cast<float>(row + 1) * params.member_spacing};
        member.radius = params.member_radius;
        member.role = map_role(roles, member.entity);
        member.label = pick(dataset.entities[member.entity].name, params.language);
        out.push_back(std::move(member));
    }
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
        frame.districts.push_back(district_shape(dataset, scene, d, params));
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
        const bool hovered = params.hovered_park && *params.hovered_park == marker.entity;
        shape.expanded =
            !marker.companies.empty() && (zoomed_in || hovered || holds_selection(marker, roles));
        shape.company_count = shape.expanded ? 0 : marker.companies.size();
        if (shape.expanded) add_members(dataset, marker, m, shape, roles, params, frame.members);
        frame.markers.push_back(std::move(shape));
    }
    return frame;
}

}  // namespace pe

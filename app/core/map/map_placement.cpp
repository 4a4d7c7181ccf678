// Finding an entity on the map (map_placement.h): the districts, the markers and the
// companies grouped on them, then the chain steps between two placed ends.
#include "map/map_placement.h"

#include <algorithm>

namespace pe {
namespace {

bool holds(const std::vector<std::uint32_t>& entities, std::uint32_t entity) {
    return std::find(entities.begin(), entities.end(), entity) != entities.end();
}

}  // namespace

std::optional<MapPoint> entity_map_point(const MapScene& scene, std::uint32_t entity) {
    for (const MapMarker& marker : scene.markers) {
        if ((marker.entity_shown && marker.entity == entity) || holds(marker.companies, entity))
            return marker.point;
    }
    for (const MapDistrict& district : scene.districts) {
        if (district.has_entity && district.entity_shown && district.entity == entity) return district.anchor;
    }
    return std::nullopt;
}

std::optional<MapPixel> entity_pixel(const MapScene& scene, const MapFrame& frame, std::uint32_t entity) {
    for (const MapMemberShape& member : frame.members) {
        if (member.entity == entity) return member.at;
    }
    for (const MapMarkerShape& shape : frame.markers) {
        const MapMarker& marker = scene.markers[shape.marker];
        if ((marker.entity_shown && marker.entity == entity) || holds(marker.companies, entity))
            return shape.at;
    }
    for (const MapDistrictShape& shape : frame.districts) {
        const MapDistrict& district = scene.districts[shape.district];
        if (district.has_entity && district.entity_shown && district.entity == entity) return shape.label_at;
    }
    return std::nullopt;
}

std::vector<MapChainStep> map_chain_steps(const Dataset& dataset, const MapScene& scene,
                                          const MapFrame& frame,
                                          const std::vector<std::uint8_t>& chain_links) {
    std::vector<MapChainStep> out;
    const auto position = [&](std::string_view id) -> std::optional<std::uint32_t> {
        const auto found = dataset.index.entity_by_id.find(id);
        if (found == dataset.index.entity_by_id.end()) return std::nullopt;
        return found->second;
    };
    const std::size_t n = std::min(chain_links.size(), dataset.links.size());
    for (std::size_t l = 0; l < n; ++l) {
        if (chain_links[l] == 0) continue;
        const auto from = position(dataset.links[l].from);
        const auto to = position(dataset.links[l].to);
        if (!from || !to) continue;
        const auto a = entity_pixel(scene, frame, *from);
        const auto b = entity_pixel(scene, frame, *to);
        if (!a || !b || (a->x == b->x && a->y == b->y)) continue;
        out.push_back(MapChainStep{static_cast<std::uint32_t>(l), *a, *b});
    }
    return out;
}

}  // namespace pe

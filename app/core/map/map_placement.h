// Where an entity is on the map: in km (to pan to a selection made elsewhere) and in the
// frame's pixels (a company of an expanded group at its own disc, of a collapsed group at its
// park, a district at its label's anchor); and the steps of "connect two things" whose two
// ends are both placed, as lines to draw. Policies counted on a place are not placed.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "map/map_frame.h"
#include "map/map_scene.h"
#include "model/dataset.h"

namespace pe {

std::optional<MapPoint> entity_map_point(const MapScene& scene, std::uint32_t entity);
std::optional<MapPixel> entity_pixel(const MapScene& scene, const MapFrame& frame, std::uint32_t entity);

struct MapChainStep {
    std::uint32_t link = 0;  // Dataset::links position
    MapPixel from;
    MapPixel to;
};

// The links marked in `chain_links` (per link, 1 = a step of a chain; empty: none) whose ends
// are both placed at different pixels, in link order.
std::vector<MapChainStep> map_chain_steps(const Dataset& dataset, const MapScene& scene,
                                          const MapFrame& frame,
                                          const std::vector<std::uint8_t>& chain_links);

}  // namespace pe

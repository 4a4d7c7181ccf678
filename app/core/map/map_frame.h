// One frame of the map in screen pixels, from the scene (map_scene.h), the camera and the
// viewport: the district outlines, the markers, the company groups (a count badge, or each
// company on its own when zoomed in, hovered or holding the selection), the labels and
// badges placed without overlaps (map_labels.h), and the scale bar. The view draws exactly
// this; hit testing is in map_hit_test.h, where entities are in map_placement.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "map/map_camera.h"
#include "map/map_labels.h"
#include "map/map_scene.h"
#include "model/dataset.h"
#include "model/language.h"

namespace pe {

struct MapFrameParams {
    MapCamera camera;
    MapViewport viewport;
    Language language = Language::Zh;
    std::optional<std::uint32_t> hovered_park;  // the park entity whose group the cursor is on
    double expand_px_per_km = 24.0;             // from this zoom on, every group shows its companies
    float marker_radius = 6.0f;                 // parks and places
    float member_radius = 4.0f;                 // a company of an expanded group
    float member_spacing = 18.0f;               // between the companies of an expanded group (a
                                                // column under the park, one line each)
    float min_label_px = 28.0f;                 // a district's label shows when its box is this big
    double scale_bar_max_px = 120.0;
    MapLabelMetrics labels;  // text widths and sizes for placing the labels
};

struct MapDistrictShape {
    std::size_t district = 0;  // index into MapScene::districts
    std::vector<std::vector<MapPixel>> rings;
    MapPixel label_at;  // the label's centre
    std::string label;  // the entity's name in the language when the dataset names the
                        // district, else the boundary data's name
    bool label_visible = true;
    std::size_t policy_count = 0;  // a badge at the label with this count when > 0
    bool selectable = false;       // the dataset's district entity, shown by the filter
    MapRole role = MapRole::Normal;
    bool on_chain = false;  // the district entity, or one of its policies, is on a chain
};

struct MapMarkerShape {
    std::size_t marker = 0;  // index into MapScene::markers
    MapPixel at;
    float radius = 0.0f;
    std::string label;
    std::size_t company_count = 0;  // the badge's number while the group is collapsed
    bool expanded = false;          // its companies are drawn as MapMemberShapes
    std::size_t policy_count = 0;
    bool selectable = true;  // false: a filtered-out park kept as its companies' anchor
    MapRole role = MapRole::Normal;
    bool approximate = true;  // the data marks the coordinates approximate
    bool on_chain = false;    // the entity, or a company or policy counted on it, is on a chain
};

struct MapMemberShape {
    std::size_t marker = 0;    // the park's marker
    std::uint32_t entity = 0;  // the company
    MapPixel at;
    float radius = 0.0f;
    MapRole role = MapRole::Normal;
    bool on_chain = false;
    std::string label;
};

struct MapFrame {
    bool no_geography = false;  // nothing has `geo`: the view says so instead of drawing
    std::vector<MapDistrictShape> districts;
    std::vector<MapMarkerShape> markers;
    std::vector<MapMemberShape> members;
    std::vector<MapLabel> labels;  // the labels and badges shown, none overlapping another or a disc
    ScaleBar scale;
    std::string scale_label;  // "20 km"
};

// Every shape is kept, on screen or not (a few thousand points: clipping is the view's).
MapFrame build_map_frame(const Dataset& dataset, const MapScene& scene, const MapRoleInput& roles,
                         const MapFrameParams& params);

}  // namespace pe

// The map's labels and count badges, placed so that no two overlap and none covers a marker:
// each request (a district's name, a marker's name with its company and policy counts, a
// company of an expanded group) tries a few places beside its disc or around its point, most
// important request first; one that fits nowhere keeps only its badges, or is left to the
// tooltip. Pure geometry in pixels: text widths come from a function the view passes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pe {

struct MapPixel {
    float x = 0.0f;
    float y = 0.0f;
};

struct MapBox {
    float left = 0.0f;
    float top = 0.0f;
    float width = 0.0f;
    float height = 0.0f;
};

// Whether two boxes share more than a touching edge.
bool map_boxes_overlap(const MapBox& a, const MapBox& b);

enum class MapLabelOwner : std::uint8_t { District, Marker, Member };
enum class MapBadgeKind : std::uint8_t { Companies, Policies };

struct MapBadge {
    MapBadgeKind kind = MapBadgeKind::Companies;
    std::size_t count = 0;
    MapBox box;
};

struct MapLabelRequest {
    MapLabelOwner owner = MapLabelOwner::District;
    std::size_t index = 0;  // into MapFrame::districts, ::markers or ::members
    MapPixel at;
    float radius = 0.0f;  // > 0: beside a disc (right, left, above, below); 0: centred on `at`
                          // (then just above or below it)
    std::string text;     // may be empty: badges only
    std::vector<std::pair<MapBadgeKind, std::size_t>> badges;  // drawn before the text
    int priority = 0;                                          // lower is placed first
};

struct MapLabel {
    MapLabelOwner owner = MapLabelOwner::District;
    std::size_t index = 0;
    MapBox box;              // badges and text together
    bool text_shown = true;  // false: only the badges found room
    std::string text;
    MapPixel text_at;  // the text's top-left corner
    std::vector<MapBadge> badges;
};

struct MapLabelMetrics {
    std::function<float(std::string_view)> text_width;  // empty: map_estimated_text_width
    float font_px = 16.0f;
    float line_height = 18.0f;
    float gap = 4.0f;              // between a disc and its label, between badges and text
    float badge_pad = 4.0f;        // inside a badge, either side of its number
    std::size_t max_labels = 400;  // at most this many placed (the rest on hover)
};

// A width good enough for tests and for a missing font: 1 em for a CJK character, 0.55 em
// for anything else.
float map_estimated_text_width(std::string_view text, float font_px);

// Places the requests (ties in priority keep their order) avoiding each other and the
// `obstacles` (marker discs as boxes); only requests whose point lies inside `clip` are
// considered. Returns the placed labels in placing order.
std::vector<MapLabel> place_map_labels(std::vector<MapLabelRequest> requests,
                                       const std::vector<MapBox>& obstacles, const MapBox& clip,
                                       const MapLabelMetrics& metrics);

}  // namespace pe

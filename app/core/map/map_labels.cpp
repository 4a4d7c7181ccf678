// Placing the map's labels and badges (map_labels.h): candidate boxes around each point,
// the first that overlaps nothing placed and no obstacle wins.
#include "map/map_labels.h"

#include <algorithm>
#include <array>

namespace pe {

bool map_boxes_overlap(const MapBox& a, const MapBox& b) {
    return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height &&
           b.top < a.top + a.height;
}

float map_estimated_text_width(std::string_view text, float font_px) {
    float width = 0.0f;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80u ? 1 : lead < 0xE0u ? 2 : lead < 0xF0u ? 3 : 4;
        width += (length >= 3 ? 1.0f : 0.55f) * font_px;
        i += length;
    }
    return width;
}

namespace {

float text_width(const MapLabelMetrics& metrics, std::string_view text) {
    return metrics.text_width ? metrics.text_width(text) : map_estimated_text_width(text, metrics.font_px);
}

// The label's content laid out from (0, 0): badges, then the text; returns its width.
float lay_out(const MapLabelRequest& request, bool with_text, const MapLabelMetrics& metrics, MapLabel& out) {
    out.badges.clear();
    float x = 0.0f;
    for (const auto& [kind, count] : request.badges) {
        const float w = text_width(metrics, std::to_string(count)) + 2.0f * metrics.badge_pad;
        const float width = std::max(w, metrics.line_height);
        out.badges.push_back(MapBadge{kind, count, MapBox{x, 0.0f, width, metrics.line_height}});
        x += width + metrics.gap;
    }
    out.text_shown = with_text && !request.text.empty();
    if (out.text_shown) {
        out.text = request.text;
        out.text_at = MapPixel{x, (metrics.line_height - metrics.font_px) * 0.5f};
        x += text_width(metrics, request.text);
    } else {
        out.text.clear();
        x -= x > 0.0f ? metrics.gap : 0.0f;
    }
    return x;
}

// Where the box's top-left corner may go, best first.
std::array<MapPixel, 4> candidates(const MapLabelRequest& request, float width,
                                   const MapLabelMetrics& metrics) {
    const float h = metrics.line_height;
    const MapPixel at = request.at;
    if (request.radius > 0.0f) {
        const float reach = request.radius + metrics.gap;
        return {MapPixel{at.x + reach, at.y - h * 0.5f}, MapPixel{at.x - reach - width, at.y - h * 0.5f},
                MapPixel{at.x - width * 0.5f, at.y - reach - h}, MapPixel{at.x - width * 0.5f, at.y + reach}};
    }
    const float left = at.x - width * 0.5f;
    return {MapPixel{left, at.y - h * 0.5f}, MapPixel{left, at.y - h * 1.5f}, MapPixel{left, at.y + h * 0.5f},
            MapPixel{left, at.y - h * 2.5f}};
}

bool inside(const MapBox& clip, MapPixel p) {
    return p.x >= clip.left && p.x <= clip.left + clip.width && p.y >= clip.top &&
           p.y <= clip.top + clip.height;
}

bool free_box(const MapBox& box, const std::vector<MapBox>& taken) {
    return std::none_of(taken.begin(), taken.end(),
                        [&](const MapBox& t) { return map_boxes_overlap(box, t); });
}

void move_to(MapLabel& label, MapPixel corner) {
    label.box.left = corner.x;
    label.box.top = corner.y;
    label.text_at.x += corner.x;
    label.text_at.y += corner.y;
    for (MapBadge& badge : label.badges) {
        badge.box.left += corner.x;
        badge.box.top += corner.y;
    }
}

}  // namespace

std::vector<MapLabel> place_map_labels(std::vector<MapLabelRequest> requests,
                                       const std::vector<MapBox>& obstacles, const MapBox& clip,
                                       const MapLabelMetrics& metrics) {
    std::stable_sort(
        requests.begin(), requests.end(),
        [](const MapLabelRequest& a, const MapLabelRequest& b) { return a.priority < b.priority; });
    std::vector<MapBox> taken;
    for (const MapBox& box : obstacles) {
        if (map_boxes_overlap(box, clip)) taken.push_back(box);
    }
    std::vector<MapLabel> out;
    for (const MapLabelRequest& request : requests) {
        if (out.size() >= metrics.max_labels) break;
        if (!inside(clip, request.at)) continue;
        for (const bool with_text : {true, false}) {
            if (!with_text && request.badges.empty()) break;
            MapLabel label;
            label.owner = request.owner;
            label.index = request.index;
            const float width = lay_out(request, with_text, metrics, label);
            if (width <= 0.0f) break;
            bool placed = false;
            for (const MapPixel corner : candidates(request, width, metrics)) {
                const MapBox box{corner.x, corner.y, width, metrics.line_height};
                // A disc's own box is among the obstacles: its candidates never touch it.
                if (!free_box(box, taken)) continue;
                move_to(label, corner);
                label.box.width = width;
                label.box.height = metrics.line_height;
                taken.push_back(label.box);
                out.push_back(std::move(label));
                placed = true;
                break;
            }
            if (placed) break;
        }
    }
    return out;
}

}  // namespace pe

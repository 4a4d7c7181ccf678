// Re-packing a finished layout's components to the viewport's shape, fitting, and
// bringing a point on screen.
#include "network/network_fit.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace pe {

namespace {

struct ComponentBox {
    NetworkBounds bounds;  // of its entities, grown by half the gap
    bool turned = false;   // a quarter turn: (x, y) -> (-y, x) about the origin
    double w = 0.0, h = 0.0;
};

// The shelf packing of `boxes` in `order` for rows of `row_width`: each box's top-left corner.
// Returns the packing's overall width and height.
ScreenPoint shelve(const std::vector<ComponentBox>& boxes, const std::vector<std::uint32_t>& order,
                   double row_width, std::vector<ScreenPoint>* corners) {
    double at_x = 0.0, at_y = 0.0, row_height = 0.0, width = 0.0;
    for (const std::uint32_t c : order) {
        const ComponentBox& box = boxes[c];
        if (at_x > 0.0 && at_x + box.w > row_width) {
            at_x = 0.0;
            at_y += row_height;
            row_height = 0.0;
        }
        if (corners != nullptr) (*corners)[c] = ScreenPoint{at_x, at_y};
        at_x += box.w;
        width = std::max(width, at_x);
        row_height = std::max(row_height, box.h);
    }
    return ScreenPoint{width, at_y + row_height};
}

}  // namespace

NetworkLayout pack_for_viewport(const NetworkGraph& graph, const NetworkLayout& layout, double aspect,
                                double gap) {
    NetworkLayout out = layout;
    const std::uint32_t count = graph.component_count;
    if (graph.node_count == 0 || count == 0 || layout.x.size() < graph.node_count || !(aspect > 0.0))
        return out;
    const bool wide = aspect >= 1.0;
    std::vector<ComponentBox> boxes(count);
    std::vector<bool> seen(count, false);
    for (std::uint32_t v = 0; v < graph.node_count; ++v) {
        NetworkBounds& b = boxes[graph.component[v]].bounds;
        const double x = layout.x[v], y = layout.y[v];
        if (!seen[graph.component[v]]) {
            seen[graph.component[v]] = true;
            b = NetworkBounds{x, y, x, y};
            continue;
        }
        b.min_x = std::min(b.min_x, x);
        b.min_y = std::min(b.min_y, y);
        b.max_x = std::max(b.max_x, x);
        b.max_y = std::max(b.max_y, y);
    }
    const double half_gap = gap * 0.5;
    double widest = 0.0, total_width = 0.0;
    for (ComponentBox& box : boxes) {
        NetworkBounds& b = box.bounds;
        const double w = b.max_x - b.min_x, h = b.max_y - b.min_y;
        box.turned = wide ? h > w : w > h;
        if (box.turned) b = NetworkBounds{-b.max_y, b.min_x, -b.min_y, b.max_x};  // (x, y) -> (-y, x)
        b.min_x -= half_gap;
        b.min_y -= half_gap;
        b.max_x += half_gap;
        b.max_y += half_gap;
        box.w = b.max_x - b.min_x;
        box.h = b.max_y - b.min_y;
        widest = std::max(widest, box.w);
        total_width += box.w;
    }
    std::vector<std::uint32_t> order(count);
    for (std::uint32_t c = 0; c < count; ++c) order[c] = c;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return boxes[a].h > boxes[b].h; });

    // Row widths from the widest box to all in one row, in equal ratios; keep the one whose
    // packing fits the viewport's shape at the largest scale (the first of equals).
    constexpr int kTries = 48;
    double best_width = total_width, best_scale = -1.0;
    const double ratio = total_width > widest ? total_width / widest : 1.0;
    double row_width = widest;
    for (int i = 0; i <= kTries; ++i) {
        const ScreenPoint size = shelve(boxes, order, row_width, nullptr);
        const double scale = std::min(aspect / size.x, 1.0 / size.y);
        if (scale > best_scale) {
            best_scale = scale;
            best_width = row_width;
        }
        row_width *= std::pow(ratio, 1.0 / kTries);
    }
    std::vector<ScreenPoint> corners(count);
    shelve(boxes, order, best_width, &corners);
    for (std::uint32_t v = 0; v < graph.node_count; ++v) {
        const std::uint32_t c = graph.component[v];
        const ComponentBox& box = boxes[c];
        double x = layout.x[v], y = layout.y[v];
        if (box.turned) {
            const double turned_x = -y;
            y = x;
            x = turned_x;
        }
        out.x[v] = x - box.bounds.min_x + corners[c].x;
        out.y[v] = y - box.bounds.min_y + corners[c].y;
    }
    out.bounds = bounds_of(out.x, out.y);
    return out;
}

NetworkCamera fit_network(const NetworkLayout& layout, const NetworkViewport& viewport, double margin,
                          double reserved_right) {
    NetworkViewport room = viewport;
    room.width = std::max(viewport.width - std::max(reserved_right, 0.0), viewport.width * 0.5);
    NetworkCamera out = fit_bounds(layout.bounds, room, margin);
    // Drawn in the whole viewport: its centre lies (width - room) / 2 pixels right of the room's.
    out.centre_x += (viewport.width - room.width) * 0.5 / out.scale;
    return out;
}

NetworkCamera camera_showing(const NetworkCamera& camera, const NetworkViewport& viewport, double x, double y,
                             double margin) {
    const ScreenPoint s = world_to_screen(camera, viewport, x, y);
    const double m_x = std::min(margin, viewport.width * 0.5), m_y = std::min(margin, viewport.height * 0.5);
    if (s.x >= viewport.left + m_x && s.x <= viewport.left + viewport.width - m_x &&
        s.y >= viewport.top + m_y && s.y <= viewport.top + viewport.height - m_y) {
        return camera;
    }
    NetworkCamera out = camera;
    out.centre_x = x;
    out.centre_y = y;
    return out;
}

}  // namespace pe

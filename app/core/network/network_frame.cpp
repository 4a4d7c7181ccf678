// Building one frame: cull through the grid, filter, assign roles, map to the screen, trim
// edges to the node rims, order by role and place the labels.
#include "network/network_frame.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace pe {

namespace {

bool mask_set(const std::vector<std::uint8_t>* mask, std::uint32_t i) {
    return mask != nullptr && i < mask->size() && (*mask)[i] != 0;
}

bool contains(const std::vector<std::uint32_t>& sorted, std::uint32_t v) {
    return std::binary_search(sorted.begin(), sorted.end(), v);
}

// Stable regrouping by role, lowest role first (counting sort: O(n)).
template <typename Item, std::size_t Roles>
void order_by_role(std::vector<Item>& items) {
    std::array<std::size_t, Roles + 1> start{};
    for (const Item& item : items) ++start[static_cast<std::size_t>(item.role) + 1];
    for (std::size_t r = 0; r < Roles; ++r) start[r + 1] += start[r];
    std::vector<Item> out(items.size());
    for (const Item& item : items) out[start[static_cast<std::size_t>(item.role)]++] = item;
    items.swap(out);
}

}  // namespace

bool network_node_shown(const NetworkGraph& graph, const NetworkFrameInput& input, std::uint32_t v) {
    if (input.visible != nullptr && !mask_set(input.visible, v)) return false;
    const std::uint8_t type = graph.type[v];
    return type >= 32 || (input.hidden_types & (1u << type)) == 0;
}

bool network_edge_shown(const NetworkGraph& graph, const NetworkFrameInput& input, std::uint32_t e) {
    const NetworkEdge& edge = graph.edges[e];
    if (edge.relation < 32 && (input.hidden_relations & (1u << edge.relation)) != 0) return false;
    return network_node_shown(graph, input, edge.from) && network_node_shown(graph, input, edge.to);
}

double network_node_radius(const NetworkGraph& graph, const NetworkFrameParams& params, std::uint32_t v) {
    return params.node_radius * std::min(1.0 + 0.25 * std::sqrt(static_cast<double>(graph.degree[v])), 3.0);
}

std::vector<std::uint32_t> emphasised_neighbours(const NetworkGraph& graph, const NetworkFrameInput& input) {
    std::vector<std::uint32_t> out;
    const std::uint32_t centre = input.hovered != kNoEntity ? input.hovered : input.selected;
    if (centre == kNoEntity || centre >= graph.node_count || !network_node_shown(graph, input, centre))
        return out;
    for (std::uint32_t i = graph.adj_start[centre]; i < graph.adj_start[centre + 1]; ++i) {
        const std::uint32_t e = graph.adj_edge[i];
        if (network_edge_shown(graph, input, e)) out.push_back(other_end(graph.edges[e], centre));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

NodeRole network_node_role(const NetworkGraph& graph, const NetworkFrameInput& input,
                           const std::vector<std::uint32_t>& neighbours, std::uint32_t v) {
    (void)graph;
    if (v == input.selected) return NodeRole::Selected;
    if (v == input.hovered) return NodeRole::Hovered;
    if (contains(neighbours, v)) return NodeRole::Neighbour;
    if (input.focus != nullptr && !mask_set(input.focus, v)) return NodeRole::Faded;
    if (input.params.fade_on_hover && input.hovered != kNoEntity) return NodeRole::Faded;
    return NodeRole::Normal;
}

EdgeRole network_edge_role(const NetworkGraph& graph, const NetworkFrameInput& input,
                           const std::vector<std::uint32_t>& neighbours, std::uint32_t e) {
    const NetworkEdge& edge = graph.edges[e];
    const std::uint32_t centre = input.hovered != kNoEntity ? input.hovered : input.selected;
    if (e == input.hovered_edge || mask_set(input.link_highlight, edge.link) || edge.from == centre ||
        edge.to == centre) {
        return EdgeRole::Highlighted;
    }
    if (network_node_role(graph, input, neighbours, edge.from) == NodeRole::Faded ||
        network_node_role(graph, input, neighbours, edge.to) == NodeRole::Faded) {
        return EdgeRole::Faded;
    }
    return EdgeRole::Normal;
}

NetworkPick pick_in_frame(const NetworkFrame& frame, double sx, double sy, double tolerance_px) {
    NetworkPick pick;
    double best = 0.0;
    for (const FrameNode& n : frame.nodes) {
        const double dx = n.x - sx, dy = n.y - sy, d2 = dx * dx + dy * dy;
        const double reach = n.radius + tolerance_px;
        if (d2 <= reach * reach && (pick.entity == kNoEntity || d2 <= best)) {
            pick.entity = n.entity;
            best = d2;
        }
    }
    if (pick.entity != kNoEntity) return pick;
    best = tolerance_px * tolerance_px;
    for (const FrameEdge& e : frame.edges) {
        const double d2 = segment_distance2(sx, sy, e.x0, e.y0, e.x1, e.y1);
        if (d2 <= best) {
            pick.edge = e.edge;
            pick.link = e.link;
            best = d2;
        }
    }
    return pick;
}

NetworkFrame build_network_frame(const NetworkGraph& graph, const NetworkLayout& layout,
                                 const NetworkGrid& grid, const NetworkFrameInput& input) {
    NetworkFrame frame;
    const NetworkFrameParams& p = input.params;
    const double scale = input.camera.scale;
    const std::vector<std::uint32_t> neighbours = emphasised_neighbours(graph, input);

    // The world rectangle in view, grown by the largest node so rims at the border count.
    NetworkBounds rect = visible_world(input.camera, input.viewport);
    const double grow = p.max_radius_px / scale;
    rect.min_x -= grow;
    rect.min_y -= grow;
    rect.max_x += grow;
    rect.max_y += grow;
    const std::vector<std::uint32_t> in_view = nodes_in_rect(grid, layout, rect);
    // Points when nodes get small, unless few are in view (then shapes, never below min_radius_px).
    frame.detail = p.node_radius * scale < p.points_below_px && in_view.size() > p.points_above_nodes
                       ? NetworkDetail::Points
                       : NetworkDetail::Shapes;
    const bool points = frame.detail == NetworkDetail::Points;

    std::vector<double> radius_cache(points ? 0 : graph.node_count, -1.0);  // per entity, once a frame
    const auto radius_px = [&](std::uint32_t v) {
        if (points) return p.point_radius_px;
        double& r = radius_cache[v];
        if (r < 0.0)
            r = std::min(std::max(network_node_radius(graph, p, v) * scale, p.min_radius_px),
                         p.max_radius_px);
        return r;
    };
    // Each entity's filter and role, worked out once per frame when first needed (an edge's
    // ends are often off screen, and an entity ends many edges).
    constexpr std::uint8_t kUnset = 0xFF, kHidden = 0xFE;
    std::vector<std::uint8_t> state(graph.node_count, kUnset);
    const auto node_state = [&](std::uint32_t v) {
        std::uint8_t& st = state[v];
        if (st == kUnset) {
            st = network_node_shown(graph, input, v)
                     ? static_cast<std::uint8_t>(network_node_role(graph, input, neighbours, v))
                     : kHidden;
        }
        return st;
    };
    const std::uint8_t faded = static_cast<std::uint8_t>(NodeRole::Faded);
    const std::uint32_t centre = input.hovered != kNoEntity ? input.hovered : input.selected;

    frame.nodes.reserve(in_view.size());
    for (const std::uint32_t v : in_view) {
        const std::uint8_t st = node_state(v);
        if (st == kHidden) continue;
        const ScreenPoint s = world_to_screen(input.camera, input.viewport, layout.x[v], layout.y[v]);
        frame.nodes.push_back(FrameNode{v, static_cast<float>(s.x), static_cast<float>(s.y),
                                        static_cast<float>(radius_px(v)), graph.type[v],
                                        static_cast<NodeRole>(st)});
    }
    const std::vector<std::uint32_t> edges_in_view = edges_in_rect(grid, graph, layout, rect);
    frame.edges.reserve(edges_in_view.size());
    for (const std::uint32_t e : edges_in_view) {
        const NetworkEdge& edge = graph.edges[e];
        if (edge.relation < 32 && (input.hidden_relations & (1u << edge.relation)) != 0) continue;
        const std::uint8_t from = node_state(edge.from), to = node_state(edge.to);
        if (from == kHidden || to == kHidden) continue;
        // As network_edge_role, from the cached roles of its ends.
        EdgeRole role = EdgeRole::Normal;
        if (e == input.hovered_edge || mask_set(input.link_highlight, edge.link) || edge.from == centre ||
            edge.to == centre) {
            role = EdgeRole::Highlighted;
        } else if (from == faded || to == faded) {
            role = EdgeRole::Faded;
        }
        const ScreenPoint a =
            world_to_screen(input.camera, input.viewport, layout.x[edge.from], layout.y[edge.from]);
        const ScreenPoint b =
            world_to_screen(input.camera, input.viewport, layout.x[edge.to], layout.y[edge.to]);
        const double dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
        if (len < p.min_edge_px && role != EdgeRole::Highlighted) {
            ++frame.skipped_edges;
            continue;
        }
        const double ra = radius_px(edge.from), rb = radius_px(edge.to);
        FrameEdge out{e,
                      edge.link,
                      static_cast<float>(a.x),
                      static_cast<float>(a.y),
                      static_cast<float>(b.x),
                      static_cast<float>(b.y),
                      edge.relation,
                      role,
                      false};
        if (len > ra + rb) {
            const double ux = dx / len, uy = dy / len;
            out.x0 = static_cast<float>(a.x + ux * ra);
            out.y0 = static_cast<float>(a.y + uy * ra);
            out.x1 = static_cast<float>(b.x - ux * rb);
            out.y1 = static_cast<float>(b.y - uy * rb);
            out.arrow = !points && len - ra - rb > 3.0 * p.arrow_px;
        }
        frame.edges.push_back(out);
    }
    order_by_role<FrameNode, 5>(frame.nodes);
    order_by_role<FrameEdge, 3>(frame.edges);
    frame.hairlines = frame.edges.size() > p.hairlines_above_edges;

    // Labels: the selection and hover first, then their neighbours, then by importance (not
    // at the Points detail, and never for faded nodes). Every drawn node is an obstacle, but the
    // Points detail's dots.
    if (input.label_widths != nullptr) {
        std::vector<LabelCandidate> candidates;
        std::vector<LabelObstacle> obstacles;
        obstacles.reserve(frame.nodes.size());
        for (const FrameNode& n : frame.nodes) {
            std::uint32_t priority = 0;
            if (n.role == NodeRole::Neighbour) {
                priority = 1;
            } else if (n.role == NodeRole::Normal || n.role == NodeRole::Faded) {
                priority = graph.importance_rank[n.entity] + 2;
            }
            if (!points)
                obstacles.push_back(LabelObstacle{n.entity, n.x - n.radius, n.y - n.radius, 2.0 * n.radius,
                                                  2.0 * n.radius, priority});
            if (n.role == NodeRole::Faded || (points && n.role == NodeRole::Normal)) continue;
            candidates.push_back(LabelCandidate{n.entity, n.x, n.y, n.radius, priority});
        }
        if (!candidates.empty()) {
            frame.labels =
                place_labels(std::move(candidates), *input.label_widths, input.viewport, p.labels, obstacles);
        }
    }
    return frame;
}

}  // namespace pe

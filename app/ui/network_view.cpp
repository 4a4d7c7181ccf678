// Implements the network view (network_view.h): the layout advanced a frame's budget, input
// against the last frame, the camera, then core's frame model drawn with ImDrawList.
//
// [SECTION] Layout and label state
// [SECTION] Input
// [SECTION] Drawing
// [SECTION] Tooltips
// [SECTION] draw_network_view
#include "network_view.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <string>
#include <string_view>

#include "network/network_labels.h"
#include "ui_text.h"
#include "ui_theme.h"

namespace pe {

namespace {

// Layout work per frame: steps of this many units (one entity in one iteration; about 1.4 ms
// natively, network_bench: 0.68 µs a unit) until this much wall time has passed. A time
// budget, not a unit count, because the page runs the same work several times slower than
// the desktop; the layout's result does not depend on how its work is split.
constexpr std::uint64_t kLayoutUnitsPerStep = 2000;
constexpr double kLayoutSecondsPerFrame = 0.006;

// While the layout runs, the grid is rebuilt every frame over the moving positions with
// about this many cells across (a coarse grid: its cost is linear in entities and links,
// the same order as the frame model's own); the final grid uses core's default cells.
constexpr double kLiveGridCellsAcross = 32.0;

constexpr double kWheelZoomStep = 1.25;  // per wheel notch, as the timeline

// [SECTION] Layout and label state

std::uint32_t selected_entity(const AppSession& session) {
    const auto found = session.dataset->index.entity_by_id.find(session.state.selected_id);
    return found == session.dataset->index.entity_by_id.end() ? kNoEntity : found->second;
}

void ensure_graph(NetworkView& view, const AppSession& session) {
    NetworkViewLayout& layout = view.layout;
    if (layout.built && layout.generation == session.dataset_generation) return;
    layout.graph = build_network_graph(*session.dataset, session.dataset->index);
    layout.run = start_network_layout(layout.graph, NetworkLayoutParams{});
    layout.positions = network_layout_result(layout.run);
    layout.grid = build_network_grid(layout.graph, layout.positions);
    layout.built = true;
    layout.generation = session.dataset_generation;
    view.camera.fitted = false;
    view.camera.moved_by_user = false;
    view.camera.seen_selection.clear();
    view.hover = NetworkViewHover{};
    view.frame = NetworkFrame{};
    view.frame_valid = false;
}

// Advances the run by a frame's budget; the positions and the grid follow it. Returns true
// on the frame the layout finished.
bool advance_layout(NetworkViewLayout& layout) {
    if (layout.run.finished) return false;
    const auto start = std::chrono::steady_clock::now();
    bool finished = false;
    do {
        finished = step_network_layout(layout.run, kLayoutUnitsPerStep);
    } while (!finished && std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() <
                              kLayoutSecondsPerFrame);
    layout.positions = network_layout_result(layout.run);
    if (finished) {
        layout.grid = build_network_grid(layout.graph, layout.positions);
    } else {
        const NetworkBounds& b = layout.positions.bounds;
        const double side = std::max(b.max_x - b.min_x, b.max_y - b.min_y);
        layout.grid =
            build_network_grid(layout.graph, layout.positions, std::max(side / kLiveGridCellsAcross, 1.0));
    }
    return finished;
}

const std::vector<float>& ensure_label_widths(NetworkViewLabels& labels, const AppSession& session) {
    const float font_size = ImGui::GetFontSize();
    if (labels.generation != session.dataset_generation || labels.font_size != font_size) {
        labels = NetworkViewLabels{};
        labels.generation = session.dataset_generation;
        labels.font_size = font_size;
        labels.max_width = font_size * 12.0f;
    }
    const auto lang = static_cast<std::size_t>(session.state.language);
    if (!labels.measured[lang]) {
        labels.widths[lang] = label_widths(
            *session.dataset, session.state.language,
            [](std::string_view text) {
                return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
            },
            labels.max_width);
        labels.measured[lang] = true;
    }
    return labels.widths[lang];
}

// Pixel sizes of the frame model scaled with the font (core's defaults are for a 16 px font).
NetworkFrameParams scaled_params() {
    const double em = ImGui::GetFontSize() / 16.0;
    NetworkFrameParams params;
    params.max_radius_px *= em;
    params.point_radius_px *= em;
    params.points_below_px *= em;
    params.arrow_px *= em;
    params.labels.height = ImGui::GetTextLineHeight() + 2.0;
    params.labels.gap *= em;
    params.labels.pad *= em;
    return params;
}

// [SECTION] Input

void fit_view(NetworkView& view) {
    view.camera.camera =
        fit_bounds(view.layout.positions.bounds, view.camera.viewport, ImGui::GetFontSize() * 2.0);
}

// A selection made elsewhere whose node is outside the viewport: centre it, keeping the zoom.
void follow_selection(NetworkView& view, const AppSession& session, const NetworkFrameInput& input) {
    if (view.camera.seen_selection == session.state.selected_id) return;
    view.camera.seen_selection = session.state.selected_id;
    const std::uint32_t v = selected_entity(session);
    if (v == kNoEntity || v >= view.layout.graph.node_count ||
        !network_node_shown(view.layout.graph, input, v))
        return;
    const double x = view.layout.positions.x[v], y = view.layout.positions.y[v];
    const NetworkBounds seen = visible_world(view.camera.camera, view.camera.viewport);
    if (x < seen.min_x || x > seen.max_x || y < seen.min_y || y > seen.max_y) {
        view.camera.camera.centre_x = x;
        view.camera.camera.centre_y = y;
    }
}

// The canvas's mouse input against the last frame: hover, click, double-click, wheel, drag.
void handle_input(NetworkView& view, AppSession& session, bool hovered, bool active) {
    const ImGuiIO& io = ImGui::GetIO();
    view.hover = NetworkViewHover{};
    if (!view.frame_valid) return;
    const double tolerance = ImGui::GetFontSize() * 0.25;
    if (hovered && !active) {
        const NetworkPick pick = pick_in_frame(view.frame, io.MousePos.x, io.MousePos.y, tolerance);
        view.hover = NetworkViewHover{pick.entity, pick.edge, pick.link};
    }
    if (hovered && io.MouseWheel != 0.0f) {
        view.camera.camera = zoom_at(view.camera.camera, view.camera.viewport, io.MousePos.x, io.MousePos.y,
                                     std::pow(kWheelZoomStep, static_cast<double>(io.MouseWheel)));
        view.camera.moved_by_user = true;
    }
    if (active && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f)) {
        view.camera.camera = pan_by_pixels(view.camera.camera, io.MouseDelta.x, io.MouseDelta.y);
        view.camera.moved_by_user = true;
    }
    if (!hovered) return;
    const bool still = io.MouseDragMaxDistanceSqr[0] < io.MouseDragThreshold * io.MouseDragThreshold;
    const NetworkPick under = pick_in_frame(view.frame, io.MousePos.x, io.MousePos.y, tolerance);
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && still && under.entity != kNoEntity) {
        const std::string& id = session.dataset->entities[under.entity].id;
        if (select_entity(session.state, *session.dataset, id))
            view.camera.seen_selection = id;  // picked here: it is on screen already
    }
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && under.entity == kNoEntity &&
        under.edge == kNoEntity) {
        fit_view(view);
    }
}

// [SECTION] Drawing

ImU32 node_colour(Theme theme, const FrameNode& node) {
    const float alpha = node.role == NodeRole::Faded ? 0.25f : 1.0f;
    if (node.type == kUnknownKind) return to_imu32(theme_palette(theme).text_dim, alpha);
    return to_imu32(lane_ink(theme, node.type).line, alpha);
}

void draw_edges(ImDrawList* draw, const ThemePalette& palette, const NetworkFrame& frame, float arrow_px) {
    const ImU32 faded = to_imu32(palette.text_dim, 0.15f);
    const ImU32 normal = to_imu32(palette.text_dim, 0.55f);
    const ImU32 highlighted = to_imu32(palette.link);
    for (const FrameEdge& e : frame.edges) {
        const ImU32 colour = e.role == EdgeRole::Highlighted ? highlighted
                             : e.role == EdgeRole::Faded     ? faded
                                                             : normal;
        const float thickness = e.role == EdgeRole::Highlighted ? 2.0f : 1.0f;
        const ImVec2 a(e.x0, e.y0);
        ImVec2 b(e.x1, e.y1);
        if (e.arrow) {
            const float dx = e.x1 - e.x0, dy = e.y1 - e.y0;
            const float len = std::sqrt(dx * dx + dy * dy);
            const float ux = dx / len, uy = dy / len;
            const ImVec2 base(e.x1 - ux * arrow_px * 1.5f, e.y1 - uy * arrow_px * 1.5f);
            draw->AddTriangleFilled(
                ImVec2(e.x1, e.y1), ImVec2(base.x - uy * arrow_px * 0.6f, base.y + ux * arrow_px * 0.6f),
                ImVec2(base.x + uy * arrow_px * 0.6f, base.y - ux * arrow_px * 0.6f), colour);
            b = base;
        }
        draw->AddLine(a, b, colour, thickness);
    }
}

void draw_nodes(ImDrawList* draw, Theme theme, const NetworkFrame& frame) {
    const ThemePalette& palette = theme_palette(theme);
    const ImU32 rim = to_imu32(palette.window_bg);
    const ImU32 ring = to_imu32(palette.text);
    const ImU32 neighbour_ring = to_imu32(palette.link);
    const bool points = frame.detail == NetworkDetail::Points;
    for (const FrameNode& n : frame.nodes) {
        const ImVec2 c(n.x, n.y);
        draw->AddCircleFilled(c, n.radius, node_colour(theme, n));
        if (!points && n.role != NodeRole::Faded) draw->AddCircle(c, n.radius, rim, 0, 1.0f);
        if (n.role == NodeRole::Selected) draw->AddCircle(c, n.radius + 3.0f, ring, 0, 2.5f);
        if (n.role == NodeRole::Hovered) draw->AddCircle(c, n.radius + 2.0f, ring, 0, 1.5f);
        if (n.role == NodeRole::Neighbour && !points)
            draw->AddCircle(c, n.radius + 1.5f, neighbour_ring, 0, 1.0f);
    }
}

// `text` cut to fit `width` pixels with an ellipsis (at a UTF-8 character boundary).
std::string fitted_label(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width + 0.5f) return text;
    const char* ellipsis = "…";
    const float room = width - ImGui::CalcTextSize(ellipsis).x;
    std::size_t end = text.size();
    while (end > 0) {
        --end;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0u) == 0x80u) --end;
        if (ImGui::CalcTextSize(text.data(), text.data() + end).x <= room) break;
    }
    return text.substr(0, end) + ellipsis;
}

void draw_labels(ImDrawList* draw, const AppSession& session, const NetworkFrame& frame) {
    const ThemePalette& palette = theme_palette(session.state.theme);
    const ImU32 backdrop = to_imu32(palette.window_bg, 0.75f);
    const ImU32 text = to_imu32(palette.text);
    const float font = ImGui::GetFontSize();
    for (const PlacedLabel& label : frame.labels) {
        const auto left = static_cast<float>(label.left), top = static_cast<float>(label.top);
        const auto width = static_cast<float>(label.width), height = static_cast<float>(label.height);
        const std::string shown =
            fitted_label(pick(session.dataset->entities[label.entity].name, session.state.language), width);
        draw->AddRectFilled(ImVec2(left - 1.0f, top), ImVec2(left + width + 1.0f, top + height), backdrop,
                            2.0f);
        draw->AddText(ImVec2(left, top + (height - font) * 0.5f), text, shown.c_str());
    }
}

void draw_progress(ImDrawList* draw, const AppSession& session, const NetworkLayoutRun& run, ImVec2 at) {
    const ThemePalette& palette = theme_palette(session.state.theme);
    const int percent = static_cast<int>(network_layout_progress(run) * 100.0);
    const std::string text = ui_text_format(session, "network.layout", {std::to_string(percent)});
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    const float pad = ImGui::GetFontSize() * 0.3f;
    draw->AddRectFilled(at, ImVec2(at.x + size.x + 2.0f * pad, at.y + size.y + 2.0f * pad),
                        to_imu32(palette.panel_bg, 0.9f), 3.0f);
    draw->AddText(ImVec2(at.x + pad, at.y + pad), to_imu32(palette.text_dim), text.c_str());
}

// [SECTION] Tooltips

void node_tooltip(const AppSession& session, const Entity& entity) {
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(pick(entity.name, session.state.language).c_str());
    ImGui::TextDisabled("%s", ui_text(session, "type." + entity.type).c_str());
    ImGui::EndTooltip();
}

void edge_tooltip(const AppSession& session, const Link& link) {
    const Dataset& dataset = *session.dataset;
    const auto name_of = [&](const std::string& id) -> std::string {
        const auto found = dataset.index.entity_by_id.find(id);
        return found == dataset.index.entity_by_id.end()
                   ? id
                   : pick(dataset.entities[found->second].name, session.state.language);
    };
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(ui_text(session, "relation." + link.relation).c_str());
    ImGui::TextDisabled("%s → %s", name_of(link.from).c_str(), name_of(link.to).c_str());
    ImGui::EndTooltip();
}

}  // namespace

// [SECTION] draw_network_view

bool draw_network_view(NetworkView& view, AppSession& session, const ExplorerModels& models, ImVec2 size) {
    ensure_graph(view, session);
    const bool just_finished = advance_layout(view.layout);
    if (just_finished) view.camera.fitted = false;  // the first frame of the final layout fits

    ImGui::BeginChild("##network", size, false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    if (avail.x < 20.0f || avail.y < 20.0f) {
        ImGui::EndChild();
        return !view.layout.run.finished;
    }
    const ImVec2 canvas_max(origin.x + avail.x, origin.y + avail.y);
    view.camera.viewport = NetworkViewport{origin.x, origin.y, avail.x, avail.y};

    ImGui::InvisibleButton("##network_canvas", avail);
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    handle_input(view, session, hovered, active);

    NetworkFrameInput input;
    input.visible = models.shown.visible.empty() ? nullptr : &models.shown.visible;
    input.selected = selected_entity(session);
    input.hovered = view.hover.entity;
    input.hovered_edge = view.hover.entity == kNoEntity ? view.hover.edge : kNoEntity;
    input.label_widths = &ensure_label_widths(view.labels, session);
    input.params = scaled_params();

    // The camera: fit a new layout (and follow the moving one until the person moves it);
    // once laid out, centre a selection made elsewhere that is off screen.
    if (!view.camera.fitted || (!view.layout.run.finished && !view.camera.moved_by_user)) {
        fit_view(view);
        view.camera.fitted = true;
    }
    if (view.layout.run.finished) follow_selection(view, session, input);
    input.camera = view.camera.camera;
    input.viewport = view.camera.viewport;

    view.frame = build_network_frame(view.layout.graph, view.layout.positions, view.layout.grid, input);
    view.frame_valid = true;

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(origin, canvas_max, true);
    draw_edges(draw, theme_palette(session.state.theme), view.frame,
               static_cast<float>(input.params.arrow_px));
    draw_nodes(draw, session.state.theme, view.frame);
    draw_labels(draw, session, view.frame);
    const float pad = ImGui::GetFontSize() * 0.4f;
    if (!view.layout.run.finished)
        draw_progress(draw, session, view.layout.run, ImVec2(origin.x + pad, origin.y + pad));
    draw->PopClipRect();

    if (hovered && !active) {
        if (view.hover.entity != kNoEntity) {
            node_tooltip(session, session.dataset->entities[view.hover.entity]);
        } else if (view.hover.link != kNoEntity) {
            edge_tooltip(session, session.dataset->links[view.hover.link]);
        }
    }
    ImGui::EndChild();
    return !view.layout.run.finished;
}

}  // namespace pe

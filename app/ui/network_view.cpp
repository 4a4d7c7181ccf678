// Implements the network view (network_view.h): the layout advanced a frame's budget, input
// against the last frame, the camera, then core's frame model drawn with ImDrawList.
//
// [SECTION] Layout and label state
// [SECTION] Input
// [SECTION] Drawing
// [SECTION] Legend and relations
// [SECTION] Tooltips
// [SECTION] draw_network_view
#include "network_view.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <string>
#include <string_view>

#include "entity_click.h"
#include "model/entity_types.h"
#include "network/network_fit.h"
#include "network/network_labels.h"
#include "network/network_legend.h"
#include "network_batch.h"
#include "ui_text.h"
#include "ui_theme.h"

namespace pe {

namespace {

// Layout work per frame: steps of this many units (one entity in one iteration; about 0.35 ms
// natively, network_bench: 0.68 µs a unit; core cuts an iteration between entities, so a
// step never runs over) until the frame's wall-time slice has passed (core's
// network_layout_slice_seconds: half the time since the last frame, 6 to 50 ms). A time
// budget, not a unit count, because the page runs the same work slower than the desktop; the
// layout's result does not depend on how its work is split.
constexpr std::uint64_t kLayoutUnitsPerStep = 500;

constexpr double kWheelZoomStep = 1.25;  // per wheel notch, as the timeline

// Level of detail in drawing: past this many nodes (or edges) on screen, discs smaller than
// kSmallDiscPx and arrowheads are drawn as plain polygons in a batch, not anti-aliased shapes.
constexpr std::size_t kSmoothShapesUpTo = 2000;
constexpr float kSmallDiscPx = 5.0f;
// Far out, nodes become points only with more than this many in view: a small network stays
// discs with labels however far it is zoomed out.
constexpr std::size_t kPointsAboveNodes = 300;

// [SECTION] Layout and label state

double milliseconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

void ensure_graph(NetworkView& view, const AppSession& session) {
    NetworkViewLayout& layout = view.layout;
    if (layout.built && layout.generation == session.dataset_generation) return;
    layout.graph = build_network_graph(*session.dataset, session.dataset->index);
    layout.legend = network_legend_types(layout.graph);
    layout.run = start_network_layout(layout.graph, NetworkLayoutParams{});
    layout.positions = network_layout_result(layout.run);
    layout.grid = build_network_grid(layout.graph, layout.positions);
    layout.hash = layout.run.finished ? network_layout_hash(layout.positions) : 0;
    layout.built = true;
    layout.generation = session.dataset_generation;
    view.camera.fitted = false;
    view.camera.moved_by_user = false;
    view.camera.seen_selection.clear();
    view.hover = NetworkViewHover{};
    view.frame = NetworkFrame{};
    view.frame_valid = false;
}

// Advances the run by a frame's budget; the positions and the grid follow it (the final
// positions re-packed to the viewport's shape). Returns true on the frame the layout finished.
bool advance_layout(NetworkViewLayout& layout, const NetworkViewport& viewport) {
    if (layout.run.finished) return false;
    const auto start = std::chrono::steady_clock::now();
    const double slice = network_layout_slice_seconds(static_cast<double>(ImGui::GetIO().DeltaTime));
    bool finished = false;
    do {
        finished = step_network_layout(layout.run, kLayoutUnitsPerStep);
    } while (!finished &&
             std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() < slice);
    layout.positions = network_layout_result(layout.run);
    // Positions that move every frame get the unindexed grid (indexing them would cost more
    // than it saves); the final ones, re-packed to the viewport, the indexed grid.
    if (finished) {
        layout.hash = network_layout_hash(layout.positions);
        layout.positions = pack_for_viewport(layout.graph, layout.positions, viewport.width / viewport.height,
                                             layout.run.params.component_gap);
        layout.grid = build_network_grid(layout.graph, layout.positions);
    } else {
        layout.grid = unindexed_network_grid(layout.graph, layout.positions);
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
    params.points_above_nodes = kPointsAboveNodes;
    params.min_radius_px = 3.0 * em;
    params.arrow_px *= em;
    params.labels.height = ImGui::GetTextLineHeight() + 2.0;
    params.labels.gap *= em;
    params.labels.pad *= em;
    return params;
}

// [SECTION] Input

void fit_view(NetworkView& view) {
    view.camera.camera = fit_network(view.layout.positions, view.camera.viewport, ImGui::GetFontSize() * 2.0,
                                     view.camera.legend_width);
}

// A selection made elsewhere whose node is outside the viewport: centre it, keeping the zoom.
void follow_selection(NetworkView& view, const AppSession& session, const NetworkFrameInput& input) {
    if (view.camera.seen_selection == session.state.selected_id) return;
    view.camera.seen_selection = session.state.selected_id;
    const std::uint32_t v = selected_entity(session);
    if (v == kNoEntity || v >= view.layout.graph.node_count ||
        !network_node_shown(view.layout.graph, input, v))
        return;
    view.camera.camera = camera_showing(view.camera.camera, view.camera.viewport, view.layout.positions.x[v],
                                        view.layout.positions.y[v], ImGui::GetFontSize());
}

// The canvas's mouse input against the last frame: hover, click, double-click, wheel, drag.
void handle_input(NetworkView& view, AppSession& session, bool hovered, bool active) {
    const ImGuiIO& io = ImGui::GetIO();
    view.hover = NetworkViewHover{};
    if (!view.frame_valid) return;
    const double tolerance = ImGui::GetFontSize() * 0.25;
    // One pick a frame, for the hover and a click (none when the mouse is elsewhere).
    const NetworkPick under =
        hovered ? pick_in_frame(view.frame, io.MousePos.x, io.MousePos.y, tolerance) : NetworkPick{};
    if (hovered && !active) view.hover = NetworkViewHover{under.entity, under.edge, under.link};
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
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && still && under.entity != kNoEntity) {
        const std::string id = session.dataset->entities[under.entity].id.str();
        // Shift+click connects to the selection (with nothing selected, it selects).
        if (!click_entity(session, id)) view.camera.seen_selection = id;  // picked here: on screen already
    }
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && under.entity == kNoEntity &&
        under.edge == kNoEntity) {
        fit_view(view);
    }
}

// [SECTION] Drawing

// Edges in one batch (lines straight into the draw list), then their arrowheads.
void draw_edges(ImDrawList* draw, const ThemePalette& palette, const NetworkFrame& frame, float arrow_px) {
    const ImU32 faded = to_imu32(palette.text_dim, 0.15f);
    const ImU32 normal = to_imu32(palette.text_dim, 0.55f);
    const ImU32 highlighted = to_imu32(palette.link);
    const auto colour_of = [&](const FrameEdge& e) {
        return e.role == EdgeRole::Highlighted ? highlighted : e.role == EdgeRole::Faded ? faded : normal;
    };
    const float head = arrow_px * 1.5f, wing = arrow_px * 0.6f;
    {
        DrawBatch batch(draw);
        for (const FrameEdge& e : frame.edges) {
            ImVec2 b(e.x1, e.y1);
            if (e.arrow) {  // the line stops at the arrowhead's base
                const float dx = e.x1 - e.x0, dy = e.y1 - e.y0, len = std::sqrt(dx * dx + dy * dy);
                b = ImVec2(e.x1 - dx / len * head, e.y1 - dy / len * head);
            }
            if (e.role == EdgeRole::Highlighted) {
                batch.line(ImVec2(e.x0, e.y0), b, highlighted, 2);
            } else if (frame.hairlines) {
                batch.hairline(ImVec2(e.x0, e.y0), b, colour_of(e));
            } else {
                batch.line(ImVec2(e.x0, e.y0), b, colour_of(e), 1);
            }
        }
    }
    // Many arrowheads go in a batch without anti-aliasing; a few are drawn smooth.
    DrawBatch batch(draw);
    const bool many = frame.edges.size() > kSmoothShapesUpTo;
    for (const FrameEdge& e : frame.edges) {
        if (!e.arrow) continue;
        const float dx = e.x1 - e.x0, dy = e.y1 - e.y0, len = std::sqrt(dx * dx + dy * dy);
        const float ux = dx / len, uy = dy / len;
        const ImVec2 base(e.x1 - ux * head, e.y1 - uy * head);
        const ImVec2 tip(e.x1, e.y1), left(base.x - uy * wing, base.y + ux * wing),
            right(base.x + uy * wing, base.y - ux * wing);
        if (many) {
            batch.triangle(tip, left, right, colour_of(e));
        } else {
            draw->AddTriangleFilled(tip, left, right, colour_of(e));
        }
    }
}

// Far out (Points) the nodes are squares in one batch; closer, discs with rings by role.
// One node's shape (core's node_shape for its type) centred at `c` with radius `r`: filled in
// `fill`, or outlined in `line` (thickness > 0) or both. Squares, diamonds and triangles are
// sized so their area is close to the circle's.
void draw_node_shape(ImDrawList* draw, ImVec2 c, float r, NodeShape shape, ImU32 fill, ImU32 line,
                     float thickness) {
    switch (shape) {
        case NodeShape::Square: {
            const float h = r * 0.89f;
            if (fill != 0) draw->AddRectFilled(ImVec2(c.x - h, c.y - h), ImVec2(c.x + h, c.y + h), fill);
            if (thickness > 0.0f)
                draw->AddRect(ImVec2(c.x - h, c.y - h), ImVec2(c.x + h, c.y + h), line, 0.0f, 0, thickness);
            return;
        }
        case NodeShape::Diamond: {
            const float h = r * 1.25f;
            const ImVec2 a(c.x, c.y - h), b(c.x + h, c.y), d(c.x, c.y + h), e(c.x - h, c.y);
            if (fill != 0) draw->AddQuadFilled(a, b, d, e, fill);
            if (thickness > 0.0f) draw->AddQuad(a, b, d, e, line, thickness);
            return;
        }
        case NodeShape::Triangle: {
            const float h = r * 1.35f;
            const ImVec2 a(c.x, c.y - h), b(c.x + h * 0.87f, c.y + h * 0.5f),
                d(c.x - h * 0.87f, c.y + h * 0.5f);
            if (fill != 0) draw->AddTriangleFilled(a, b, d, fill);
            if (thickness > 0.0f) draw->AddTriangle(a, b, d, line, thickness);
            return;
        }
        case NodeShape::Circle:
            break;
    }
    if (fill != 0) draw->AddCircleFilled(c, r, fill);
    if (thickness > 0.0f) draw->AddCircle(c, r, line, 0, thickness);
}

void draw_nodes(ImDrawList* draw, Theme theme, const NetworkFrame& frame, const LinkEmphasis& links) {
    const ThemePalette& palette = theme_palette(theme);
    const ImU32 rim = to_imu32(palette.window_bg);
    const ImU32 ring = to_imu32(palette.text);
    const ImU32 neighbour_ring = to_imu32(palette.link);
    std::array<std::array<ImU32, 2>, kEntityTypes.size() + 1> ink{};  // per type, normal / faded
    for (std::size_t t = 0; t <= kEntityTypes.size(); ++t) {
        const Rgba base = t < kEntityTypes.size() ? lane_ink(theme, t).line : palette.text_dim;
        ink[t] = {to_imu32(base), to_imu32(base, 0.25f)};
    }
    const auto colour = [&](const FrameNode& n) {
        return ink[std::min<std::size_t>(n.type, kEntityTypes.size())][n.role == NodeRole::Faded ? 1 : 0];
    };
    if (frame.detail == NetworkDetail::Points) {
        {
            DrawBatch batch(draw);
            for (const FrameNode& n : frame.nodes) batch.square(ImVec2(n.x, n.y), n.radius, colour(n));
        }  // (Points come with more than kPointsAboveNodes nodes in view: squares of 3 px)
        for (const FrameNode& n : frame.nodes) {
            const ImVec2 c(n.x, n.y);
            if (n.role == NodeRole::Selected) draw->AddCircle(c, n.radius + 3.0f, ring, 0, 2.5f);
            if (n.role == NodeRole::Hovered) draw->AddCircle(c, n.radius + 2.0f, ring, 0, 1.5f);
            if (on_chain(links, n.entity)) draw->AddCircle(c, n.radius + 5.0f, neighbour_ring, 0, 2.0f);
        }
        return;
    }
    // Many small discs go in a batch as plain octagons, without their rim.
    const bool many = frame.nodes.size() > kSmoothShapesUpTo;
    {
        DrawBatch batch(draw);
        for (const FrameNode& n : frame.nodes) {
            if (many && n.radius < kSmallDiscPx) batch.small_disc(ImVec2(n.x, n.y), n.radius, colour(n));
        }
    }
    for (const FrameNode& n : frame.nodes) {
        const ImVec2 c(n.x, n.y);
        if (!many || n.radius >= kSmallDiscPx) {
            draw_node_shape(draw, c, n.radius, node_shape(n.type, kLaneColourCount), colour(n), rim,
                            n.role != NodeRole::Faded ? 1.0f : 0.0f);
        }
        if (n.role == NodeRole::Selected) draw->AddCircle(c, n.radius + 3.0f, ring, 0, 2.5f);
        if (n.role == NodeRole::Hovered) draw->AddCircle(c, n.radius + 2.0f, ring, 0, 1.5f);
        if (n.role == NodeRole::Neighbour) draw->AddCircle(c, n.radius + 1.5f, neighbour_ring, 0, 1.0f);
        if (on_chain(links, n.entity)) draw->AddCircle(c, n.radius + 5.0f, neighbour_ring, 0, 2.0f);
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
        const std::string shown = fitted_label(
            pick(session.dataset->entities[label.entity].name, session.state.language).str(), width);
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

// [SECTION] Legend and relations

// The relations list: a button that opens a popup of checkboxes, one per relation present.
void draw_relations_menu(NetworkView& view, AppSession& session) {
    const std::string button = ui_text(session, "network.relations") + "##network_relations_button";
    if (ImGui::SmallButton(button.c_str())) ImGui::OpenPopup("##network_relations");
    if (!ImGui::BeginPopup("##network_relations")) return;
    for (const LegendRelation& r : network_relations(view.layout.graph, session.state.hidden_relations)) {
        bool shown = !r.hidden;
        const std::string label = ui_text(session, "relation." + r.relation) + "  (" +
                                  std::to_string(r.count) + ")###relation_" + r.relation;
        if (ImGui::Checkbox(label.c_str(), &shown))
            toggle_hidden_relation(session.state.hidden_relations, r.relation);
    }
    ImGui::EndPopup();
}

// The legend's rows (a label per type) and its box, measured in the current font: as many
// columns as the canvas's height needs, the relations button below them.
struct LegendBox {
    std::vector<std::string> labels;
    float width = 0.0f;    // of a row
    std::size_t rows = 1;  // per column
    std::size_t columns = 1;
    ImVec2 size;        // of the box
    bool fits = false;  // in the canvas (else it is not drawn)
};

LegendBox measure_legend(const NetworkView& view, const AppSession& session, ImVec2 canvas) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    const float pad = em * 0.4f;
    LegendBox box;
    box.width =
        ImGui::CalcTextSize(ui_text(session, "network.relations").c_str()).x + 2.0f * style.FramePadding.x;
    for (const LegendType& entry : view.layout.legend) {
        box.labels.push_back(ui_text(session, "type." + entry.type) + "  " + std::to_string(entry.count));
        box.width = std::max(box.width, ImGui::CalcTextSize(box.labels.back().c_str()).x + em * 1.2f);
    }
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float room = canvas.y - 2.0f * pad - 2.0f * style.WindowPadding.y - line;  // the button's line
    const std::size_t count = std::max<std::size_t>(box.labels.size(), 1);
    box.rows = std::min(count, static_cast<std::size_t>(std::max(room / line, 1.0f)));
    box.columns = (count + box.rows - 1) / box.rows;
    const auto columns = static_cast<float>(box.columns);
    box.size =
        ImVec2(box.width * columns + style.ItemSpacing.x * (columns - 1.0f) + 2.0f * style.WindowPadding.x,
               line * static_cast<float>(box.rows + 1) + 2.0f * style.WindowPadding.y);
    box.fits = box.size.x + 2.0f * pad <= canvas.x * 0.5f && box.size.y + 2.0f * pad <= canvas.y;
    return box;
}

// The legend over the canvas's top-right corner: a colour, a name and a count per type; a
// click chooses the type in the shared filter (or drops it), so every view narrows with it.
void draw_legend(NetworkView& view, AppSession& session, const LegendBox& box, ImVec2 canvas_min,
                 ImVec2 canvas_max) {
    if (!box.fits) return;
    std::vector<LegendType>& legend = view.layout.legend;
    mark_shown_types(legend, session.state.filter.types);
    const float em = ImGui::GetFontSize();
    const float pad = em * 0.4f;
    const float width = box.width;
    const std::vector<std::string>& labels = box.labels;
    ImGui::SetCursorScreenPos(ImVec2(canvas_max.x - box.size.x - pad, canvas_min.y + pad));
    const ThemePalette& palette = theme_palette(session.state.theme);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, to_imu32(palette.panel_bg, 0.88f));
    ImGui::BeginChild("##network_legend", box.size, ImGuiChildFlags_Border,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 first = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeightWithSpacing();
    for (std::size_t i = 0; i < legend.size(); ++i) {
        const LegendType& entry = legend[i];
        const std::size_t column = i / box.rows, row = i % box.rows;
        const ImVec2 at(first.x + static_cast<float>(column) * (width + ImGui::GetStyle().ItemSpacing.x),
                        first.y + static_cast<float>(row) * line);
        const std::string id = labels[i] + "###legend_" + entry.type;
        ImGui::SetCursorScreenPos(ImVec2(at.x + em * 1.2f, at.y));
        if (!entry.shown) ImGui::PushStyleColor(ImGuiCol_Text, to_imu32(palette.text_dim));
        if (ImGui::Selectable(id.c_str(), false, ImGuiSelectableFlags_None, ImVec2(width - em * 1.2f, 0.0f)))
            toggle_legend_type(session.state.filter.types, entry.type);
        if (!entry.shown) ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui_text(session, "network.legend_hint").c_str());
        const ImVec2 dot(at.x + em * 0.5f, at.y + ImGui::GetTextLineHeight() * 0.5f);
        const ImU32 ink = entry.number == kUnknownKind
                              ? to_imu32(palette.text_dim)
                              : to_imu32(lane_ink(session.state.theme, entry.number).line);
        // The node's shape in its colour: filled when the type is shown, outlined when filtered out.
        draw_node_shape(draw, dot, em * 0.3f, node_shape(entry.number, kLaneColourCount),
                        entry.shown ? ink : 0, ink, entry.shown ? 0.0f : 1.5f);
    }
    ImGui::SetCursorScreenPos(ImVec2(first.x, first.y + static_cast<float>(box.rows) * line));
    draw_relations_menu(view, session);
    ImGui::EndChild();
    ImGui::PopStyleColor();
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
    const auto name_of = [&](const DataString& id) -> std::string {
        const auto found = dataset.index.entity_by_id.find(id);
        return found == dataset.index.entity_by_id.end()
                   ? id.str()
                   : pick(dataset.entities[found->second].name, session.state.language).str();
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

    // The legend's band on the right is left free by the fit and by the packing's shape.
    const LegendBox legend = measure_legend(view, session, avail);
    view.camera.legend_width = legend.fits ? legend.size.x + ImGui::GetFontSize() * 0.4f : 0.0f;
    NetworkViewport room = view.camera.viewport;
    room.width = std::max(room.width - view.camera.legend_width, room.width * 0.5);

    const auto layout_start = std::chrono::steady_clock::now();
    const bool just_finished = advance_layout(view.layout, room);
    view.times.layout_ms = milliseconds_since(layout_start);
    if (just_finished) view.camera.fitted = false;  // the first frame of the final layout fits

    ImGui::InvisibleButton("##network_canvas", avail);
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    handle_input(view, session, hovered, active);

    NetworkFrameInput input;
    input.visible = models.shown.visible.empty() ? nullptr : &models.shown.visible;
    input.focus = session.links.in_focus.empty() ? nullptr : &session.links.in_focus;
    input.link_highlight = session.links.chain_links.empty() ? nullptr : &session.links.chain_links;
    input.hidden_relations = hidden_relation_bits(session.state.hidden_relations);
    input.selected = selected_entity(session);
    input.hovered = view.hover.entity;
    input.hovered_edge = view.hover.entity == kNoEntity ? view.hover.edge : kNoEntity;
    input.label_widths = &ensure_label_widths(view.labels, session);
    input.params = scaled_params();

    // The camera: fit a new layout (and follow the moving one until the person moves it);
    // once laid out, bring a selection made elsewhere on screen.
    if (!view.camera.fitted || (!view.layout.run.finished && !view.camera.moved_by_user)) {
        fit_view(view);
        view.camera.fitted = true;
    }
    if (view.layout.run.finished) follow_selection(view, session, input);
    input.camera = view.camera.camera;
    input.viewport = view.camera.viewport;

    const auto model_start = std::chrono::steady_clock::now();
    view.frame = build_network_frame(view.layout.graph, view.layout.positions, view.layout.grid, input);
    view.times.model_ms = milliseconds_since(model_start);
    view.frame_valid = true;

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(origin, canvas_max, true);
    draw_edges(draw, theme_palette(session.state.theme), view.frame,
               static_cast<float>(input.params.arrow_px));
    draw_nodes(draw, session.state.theme, view.frame, session.links);
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
    draw_legend(view, session, legend, origin, canvas_max);
    ImGui::EndChild();
    return !view.layout.run.finished;
}

}  // namespace pe

// Implements the timeline view (timeline_view.h): input, then layout by core, then drawing.
#include "timeline_view.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <string>

#include "model/date.h"
#include "text/date_format.h"
#include "text/text_excerpt.h"
#include "timeline/timeline_hit_test.h"
#include "timeline/timeline_interaction.h"
#include "timeline_linked_strip_view.h"
#include "ui_text.h"
#include "ui_theme.h"

namespace pe {

namespace {

void ensure_index(TimelineView& view, const AppSession& session, const ExplorerModels& models) {
    const std::int64_t today = local_today();
    bool rebuilt = false;
    if (!view.built || view.built_generation != session.dataset_generation || view.built_today != today) {
        view.full = build_timeline_index(*session.dataset, today);
        view.limits = timeline_limits(view.full);  // zoom limits stay those of the whole data
        view.built = true;
        view.built_generation = session.dataset_generation;
        view.built_today = today;
        rebuilt = true;
    }
    if (rebuilt || view.filtered_version != models.shown_version) {
        view.filtering = !models.shown.visible.empty();
        if (view.filtering) {
            filter_timeline_index(*session.dataset, view.full, &models.shown.visible, view.filtered);
        } else {
            view.filtered = TimelineIndex{};
        }
        view.filtered_version = models.shown_version;
        view.frame_valid = false;
        view.overview_valid = false;
    }
}

// What the timeline's input rules decided, applied to the session's view state.
void apply_outcome(ViewState& state, const Dataset& dataset, const TimelineOutcome& outcome) {
    if (outcome.window) {
        state.time_window = *outcome.window;
        state.has_time_window = true;
    }
    if (outcome.selection == TimelineSelection::Select)
        state.selected_id = dataset.entities[outcome.entity].id;
    if (outcome.selection == TimelineSelection::Clear) state.selected_id.clear();
    if (outcome.selection == TimelineSelection::Connect)
        connect_entity(state, dataset, dataset.entities[outcome.entity].id);
}

// The selection's linked items, recomputed when the selection, the focus, the filter or the
// data changed; then, once per new selection, the window moves to show it and its dated
// links when none of them is in view.
void update_linked(TimelineView& view, AppSession& session, const ExplorerModels& models, double width,
                   double margin) {
    refresh_links(session);  // an input of this frame may have changed the selection
    const ViewState& state = session.state;
    if (!view.linked_valid || view.linked_selection != state.selected_id ||
        view.linked_focus != state.focus_hops || view.linked_filter != models.shown_version ||
        view.linked_generation != session.dataset_generation || view.linked_today != view.built_today) {
        update_timeline_linked(*session.dataset, session.graph, session.links, active_index(view),
                               &models.shown.visible, selected_entity(session), view.linked);
        view.linked_valid = true;
        view.linked_selection = state.selected_id;
        view.linked_focus = state.focus_hops;
        view.linked_filter = models.shown_version;
        view.linked_generation = session.dataset_generation;
        view.linked_today = view.built_today;
    }
    if (view.framed_selection == state.selected_id) return;
    view.framed_selection = state.selected_id;
    if (state.selected_id.empty()) return;
    view.reveal_linked = true;
    session.state.time_window = window_after_selection(active_index(view), view.linked, state.time_window,
                                                       width, margin, view.limits);
}

TimelineLayoutParams scaled_params() {
    const float em = ImGui::GetFontSize();
    TimelineLayoutParams params;
    params.row_height = em * 1.45f;
    params.lane_padding = em * 0.25f;
    params.lane_gap = em * 0.12f;
    params.point_radius = em * 0.28f;
    params.label_pad = em * 0.3f;
    params.item_gap = em * 0.4f;
    params.max_label_px = em * 14.0f;
    params.cluster_px = em * 2.0f;
    params.clip_margin = em;
    return params;
}

TimelineKeys read_keys(bool focused) {
    TimelineKeys keys;
    if (!focused || ImGui::GetIO().WantTextInput || ImGui::GetIO().KeyAlt) return keys;
    keys.previous = ImGui::IsKeyPressed(ImGuiKey_LeftArrow);
    keys.next = ImGui::IsKeyPressed(ImGuiKey_RightArrow);
    keys.zoom_in = ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd);
    keys.zoom_out = ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract);
    keys.fit = ImGui::IsKeyPressed(ImGuiKey_Home);
    keys.clear = ImGui::IsKeyPressed(ImGuiKey_Escape);
    return keys;
}

void draw_ticks(ImDrawList* draw, const ThemePalette& palette, const TimelineFrame& frame,
                const ImVec2& axis_min, const ImVec2& canvas_max, float line) {
    const ImU32 grid = to_imu32(palette.border, 0.35f);
    const ImU32 major_grid = to_imu32(palette.border, 0.9f);
    const ImU32 text = to_imu32(palette.text);
    const ImU32 dim = to_imu32(palette.text_dim);
    for (const Tick& tick : frame.ticks.major) {
        draw->AddLine(ImVec2(tick.x, axis_min.y), ImVec2(tick.x, canvas_max.y), major_grid);
        if (!tick.label.empty()) draw->AddText(ImVec2(tick.label_x, axis_min.y), text, tick.label.c_str());
    }
    for (const Tick& tick : frame.ticks.minor) {
        draw->AddLine(ImVec2(tick.x, axis_min.y + line), ImVec2(tick.x, canvas_max.y), grid);
        if (!tick.label.empty())
            draw->AddText(ImVec2(tick.label_x, axis_min.y + line), dim, tick.label.c_str());
    }
}

constexpr float kFadedAlpha = 0.25f;

// A ring around an item's mark, `grow` pixels out: the selection's, a linked item's, a chain's.
void draw_ring(ImDrawList* draw, const TimelineItemBox& item, const TimelineLayoutParams& params,
               ImU32 colour, float grow, float thickness) {
    const float mid = (item.y0 + item.y1) * 0.5f;
    const float half = (item.y1 - item.y0) * 0.3f;
    if (item.shape == ItemShape::Point) {
        draw->AddCircle(ImVec2(item.x0, mid), params.point_radius + grow, colour, 0, thickness);
    } else {
        draw->AddRect(ImVec2(item.x0 - grow + 1.0f, mid - half - grow + 1.0f),
                      ImVec2(item.x1 + grow - 1.0f, mid + half + grow - 1.0f), colour, 3.0f, 0, thickness);
    }
}

// Linked: a ring in the links' colour with a soft glow; on a chain: a thicker accent ring.
void draw_emphasis_ring(ImDrawList* draw, const ThemePalette& palette, const TimelineItemBox& item,
                        const TimelineLayoutParams& params, TimelineEmphasis emphasis) {
    if (emphasis == TimelineEmphasis::Linked) {
        draw_ring(draw, item, params, to_imu32(palette.link, 0.25f), 5.0f, 5.0f);
        draw_ring(draw, item, params, to_imu32(palette.link), 3.0f, 1.5f);
    } else if (emphasis == TimelineEmphasis::Chain) {
        draw_ring(draw, item, params, to_imu32(palette.accent, 0.3f), 6.0f, 6.0f);
        draw_ring(draw, item, params, to_imu32(palette.accent), 3.5f, 2.5f);
    }
}

// Fills are the palette's lane inks, opaque: the label drawn on them has the contrast the palette
// tests check (theme_palette_test.cpp); an item the focus fades is drawn at a quarter of its alpha.
void draw_item(ImDrawList* draw, Theme theme, const TimelineItemBox& item, const TimelineLayoutParams& params,
               TimelineEmphasis emphasis) {
    const ThemePalette& palette = theme_palette(theme);
    const LaneInk& ink = lane_ink(theme, item.lane);
    const float alpha = emphasis == TimelineEmphasis::Faded ? kFadedAlpha : 1.0f;
    const ImU32 colour = to_imu32(ink.line, alpha);
    const float mid = (item.y0 + item.y1) * 0.5f;
    const float half = (item.y1 - item.y0) * 0.3f;
    // Year/month precision: the whole period, drawn faint with a dashed-looking outline so it
    // reads as "some time in", not as an exact span.
    const bool approximate = item.shape != ItemShape::Point && (item.start_precision != DatePrecision::Day ||
                                                                item.end_precision != DatePrecision::Day);
    if (item.shape == ItemShape::Point) {
        draw->AddCircleFilled(ImVec2(item.x0, mid), params.point_radius, colour);
    } else {
        const ImVec2 a(item.x0, mid - half);
        const ImVec2 b(std::max(item.x1, item.x0 + 2.0f), mid + half);
        const Rgba fill_colour = approximate ? ink.bar_approximate : ink.bar;
        const ImU32 fill = to_imu32(fill_colour, alpha);
        if (item.open_end) {
            const float fade = std::min(b.x - a.x, params.row_height * 2.0f);
            const ImU32 clear = to_imu32(fill_colour, 0.0f);
            draw->AddRectFilled(a, ImVec2(b.x - fade, b.y), fill);
            draw->AddRectFilledMultiColor(ImVec2(b.x - fade, a.y), b, fill, clear, clear, fill);
        } else {
            draw->AddRectFilled(a, b, fill, 2.0f);
        }
        if (approximate) {
            const int dashes = static_cast<int>((b.x - a.x) / 6.0f) + 1;
            for (int dash = 0; dash < dashes; ++dash) {
                const float x = a.x + 6.0f * static_cast<float>(dash);
                draw->AddLine(ImVec2(x, a.y), ImVec2(std::min(x + 3.0f, b.x), a.y), colour);
                draw->AddLine(ImVec2(x, b.y), ImVec2(std::min(x + 3.0f, b.x), b.y), colour);
            }
        }
    }
    draw_emphasis_ring(draw, palette, item, params, emphasis);
    if (item.selected) draw_ring(draw, item, params, to_imu32(palette.text), 3.0f, 2.0f);
    if (!item.label.empty()) {
        const float text_y = mid - ImGui::GetFontSize() * 0.5f;
        const Rgba on_fill = approximate ? ink.bar_approximate_label : ink.bar_label;
        const ImU32 text = to_imu32(item.label_inside ? on_fill : palette.text, alpha);
        draw->AddText(ImVec2(item.label_x, text_y), text, item.label.c_str());
    }
}

void draw_cluster(ImDrawList* draw, Theme theme, const TimelineCluster& cluster, TimelineEmphasis emphasis) {
    const ThemePalette& palette = theme_palette(theme);
    const LaneInk& ink = lane_ink(theme, cluster.lane);
    const float alpha = emphasis == TimelineEmphasis::Faded && !cluster.selected ? kFadedAlpha : 1.0f;
    const ImU32 fill = to_imu32(cluster.selected ? ink.cluster_selected : ink.cluster, alpha);
    const ImVec2 a(cluster.x0 + 1.0f, cluster.y0 + 2.0f);
    const ImVec2 b(std::max(cluster.x1 - 1.0f, a.x + 3.0f), cluster.y1 - 2.0f);
    draw->AddRectFilled(a, b, fill, 4.0f);
    if (emphasis == TimelineEmphasis::Linked || emphasis == TimelineEmphasis::Chain) {
        const bool chain = emphasis == TimelineEmphasis::Chain;
        draw->AddRect(ImVec2(a.x - 2.0f, a.y - 2.0f), ImVec2(b.x + 2.0f, b.y + 2.0f),
                      to_imu32(chain ? palette.accent : palette.link), 5.0f, 0, chain ? 2.5f : 1.5f);
    }
    if (cluster.selected) draw->AddRect(a, b, to_imu32(palette.text), 4.0f, 0, 2.0f);
    if (cluster.label_fits) {
        const float text_x = (cluster.x0 + cluster.x1 - cluster.label_width) * 0.5f;
        draw->AddText(ImVec2(text_x, (a.y + b.y - ImGui::GetFontSize()) * 0.5f),
                      to_imu32(cluster.selected ? ink.cluster_selected_label : ink.cluster_label, alpha),
                      cluster.label.c_str());
    }
}

// The selection's links in the links' colour; a step of a chain in the accent, thicker.
void draw_links(ImDrawList* draw, const ThemePalette& palette, const LinkEmphasis& emphasis,
                const std::vector<TimelineLinkMark>& marks) {
    for (const TimelineLinkMark& mark : marks) {
        const bool chain = link_on_chain(emphasis, mark.link);
        const ImU32 colour = to_imu32(chain ? palette.accent : palette.link);
        switch (mark.draw) {
            case LinkDraw::Arc:
                draw->AddBezierQuadratic(ImVec2(mark.from_x, mark.from_y),
                                         ImVec2(mark.control_x, mark.control_y), ImVec2(mark.to_x, mark.to_y),
                                         colour, chain ? 3.0f : 1.8f);
                draw->AddCircleFilled(ImVec2(mark.to_x, mark.to_y), 3.0f, colour);
                break;
            case LinkDraw::EdgeMarker: {
                const float d = static_cast<float>(mark.direction) * 8.0f;
                const ImVec2 tip(mark.to_x + d * 0.5f, mark.to_y);
                draw->AddLine(ImVec2(mark.from_x, mark.from_y), ImVec2(mark.to_x, mark.to_y), colour, 1.2f);
                draw->AddTriangleFilled(tip, ImVec2(mark.to_x - d * 0.5f, mark.to_y - 5.0f),
                                        ImVec2(mark.to_x - d * 0.5f, mark.to_y + 5.0f), colour);
                break;
            }
            case LinkDraw::Across:
                draw->AddLine(ImVec2(mark.from_x, mark.from_y), ImVec2(mark.to_x, mark.to_y), colour, 1.2f);
                break;
            case LinkDraw::None:
                break;
        }
    }
}

void item_tooltip(const AppSession& session, const Entity& entity) {
    const Language language = session.state.language;
    const Language other = language == Language::Zh ? Language::En : Language::Zh;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextUnformatted(pick(entity.name, language).c_str());
    ImGui::TextDisabled("%s", pick(entity.name, other).c_str());
    const std::string when = display_span(entity.time, language);
    const char* precision_key = entity.time.start.precision == DatePrecision::Year    ? "precision.year"
                                : entity.time.start.precision == DatePrecision::Month ? "precision.month"
                                                                                      : "precision.day";
    const std::string precision =
        ui_text_format(session, "timeline.approximate", {ui_text(session, precision_key)});
    ImGui::Text("%s  ·  %s  (%s)", ui_text(session, "type." + entity.type).c_str(), when.c_str(),
                precision.c_str());
    ImGui::TextWrapped("%s", first_sentence(pick(entity.summary, language)).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void cluster_tooltip(const AppSession& session, const TimelineView& view, const TimelineCluster& cluster) {
    ImGui::BeginTooltip();
    const std::string count = std::to_string(cluster.count);
    ImGui::TextUnformatted(ui_text_format(session, "timeline.cluster", {count}).c_str());
    for (const std::uint32_t entity : cluster_members(active_index(view), cluster, 8)) {
        ImGui::BulletText("%s", pick(session.dataset->entities[entity].name, session.state.language).c_str());
    }
    if (cluster.count > 8) ImGui::TextDisabled("…");
    ImGui::EndTooltip();
}

void draw_lane_labels(const TimelineView& view, AppSession& session, const ImVec2& origin, float width,
                      const ImVec2& clip_min, const ImVec2& clip_max) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImGui::PushClipRect(clip_min, clip_max, true);  // also keeps the names off-canvas unclickable
    for (const TimelineLaneBox& lane : view.frame.layout.lanes) {
        if (lane.y1 <= clip_min.y || lane.y0 >= clip_max.y) continue;  // scrolled out of view
        const Lane& data_lane = session.dataset->lanes[lane.lane];
        const ImVec2 a(origin.x, lane.y0);
        const ImVec2 b(origin.x + width, lane.y1);
        const LaneInk& ink = lane_ink(session.state.theme, lane.lane);
        draw->AddRectFilled(a, b, to_imu32(ink.name_bg));
        draw->AddRectFilled(a, ImVec2(a.x + 4.0f, b.y), to_imu32(ink.line));
        ImGui::SetCursorScreenPos(ImVec2(a.x + 8.0f, a.y + 2.0f));
        ImGui::PushID(static_cast<int>(lane.lane));
        const std::string label =
            ui_text(session, lane.collapsed ? "glyph.lane_collapsed" : "glyph.lane_expanded") + " " +
            pick(data_lane.name, session.state.language);
        if (ImGui::Selectable(label.c_str(), false, 0, ImVec2(width - 12.0f, 0.0f))) {
            toggle_lane(session.state, data_lane.id.str());
        }
        ImGui::PopID();
    }
    ImGui::PopClipRect();
}

void draw_overview_strip(TimelineView& view, AppSession& session, const ImVec2& min, const ImVec2& max) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const auto bins = static_cast<std::size_t>(std::max(1.0f, (max.x - min.x) / 3.0f));
    if (!view.overview_valid || view.overview_bins != bins || view.overview_left != min.x ||
        view.overview_width != max.x - min.x) {
        view.overview =
            build_overview_strip(active_index(view), session.state.time_window, min.x, max.x - min.x, bins);
        view.overview_valid = true;
        view.overview_bins = bins;
        view.overview_left = min.x;
        view.overview_width = max.x - min.x;
    }
    TimelineOverviewStrip& strip = view.overview;
    place_overview_window(strip, session.state.time_window);
    const ThemePalette& palette = theme_palette(session.state.theme);
    draw->AddRectFilled(min, max, to_imu32(palette.frame_bg));
    const float bin_width = (max.x - min.x) / static_cast<float>(bins);
    for (std::size_t b = 0; b < strip.density.size(); ++b) {
        if (strip.density[b] == 0 || strip.max_density == 0) continue;
        const float h = (max.y - min.y - 4.0f) * static_cast<float>(strip.density[b]) /
                        static_cast<float>(strip.max_density);
        const float x = min.x + bin_width * static_cast<float>(b);
        draw->AddRectFilled(ImVec2(x, max.y - 2.0f - std::max(h, 2.0f)),
                            ImVec2(x + std::max(bin_width - 1.0f, 1.0f), max.y - 2.0f),
                            to_imu32(palette.accent, 0.8f));
    }
    const float x0 = std::clamp(strip.window_x0, min.x, max.x);
    const float x1 = std::clamp(strip.window_x1, min.x, max.x);
    draw->AddRectFilled(ImVec2(x0, min.y), ImVec2(std::max(x1, x0 + 2.0f), max.y),
                        to_imu32(palette.text, 0.12f));
    draw->AddRect(ImVec2(x0, min.y), ImVec2(std::max(x1, x0 + 2.0f), max.y), to_imu32(palette.text, 0.7f));

    // Dragging (or clicking) on the strip centres the window there, keeping its span.
    ImGui::SetCursorScreenPos(min);
    ImGui::InvisibleButton("##overview_strip", ImVec2(max.x - min.x, max.y - min.y));
    if (ImGui::IsItemActive()) {
        session.state.time_window = centred_window(
            session.state.time_window, x_to_day(strip.axis, ImGui::GetIO().MousePos.x), view.limits);
        session.state.has_time_window = true;
    }
}

}  // namespace

const TimelineIndex& active_index(const TimelineView& view) {
    return view.filtering ? view.filtered : view.full;
}

std::int64_t local_today() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
#if defined(_WIN32)
    localtime_s(&local, &now);
#else
    localtime_r(&now, &local);
#endif
    return days_from_civil(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

void draw_timeline(TimelineView& view, AppSession& session, const ExplorerModels& models, float height) {
    ensure_index(view, session, models);
    const TimelineIndex& index = active_index(view);
    const Dataset& dataset = *session.dataset;
    ImGui::BeginChild("##timeline", ImVec2(0.0f, height), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float label_width = ImGui::GetFontSize() * 9.0f;
    const float strip_height = line * 1.6f;
    const ImVec2 axis_min(origin.x + label_width, origin.y);
    const ImVec2 canvas_min(axis_min.x, origin.y + line * 2.2f);
    const float linked_height = linked_strip_height();
    const ImVec2 canvas_max(origin.x + avail.x,
                            origin.y + avail.y - strip_height - linked_height - line * 2.0f);
    if (canvas_max.x - canvas_min.x < 50.0f || canvas_max.y - canvas_min.y < 20.0f) {
        ImGui::EndChild();
        return;
    }
    const double width = canvas_max.x - canvas_min.x;
    if (!session.state.has_time_window) {
        session.state.time_window = fit_all(index, width, ImGui::GetFontSize() * 2.0f, view.limits);
        session.state.has_time_window = true;
    }

    // Input, against what the person saw last frame.
    ImGui::SetCursorScreenPos(axis_min);
    ImGui::InvisibleButton("##timeline_canvas", ImVec2(canvas_max.x - axis_min.x, canvas_max.y - axis_min.y));
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    ImGuiIO& io = ImGui::GetIO();
    const TimelineAxis axis{session.state.time_window, canvas_min.x, width};
    if (view.frame_valid) {
        TimelinePointer pointer;
        pointer.inside = hovered || active;
        pointer.x = io.MousePos.x;
        pointer.y = io.MousePos.y;
        // Shift+wheel, or the wheel over the lane names, scrolls the lanes; a plain wheel zooms.
        const bool over_lane_names =
            ImGui::IsMouseHoveringRect(ImVec2(origin.x, canvas_min.y), ImVec2(axis_min.x, canvas_max.y));
        if ((hovered && io.KeyShift) || over_lane_names) view.scroll_y -= io.MouseWheel * line * 3.0f;
        if (active) view.scroll_y -= io.MouseDelta.y;
        pointer.wheel = hovered && !io.KeyShift ? io.MouseWheel : 0.0f;
        pointer.drag_dx = active ? io.MouseDelta.x : 0.0f;
        if (hovered && io.MouseWheelH != 0.0f)
            pointer.drag_dx += io.MouseWheelH * line * 2.0f;  // trackpad swipe
        pointer.clicked = hovered && ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
                          io.MouseDragMaxDistanceSqr[0] < io.MouseDragThreshold * io.MouseDragThreshold;
        pointer.double_clicked = hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
        pointer.shift = io.KeyShift;
        const bool focused = ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows);
        const TimelineContext context{dataset,
                                      index,
                                      view.frame.layout,
                                      axis,
                                      view.limits,
                                      ImGui::GetFontSize() * 2.0f,
                                      selected_entity(session)};
        apply_outcome(session.state, dataset, decide_timeline_input(context, pointer, read_keys(focused)));
        if (active) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    }

    update_linked(view, session, models, width, ImGui::GetFontSize() * 2.0f);

    // Layout by core.
    TimelineFrameInput input;
    input.emphasis = &session.links;
    input.linked = &view.linked;
    input.layout.axis = TimelineAxis{session.state.time_window, canvas_min.x, width};
    const float canvas_height = canvas_max.y - canvas_min.y;
    const float max_scroll =
        view.frame_valid ? std::max(0.0f, view.frame.layout.height - canvas_height) : 0.0f;
    view.scroll_y = std::clamp(view.scroll_y, 0.0f, max_scroll);
    input.layout.top = canvas_min.y - view.scroll_y;
    input.layout.clip_y0 = canvas_min.y;
    input.layout.clip_y1 = canvas_max.y;
    input.layout.collapsed = collapsed_lane_flags(dataset, session.state.collapsed_lanes);
    input.layout.selected = selected_entity(session);
    input.layout.language = session.state.language;
    input.layout.text.width = [](std::string_view text) {
        return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
    };
    input.layout.params = scaled_params();
    // The labels measured in earlier frames hold while the data and the font stay the same.
    input.layout.labels_key = session.dataset_generation * 0x9E3779B97F4A7C15ULL ^
                              reinterpret_cast<std::uintptr_t>(ImGui::GetFont()) ^
                              static_cast<std::uint64_t>(ImGui::GetFontSize() * 64.0f);
    build_timeline_frame(dataset, index, input, view.frame);
    view.frame_valid = true;
    if (view.reveal_linked) {  // once per new selection: the lanes of its linked items into view
        view.reveal_linked = false;
        const float wanted = std::clamp(scroll_to_linked(view.frame.layout, index, view.linked, canvas_min.y,
                                                         canvas_max.y, view.scroll_y),
                                        0.0f, std::max(0.0f, view.frame.layout.height - canvas_height));
        if (wanted != view.scroll_y) {
            view.scroll_y = wanted;
            input.layout.top = canvas_min.y - view.scroll_y;
            build_timeline_frame(dataset, index, input, view.frame);
        }
    }

    // Drawing.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Theme theme = session.state.theme;
    const ThemePalette& palette = theme_palette(theme);
    draw->PushClipRect(axis_min, canvas_max, true);
    draw_ticks(draw, palette, view.frame, axis_min, canvas_max, line);
    for (const TimelineLaneBox& lane : view.frame.layout.lanes) {
        if (lane.y1 <= canvas_min.y || lane.y0 >= canvas_max.y) continue;
        draw->AddRectFilled(ImVec2(canvas_min.x, lane.y0), ImVec2(canvas_max.x, lane.y1),
                            to_imu32(lane_ink(theme, lane.lane).band));
    }
    const TimelineLayout& layout = view.frame.layout;
    for (std::size_t c = 0; c < layout.clusters.size(); ++c)
        draw_cluster(draw, theme, layout.clusters[c], view.frame.emphasis.clusters[c]);
    for (std::size_t i = 0; i < layout.items.size(); ++i)
        draw_item(draw, theme, layout.items[i], layout.params, view.frame.emphasis.items[i]);
    draw_links(draw, palette, session.links, view.frame.links.marks);
    draw_links(draw, palette, session.links, view.frame.emphasis.chain_marks);
    if (view.frame.today_visible) {
        const ImU32 red = to_imu32(palette.today);
        draw->AddLine(ImVec2(view.frame.today_x, canvas_min.y), ImVec2(view.frame.today_x, canvas_max.y), red,
                      1.5f);
        draw->AddText(ImVec2(view.frame.today_x + 3.0f, canvas_min.y + 1.0f), red,
                      ui_text(session, "timeline.today").c_str());
    }
    if (max_scroll > 0.0f) {  // a thin bar at the right edge: where the visible lanes are
        const float total = view.frame.layout.height;
        const float y0 = canvas_min.y + canvas_height * (view.scroll_y / total);
        const float y1 = canvas_min.y + canvas_height * ((view.scroll_y + canvas_height) / total);
        draw->AddRectFilled(ImVec2(canvas_max.x - 5.0f, y0), ImVec2(canvas_max.x - 1.0f, y1),
                            ImGui::GetColorU32(ImGuiCol_ScrollbarGrab), 2.0f);
    }
    draw->PopClipRect();
    draw_lane_labels(view, session, ImVec2(origin.x, 0.0f), label_width - 4.0f,
                     ImVec2(origin.x, canvas_min.y), ImVec2(axis_min.x, canvas_max.y));

    // Tooltip for what is under the mouse now.
    if (hovered && !active) {
        const TimelineHit hit = hit_test(view.frame.layout, io.MousePos.x, io.MousePos.y, 2.0f);
        if (hit.kind == TimelineHitKind::Item) item_tooltip(session, dataset.entities[hit.entity]);
        if (hit.kind == TimelineHitKind::Cluster)
            cluster_tooltip(session, view, view.frame.layout.clusters[hit.index]);
    }

    const ImVec2 linked_min(origin.x, canvas_max.y + line * 0.3f);
    draw_linked_strip(session, view.linked, linked_min, ImVec2(canvas_max.x, linked_min.y + linked_height));
    const ImVec2 strip_min(canvas_min.x, linked_min.y + linked_height);
    draw_overview_strip(view, session, strip_min, ImVec2(canvas_max.x, strip_min.y + strip_height));
    ImGui::SetCursorScreenPos(ImVec2(origin.x, strip_min.y + strip_height + line * 0.15f));
    if (index.undated_count == 1) {
        ImGui::TextDisabled("%s", ui_text(session, "timeline.undated_one").c_str());
    } else {
        const std::string undated =
            ui_text_format(session, "timeline.undated", {std::to_string(index.undated_count)});
        ImGui::TextDisabled("%s", undated.c_str());
    }
    ImGui::SameLine();
    ImGui::TextDisabled("  ·  %s", ui_text(session, "timeline.hint").c_str());
    ImGui::EndChild();
}

}  // namespace pe

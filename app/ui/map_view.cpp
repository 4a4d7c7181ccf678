// Implements the map view (map_view.h): the scene rebuilt when its inputs change, input
// against the last frame, the camera (fit, zoom at the cursor, pan, follow the selection),
// then core's frame drawn with ImDrawList.
//
// [SECTION] Scene and parameters
// [SECTION] Input and camera
// [SECTION] Drawing
// [SECTION] Tooltips
// [SECTION] draw_map_view
#include "map_view.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include "entity_click.h"
#include "item_registry.h"
#include "load/embedded_assets.h"
#include "map/map_fill.h"
#include "map/map_placement.h"
#include "model/entity_types.h"
#include "ui_text.h"
#include "ui_theme.h"

namespace pe {

namespace {

constexpr double kWheelZoomStep = 1.25;  // per wheel notch, as the timeline and the network
constexpr float kFillRowPx = 2.0f;       // the district fill's rows

// [SECTION] Scene and parameters

std::size_t type_number(std::string_view type) {
    const auto found = std::find(kEntityTypes.begin(), kEntityTypes.end(), type);
    return found == kEntityTypes.end() ? kLaneColourCount - 1
                                       : static_cast<std::size_t>(found - kEntityTypes.begin());
}

void ensure_scene(MapView& view, const AppSession& session, const ExplorerModels& models) {
    MapSceneKey key{true,
                    session.dataset_generation,
                    models.shown_version,
                    session.state.selected_id,
                    session.state.focus_hops,
                    session.state.connect_id};
    const MapSceneKey& old = view.key;
    if (old.built && old.generation == key.generation && old.shown_version == key.shown_version &&
        old.selected_id == key.selected_id && old.focus_hops == key.focus_hops &&
        old.connect_id == key.connect_id)
        return;
    if (!old.built || old.generation != key.generation) {
        view.fitted = false;
        view.seen_selection = session.state.selected_id;
        view.hover = MapHit{};
        view.hovered_park.reset();
        view.frame_valid = false;
    }
    const std::uint32_t selected = selected_entity(session);
    view.roles = MapRoleInput{};
    view.roles.has_selection = selected != kNoEntity;
    view.roles.selected = selected == kNoEntity ? 0 : selected;
    view.roles.shown = models.shown.visible;
    view.roles.in_focus = session.links.in_focus;
    view.roles.on_chain = session.links.chain_entities;
    view.scene = build_map_scene(*session.dataset, embedded_outlines(), beijing_projection(), view.roles);
    view.key = std::move(key);
}

// Pixel sizes scaled with the font (core's defaults are for a 16 px font).
MapFrameParams frame_params(const MapView& view, const AppSession& session) {
    const float em = ImGui::GetFontSize() / 16.0f;
    MapFrameParams params;
    params.camera = view.camera;
    params.viewport = view.viewport;
    params.language = session.state.language;
    params.hovered_park = view.hovered_park;
    params.marker_radius *= em;
    params.member_radius *= em;
    params.member_spacing = ImGui::GetTextLineHeight() + 4.0f * em;
    params.min_label_px *= em;
    params.scale_bar_max_px *= static_cast<double>(em);
    params.labels.text_width = [](std::string_view text) {
        return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
    };
    params.labels.font_px = ImGui::GetFontSize();
    params.labels.line_height = ImGui::GetTextLineHeight() + 2.0f * em;
    params.labels.gap *= em;
    params.labels.badge_pad *= em;
    return params;
}

// [SECTION] Input and camera

void fit_view(MapView& view) {
    view.camera = fit_bounds(view.camera, view.scene.bounds, view.viewport, ImGui::GetFontSize() * 1.5,
                             MapCameraLimits{});
}

// A selection made elsewhere that is placed on the map but off screen: centre it, keeping the zoom.
void follow_selection(MapView& view, const AppSession& session) {
    if (view.seen_selection == session.state.selected_id) return;
    view.seen_selection = session.state.selected_id;
    const std::uint32_t e = selected_entity(session);
    if (e == kNoEntity) return;
    const auto point = entity_map_point(view.scene, e);
    if (!point) return;
    const MapScreenPoint at = map_to_screen(view.camera, view.viewport, *point);
    const MapViewport& v = view.viewport;
    if (at.x < v.left || at.x > v.left + v.width || at.y < v.top || at.y > v.top + v.height)
        view.camera.centre = *point;
}

// The entity under the cursor in the last frame: a disc, a label, then a district.
std::optional<std::uint32_t> entity_under(const MapView& view, MapScreenPoint cursor) {
    if (view.hover.kind == MapHitKind::Member || view.hover.kind == MapHitKind::Marker) {
        if (view.hover.has_entity) return view.hover.entity;
        return std::nullopt;
    }
    const MapLabelHit label = label_at(view.frame, cursor);
    if (label.hit) return label_entity(view.scene, view.frame, view.frame.labels[label.label]);
    if (view.hover.has_entity) return view.hover.entity;
    return std::nullopt;
}

void select_or_connect(MapView& view, AppSession& session, std::uint32_t entity) {
    const std::string id = session.dataset->entities[entity].id.str();
    if (!click_entity(session, id)) view.seen_selection = id;  // picked here: it is on screen already
}

// The canvas's mouse input against the last frame: hover, click, wheel, drag.
void handle_input(MapView& view, AppSession& session, bool hovered, bool active, bool activated) {
    const ImGuiIO& io = ImGui::GetIO();
    const MapScreenPoint cursor{io.MousePos.x, io.MousePos.y};
    view.hover = MapHit{};
    if (!view.frame_valid) return;
    if (hovered || active) view.hover = hit_test_map(view.scene, view.frame, view.params, cursor);
    // The group under the cursor stays spread out while the cursor is on the park or a company.
    if (view.hover.kind == MapHitKind::Marker) {
        view.hovered_park = view.scene.markers[view.frame.markers[view.hover.index].marker].entity;
    } else if (view.hover.kind == MapHitKind::Member) {
        view.hovered_park = view.scene.markers[view.frame.members[view.hover.index].marker].entity;
    } else if (!hovered) {
        view.hovered_park.reset();
    } else if (view.hovered_park) {
        const auto label = label_at(view.frame, cursor);
        const bool on_group_label =
            label.hit && view.frame.labels[label.label].owner == MapLabelOwner::Member;
        if (!on_group_label) view.hovered_park.reset();
    }
    if (hovered && io.MouseWheel != 0.0f) {
        view.camera =
            zoom_at(view.camera, view.viewport, cursor,
                    std::pow(kWheelZoomStep, static_cast<double>(io.MouseWheel)), MapCameraLimits{});
    }
    // Not on the press itself: a tap's delta is the jump from wherever the cursor was before.
    if (active && !activated && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f)) {
        view.camera = pan_by_pixels(view.camera, io.MouseDelta.x, io.MouseDelta.y);
    }
    if (!hovered) return;
    const bool still = io.MouseDragMaxDistanceSqr[0] < io.MouseDragThreshold * io.MouseDragThreshold;
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && still) {
        if (const auto entity = entity_under(view, cursor)) select_or_connect(view, session, *entity);
    }
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && view.hover.kind == MapHitKind::None)
        fit_view(view);
}

// [SECTION] Drawing

float role_alpha(MapRole role) {
    return role == MapRole::Faded ? 0.25f : 1.0f;
}

ImVec2 im(MapPixel p) {
    return ImVec2(p.x, p.y);
}

void draw_districts(ImDrawList* draw, const AppSession& session, const MapView& view, ImVec2 min,
                    ImVec2 max) {
    const Theme theme = session.state.theme;
    const ThemePalette& palette = theme_palette(theme);
    const LaneInk& district_ink = lane_ink(theme, type_number("district"));
    for (const MapDistrictShape& d : view.frame.districts) {
        const float alpha = role_alpha(d.role);
        ImU32 fill = to_imu32(palette.frame_bg);
        if (d.selectable) fill = to_imu32(district_ink.band, alpha);
        if (d.on_chain) fill = to_imu32(palette.link, 0.3f);
        if (d.role == MapRole::Selected) fill = to_imu32(palette.selection);
        for (const MapSpan& s : map_fill_spans(d.rings, min.y, max.y, kFillRowPx)) {
            draw->AddRectFilled(ImVec2(s.left, s.top), ImVec2(s.right, s.top + kFillRowPx), fill);
        }
    }
    for (const MapDistrictShape& d : view.frame.districts) {
        const bool strong = d.role == MapRole::Selected || d.on_chain;
        const ImU32 line = d.role == MapRole::Selected ? to_imu32(palette.text)
                           : d.on_chain                ? to_imu32(palette.link)
                           : d.selectable              ? to_imu32(palette.control_border, role_alpha(d.role))
                                                       : to_imu32(palette.border);
        for (const auto& ring : d.rings) {
            std::vector<ImVec2> points;
            points.reserve(ring.size());
            for (const MapPixel p : ring) points.push_back(im(p));
            draw->AddPolyline(points.data(), static_cast<int>(points.size()), line, ImDrawFlags_Closed,
                              strong ? 2.0f : 1.0f);
        }
    }
}

void draw_chain_steps(ImDrawList* draw, const AppSession& session, const MapView& view) {
    const ImU32 colour = to_imu32(theme_palette(session.state.theme).link);
    for (const MapChainStep& step :
         map_chain_steps(*session.dataset, view.scene, view.frame, session.links.chain_links)) {
        draw->AddLine(im(step.from), im(step.to), colour, 2.5f);
    }
}

// A dashed ring around a marker whose coordinates the data marks approximate.
void draw_approximate_ring(ImDrawList* draw, ImVec2 c, float radius, ImU32 colour) {
    constexpr int kDashes = 8;
    const float step = 2.0f * IM_PI / kDashes;
    for (int i = 0; i < kDashes; ++i) {
        const float a0 = static_cast<float>(i) * step;
        draw->PathArcTo(c, radius, a0, a0 + step * 0.55f, 4);
        draw->PathStroke(colour, 0, 1.2f);
    }
}

void draw_disc(ImDrawList* draw, const ThemePalette& palette, ImVec2 c, float radius, ImU32 fill,
               MapRole role, bool on_chain, bool hovered) {
    draw->AddCircleFilled(c, radius, fill);
    if (role != MapRole::Faded) draw->AddCircle(c, radius, to_imu32(palette.window_bg), 0, 1.0f);
    if (on_chain) draw->AddCircle(c, radius + 2.5f, to_imu32(palette.link), 0, 2.5f);
    if (role == MapRole::Selected) draw->AddCircle(c, radius + 3.5f, to_imu32(palette.text), 0, 2.5f);
    if (hovered) draw->AddCircle(c, radius + 2.0f, to_imu32(palette.text), 0, 1.5f);
}

void draw_markers(ImDrawList* draw, const AppSession& session, const MapView& view) {
    const Theme theme = session.state.theme;
    const ThemePalette& palette = theme_palette(theme);
    const Dataset& dataset = *session.dataset;
    for (std::size_t i = 0; i < view.frame.markers.size(); ++i) {
        const MapMarkerShape& m = view.frame.markers[i];
        const MapMarker& marker = view.scene.markers[m.marker];
        const float alpha = m.selectable ? role_alpha(m.role) : 0.35f;
        const ImU32 fill =
            to_imu32(lane_ink(theme, type_number(dataset.entities[marker.entity].type)).line, alpha);
        const bool hovered = view.hover.kind == MapHitKind::Marker && view.hover.index == i;
        if (m.approximate)
            draw_approximate_ring(draw, im(m.at), m.radius + 4.0f, to_imu32(palette.text_dim, alpha));
        draw_disc(draw, palette, im(m.at), m.radius, fill, m.role, m.on_chain, hovered);
        if (m.expanded) {
            // The spread-out group hangs from its park by a thin line.
            const ImU32 thread = to_imu32(palette.text_dim, 0.6f);
            for (const MapMemberShape& c : view.frame.members) {
                if (c.marker == i) draw->AddLine(im(m.at), im(c.at), thread, 1.0f);
            }
        }
    }
    const ImU32 company = to_imu32(lane_ink(theme, type_number("company")).line);
    for (std::size_t i = 0; i < view.frame.members.size(); ++i) {
        const MapMemberShape& c = view.frame.members[i];
        const ImU32 fill = c.role == MapRole::Faded
                               ? to_imu32(lane_ink(theme, type_number("company")).line, 0.25f)
                               : company;
        const bool hovered = view.hover.kind == MapHitKind::Member && view.hover.index == i;
        draw_disc(draw, palette, im(c.at), c.radius, fill, c.role, c.on_chain, hovered);
    }
}

MapRole label_role(const MapFrame& frame, const MapLabel& label) {
    switch (label.owner) {
        case MapLabelOwner::District:
            return frame.districts[label.index].role;
        case MapLabelOwner::Marker:
            return frame.markers[label.index].role;
        case MapLabelOwner::Member:
            return frame.members[label.index].role;
    }
    return MapRole::Normal;
}

void draw_labels(ImDrawList* draw, const AppSession& session, const MapView& view) {
    const Theme theme = session.state.theme;
    const ThemePalette& palette = theme_palette(theme);
    const LaneInk& companies = lane_ink(theme, type_number("company"));
    const LaneInk& policies = lane_ink(theme, type_number("policy"));
    for (const MapLabel& label : view.frame.labels) {
        const float alpha = role_alpha(label_role(view.frame, label));
        for (const MapBadge& badge : label.badges) {
            const LaneInk& ink = badge.kind == MapBadgeKind::Companies ? companies : policies;
            const ImVec2 a(badge.box.left, badge.box.top);
            const ImVec2 b(badge.box.left + badge.box.width, badge.box.top + badge.box.height);
            draw->AddRectFilled(a, b, to_imu32(ink.cluster, alpha), badge.box.height * 0.5f);
            const std::string count = std::to_string(badge.count);
            const ImVec2 size = ImGui::CalcTextSize(count.c_str());
            draw->AddText(
                ImVec2(a.x + (badge.box.width - size.x) * 0.5f, a.y + (badge.box.height - size.y) * 0.5f),
                to_imu32(ink.cluster_label, alpha), count.c_str());
        }
        if (!label.text_shown) continue;
        const float text_w = label.box.left + label.box.width - label.text_at.x;
        const ImVec2 a(label.text_at.x - 1.0f, label.box.top);
        draw->AddRectFilled(a, ImVec2(label.text_at.x + text_w + 1.0f, label.box.top + label.box.height),
                            to_imu32(palette.window_bg, 0.6f * alpha), 2.0f);
        const ImU32 ink = label.owner == MapLabelOwner::District ? to_imu32(palette.text_dim, alpha)
                                                                 : to_imu32(palette.text, alpha);
        draw->AddText(im(label.text_at), ink, label.text.c_str());
    }
}

void draw_scale_bar(ImDrawList* draw, const AppSession& session, const MapFrame& frame, ImVec2 min,
                    ImVec2 max) {
    const ThemePalette& palette = theme_palette(session.state.theme);
    const float pad = ImGui::GetFontSize() * 0.8f;
    const float tick = ImGui::GetFontSize() * 0.35f;
    const ImVec2 a(min.x + pad, max.y - pad);
    const ImVec2 b(a.x + static_cast<float>(frame.scale.px), a.y);
    const ImU32 ink = to_imu32(palette.text);
    draw->AddRectFilled(ImVec2(a.x - 4.0f, a.y - ImGui::GetTextLineHeight() - tick - 4.0f),
                        ImVec2(b.x + 4.0f, a.y + 4.0f), to_imu32(palette.window_bg, 0.7f), 3.0f);
    draw->AddLine(a, b, ink, 2.0f);
    draw->AddLine(a, ImVec2(a.x, a.y - tick), ink, 2.0f);
    draw->AddLine(b, ImVec2(b.x, b.y - tick), ink, 2.0f);
    const ImVec2 size = ImGui::CalcTextSize(frame.scale_label.c_str());
    draw->AddText(ImVec2((a.x + b.x - size.x) * 0.5f, a.y - tick - size.y), ink, frame.scale_label.c_str());
}

// Each selectable marker and company as an item of its own ("map:<entity id>"), so the UI and
// page tests can find and click them like any widget.
void register_items(const AppSession& session, const MapView& view) {
    const auto add = [&](MapPixel at, float radius, std::uint32_t entity) {
        add_probe_item("map:" + session.dataset->entities[entity].id, ImVec2(at.x - radius, at.y - radius),
                       ImVec2(at.x + radius, at.y + radius));
    };
    for (const MapMarkerShape& m : view.frame.markers) {
        if (m.selectable) add(m.at, m.radius, view.scene.markers[m.marker].entity);
    }
    for (const MapMemberShape& c : view.frame.members) add(c.at, c.radius, c.entity);
}

void draw_centred_message(ImDrawList* draw, const AppSession& session, const std::string& text, ImVec2 min,
                          ImVec2 max) {
    const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, (max.x - min.x) * 0.8f);
    draw->AddText(nullptr, 0.0f, ImVec2((min.x + max.x - size.x) * 0.5f, (min.y + max.y - size.y) * 0.5f),
                  to_imu32(theme_palette(session.state.theme).text_dim), text.c_str(), nullptr,
                  (max.x - min.x) * 0.8f);
}

// [SECTION] Tooltips

void entity_lines(const AppSession& session, std::uint32_t e) {
    const Entity& entity = session.dataset->entities[e];
    ImGui::TextUnformatted(pick(entity.name, session.state.language).c_str());
    ImGui::TextDisabled("%s", ui_text(session, "type." + entity.type).c_str());
}

void count_lines(const AppSession& session, const std::vector<std::uint32_t>& companies,
                 const std::vector<std::uint32_t>& policies) {
    if (!companies.empty())
        ImGui::TextUnformatted(
            ui_text_format(session, "map.companies", {std::to_string(companies.size())}).c_str());
    if (!policies.empty())
        ImGui::TextUnformatted(
            ui_text_format(session, "map.policies", {std::to_string(policies.size())}).c_str());
}

void badge_tooltip(const AppSession& session, const std::vector<std::uint32_t>& entities, const char* key) {
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(ui_text_format(session, key, {std::to_string(entities.size())}).c_str());
    for (const std::uint32_t e : entities)
        ImGui::BulletText("%s", pick(session.dataset->entities[e].name, session.state.language).c_str());
    ImGui::EndTooltip();
}

void map_tooltip(const AppSession& session, const MapView& view, MapScreenPoint cursor) {
    const MapLabelHit label = label_at(view.frame, cursor);
    if (label.hit && label.badge) {
        const MapLabel& l = view.frame.labels[label.label];
        const bool companies = l.badges[*label.badge].kind == MapBadgeKind::Companies;
        if (l.owner == MapLabelOwner::Marker) {
            const MapMarker& marker = view.scene.markers[view.frame.markers[l.index].marker];
            badge_tooltip(session, companies ? marker.companies : marker.policies,
                          companies ? "map.companies" : "map.policies");
        } else if (l.owner == MapLabelOwner::District) {
            badge_tooltip(session, view.scene.districts[view.frame.districts[l.index].district].policies,
                          "map.policies");
        }
        return;
    }
    if (view.hover.kind == MapHitKind::Member) {
        ImGui::BeginTooltip();
        entity_lines(session, view.hover.entity);
        ImGui::EndTooltip();
    } else if (view.hover.kind == MapHitKind::Marker) {
        const MapMarkerShape& shape = view.frame.markers[view.hover.index];
        const MapMarker& marker = view.scene.markers[shape.marker];
        ImGui::BeginTooltip();
        entity_lines(session, marker.entity);
        count_lines(session, marker.companies, marker.policies);
        if (marker.approximate) ImGui::TextDisabled("%s", ui_text(session, "map.approximate").c_str());
        ImGui::EndTooltip();
    } else if (view.hover.kind == MapHitKind::District) {
        const MapDistrict& district = view.scene.districts[view.hover.index];
        ImGui::BeginTooltip();
        if (district.has_entity) {
            entity_lines(session, district.entity);
        } else {
            ImGui::TextUnformatted(pick(district.name, session.state.language).c_str());
            ImGui::TextDisabled("%s", ui_text(session, "map.not_in_dataset").c_str());
        }
        count_lines(session, {}, district.policies);
        ImGui::EndTooltip();
    }
}

// The line above the canvas: Fit, the hint, and how many shown entities the map cannot place.
void draw_toolbar(MapView& view, const AppSession& session) {
    if (ImGui::SmallButton(ui_text(session, "map.fit").c_str())) view.fitted = false;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui_text(session, "map.fit_tip").c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s", ui_text(session, "map.hint").c_str());
    if (view.scene.unplaced > 0) {
        ImGui::SameLine();
        ImGui::TextDisabled(
            "%s", ui_text_format(session, "map.unplaced", {std::to_string(view.scene.unplaced)}).c_str());
    }
}

}  // namespace

const DistrictOutlines& embedded_outlines() {
    static const DistrictOutlinesResult parsed = parse_district_outlines(embedded_district_outlines());
    return parsed.outlines;  // the build checks the asset (core tests parse it): never empty
}

// [SECTION] draw_map_view

void draw_map_view(MapView& view, AppSession& session, const ExplorerModels& models, ImVec2 size) {
    ensure_scene(view, session, models);
    ImGui::BeginChild("##map", size, false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    if (!view.scene.has_geography) {
        const ImVec2 origin = ImGui::GetCursorScreenPos();
        const ImVec2 avail = ImGui::GetContentRegionAvail();
        draw_centred_message(ImGui::GetWindowDrawList(), session, ui_text(session, "map.no_geography"),
                             origin, ImVec2(origin.x + avail.x, origin.y + avail.y));
        view.frame = MapFrame{};
        view.frame.no_geography = true;
        view.frame_valid = false;
        ImGui::Dummy(avail);
        ImGui::EndChild();
        return;
    }
    draw_toolbar(view, session);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    if (avail.x < 20.0f || avail.y < 20.0f) {
        ImGui::EndChild();
        return;
    }
    const ImVec2 canvas_max(origin.x + avail.x, origin.y + avail.y);
    view.viewport = MapViewport{origin.x, origin.y, avail.x, avail.y};

    ImGui::InvisibleButton("##map_canvas", avail);
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    handle_input(view, session, hovered, active, ImGui::IsItemActivated());
    if (!view.fitted) {
        fit_view(view);
        view.fitted = true;
    }
    follow_selection(view, session);

    view.params = frame_params(view, session);
    view.frame = build_map_frame(*session.dataset, view.scene, view.roles, view.params);
    view.frame_valid = true;
    // What is under the cursor in the frame about to be drawn (the click used the last one).
    const MapScreenPoint cursor{ImGui::GetIO().MousePos.x, ImGui::GetIO().MousePos.y};
    view.hover = hovered && !active ? hit_test_map(view.scene, view.frame, view.params, cursor) : MapHit{};

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(origin, canvas_max, true);
    draw_districts(draw, session, view, origin, canvas_max);
    draw_chain_steps(draw, session, view);
    draw_markers(draw, session, view);
    draw_labels(draw, session, view);
    draw_scale_bar(draw, session, view.frame, origin, canvas_max);
    draw->PopClipRect();
    register_items(session, view);

    if (hovered && !active) map_tooltip(session, view, cursor);
    ImGui::EndChild();
}

}  // namespace pe

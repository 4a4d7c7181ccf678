// Implements the pathway view (pathway_view.h): the model and the measured text, the picker,
// the input against the last frame, then core's layout drawn with ImDrawList.
//
// [SECTION] Model, picker and measures
// [SECTION] Input
// [SECTION] Drawing
// [SECTION] Tooltips
// [SECTION] draw_pathway_view
#include "pathway_view.h"

#include <imgui_internal.h>  // ItemAdd and the item hooks: each box is findable by its label

#include <algorithm>
#include <cmath>
#include <string>

#include "entity_click.h"
#include "item_registry.h"
#include "model/dataset_index.h"
#include "pathway/pathway_picker.h"
#include "text/date_format.h"
#include "ui_text.h"
#include "ui_theme.h"

namespace pe {

namespace {

constexpr float kFadedAlpha = 0.25f;

// Gives the item `id` drawn last its label in the item record (item_registry.h).
void label_item(ImGuiID id, const char* label) {
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(id, label, ImGuiItemStatusFlags_None);
}

// [SECTION] Model, picker and measures

std::uint32_t entity_at(const AppSession& session, std::string_view id) {
    return entity_position_or_none(session.dataset->index, id);
}

// Names wrap at this many font sizes; a track's name, a lane's title, gets a wider line.
float wrap_width(const Entity& entity) {
    return ImGui::GetFontSize() * (entity.type == "track" ? 20.0f : 10.0f);
}

const char* caption_key(PathwayCaption caption) {
    switch (caption) {
        case PathwayCaption::Tracks:
            return "pathway.tracks";
        case PathwayCaption::EnabledBy:
            return "pathway.enabled_by";
        case PathwayCaption::PartOf:
            return "pathway.part_of";
        case PathwayCaption::Journey:
            return "pathway.journey";
        case PathwayCaption::DevelopedBy:
            return "pathway.developed_by";
        case PathwayCaption::FeedsInto:
        case PathwayCaption::Count:
            break;
    }
    return "pathway.feeds_into";
}

void ensure_model(PathwayViewModel& data, const AppSession& session) {
    if (data.built && data.generation == session.dataset_generation &&
        data.product == session.state.pathway_product)
        return;
    data.model = build_pathway_model(*session.dataset, session.graph, session.state.pathway_product);
    data.generation = session.dataset_generation;
    data.product = session.state.pathway_product;
    data.built = true;
    data.measured = false;
}

// A product with milestones selected anywhere (once per new selection) becomes the journey's.
void follow_selection(PathwayView& view, AppSession& session) {
    if (view.seen_selection == session.state.selected_id) return;
    session.state.pathway_product =
        product_after_selection(view.data.model.picker, *session.dataset, view.seen_selection,
                                session.state.selected_id, session.state.pathway_product);
    view.seen_selection = session.state.selected_id;
    view.scroll_to_selection = true;
    ensure_model(view.data, session);
}

std::string step_date_text(const AppSession& session, const JourneyStep& step) {
    if (step.has_date) return display_date(step.date, session.state.language);
    return ui_text(session, step.basis == OrderBasis::Links ? "pathway.undated" : "pathway.order_unknown");
}

void ensure_measures(PathwayViewModel& data, const AppSession& session) {
    const float font = ImGui::GetFontSize();
    if (data.measured && data.measured_language == session.state.language && data.measured_font == font)
        return;
    PathwayMeasures& m = data.measures;
    m = PathwayMeasures{};
    m.line = ImGui::GetTextLineHeight();
    m.pad = std::round(font * 0.3f);
    m.gap = std::round(font * 0.5f);
    m.margin = std::round(font * 0.5f);
    m.labels.assign(session.dataset->entities.size(), PathwaySize{});
    for (std::uint32_t e : pathway_label_entities(data.model)) {
        const Entity& entity = session.dataset->entities[e];
        const DataString& name = pick(entity.name, session.state.language);
        const ImVec2 size = ImGui::CalcTextSize(name.c_str(), nullptr, false, wrap_width(entity));
        m.labels[e] = PathwaySize{std::ceil(size.x), std::ceil(size.y)};
    }
    data.step_dates.clear();
    if (data.model.has_journey) {
        for (const JourneyStep& step : data.model.journey.steps) {
            data.step_dates.push_back(step_date_text(session, step));
            m.step_dates.push_back(std::ceil(ImGui::CalcTextSize(data.step_dates.back().c_str()).x));
        }
    }
    for (std::size_t c = 0; c < m.captions.size(); ++c) {
        const std::string& text = ui_text(session, caption_key(static_cast<PathwayCaption>(c)));
        m.captions[c] = std::ceil(ImGui::CalcTextSize(text.c_str()).x);
    }
    data.measured_language = session.state.language;
    data.measured_font = font;
    data.measured = true;
}

// The picker (a combo of the products with milestones) and what the model could not show.
void draw_picker(PathwayView& view, AppSession& session) {
    const PathwayModel& model = view.data.model;
    const Dataset& dataset = *session.dataset;
    if (!model.picker.empty()) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(ui_text(session, "pathway.product").c_str());
        ImGui::SameLine();
        const int current = picker_position(model.picker, dataset, session.state.pathway_product);
        const std::string preview =
            current < 0 ? std::string()
                        : pick(dataset.entities[model.picker[static_cast<std::size_t>(current)].entity].name,
                               session.state.language)
                              .str();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22.0f);
        const ImGuiID combo = ImGui::GetID("##pathway_product");
        const bool open = ImGui::BeginCombo("##pathway_product", preview.c_str());
        label_item(combo, "##pathway_product");  // BeginCombo names no item: the tests find it so
        if (open) {
            for (std::size_t i = 0; i < model.picker.size(); ++i) {
                const Entity& product = dataset.entities[model.picker[i].entity];
                const std::string item = ui_text_format(session, "pathway.picker_item",
                                                        {pick(product.name, session.state.language),
                                                         std::to_string(model.picker[i].milestones)}) +
                                         "##" + product.id;
                if (ImGui::Selectable(item.c_str(), static_cast<int>(i) == current))
                    session.state.pathway_product = product.id;
            }
            ImGui::EndCombo();
        }
        ImGui::SameLine();
    }
    if (model.lanes_gap == PathwayGap::NoTracks) {
        ImGui::TextDisabled("%s", ui_text(session, "pathway.no_tracks").c_str());
        ImGui::SameLine();
    }
    if (model.journey_gap == PathwayGap::NoProductsWithMilestones) {
        ImGui::TextDisabled("%s", ui_text(session, "pathway.no_products").c_str());
    } else if (model.journey_gap == PathwayGap::UnknownProduct) {
        ImGui::TextDisabled("%s", ui_text(session, "pathway.unknown_product").c_str());
    } else {
        ImGui::NewLine();
    }
}

// [SECTION] Input

ImVec2 on_screen(const PathwayView& view, float x, float y) {
    return ImVec2(view.origin.x + x, view.origin.y + y);
}

// Hover, a click (select, or with Shift connect), a drag that pans the scrolling area.
void handle_input(PathwayView& view, AppSession& session, bool hovered, bool active) {
    const ImGuiIO& io = ImGui::GetIO();
    view.hover = PathwayHit{};
    if (hovered || active) {
        view.hover = hit_test_pathway(view.layout, io.MousePos.x - view.origin.x,
                                      io.MousePos.y - view.origin.y, ImGui::GetFontSize() * 0.3f);
    }
    if (active && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f)) {
        ImGui::SetScrollX(ImGui::GetScrollX() - io.MouseDelta.x);
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    }
    if (!hovered || !ImGui::IsMouseReleased(ImGuiMouseButton_Left)) return;
    const bool still = io.MouseDragMaxDistanceSqr[0] < io.MouseDragThreshold * io.MouseDragThreshold;
    if (!still || view.hover.entity == kNoEntity) return;
    const std::string id = session.dataset->entities[view.hover.entity].id.str();
    if (!click_entity(session, id)) view.seen_selection = id;  // picked here: on screen, the picker stays
}

// A selection made elsewhere with a box here: scroll it into view.
void scroll_to_selection(PathwayView& view, const AppSession& session, ImVec2 avail) {
    if (!view.scroll_to_selection) return;
    view.scroll_to_selection = false;
    const int b = pathway_box_of(view.layout, entity_at(session, session.state.selected_id));
    if (b < 0) return;
    const PathwayRect& r = view.layout.boxes[static_cast<std::size_t>(b)].rect;
    const float sx = ImGui::GetScrollX(), sy = ImGui::GetScrollY(), pad = ImGui::GetFontSize();
    if (r.x0 < sx || r.x1 > sx + avail.x) ImGui::SetScrollX(std::max(0.0f, r.x0 - pad));
    if (r.y0 < sy || r.y1 > sy + avail.y) ImGui::SetScrollY(std::max(0.0f, r.y0 - pad));
}

// Each box as an ImGui item labelled "##pathway:<id>": the tests and the page's item probe
// find it (it takes no input; the canvas does).
void register_items(const PathwayView& view, const AppSession& session) {
    for (const PathwayBox& box : view.layout.boxes) {
        add_probe_item("##pathway:" + session.dataset->entities[box.entity].id,
                       on_screen(view, box.rect.x0, box.rect.y0), on_screen(view, box.rect.x1, box.rect.y1));
    }
}

// [SECTION] Drawing

Rgba type_colour(Theme theme, std::uint8_t type) {
    return type == 0xFF ? theme_palette(theme).text_dim : lane_ink(theme, type).line;
}

ImU32 ink(Rgba colour, const PathwayLook& look) {
    return to_imu32(colour, look.faded ? kFadedAlpha : 1.0f);
}

void draw_dashed(ImDrawList* draw, ImVec2 a, ImVec2 b, ImU32 colour, float thickness, float dash) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float length = std::sqrt(dx * dx + dy * dy);
    if (length <= 0.0f || dash <= 0.0f) return;
    const int dashes = static_cast<int>(std::ceil(length / (2.0f * dash)));
    for (int k = 0; k < dashes; ++k) {
        const float t = static_cast<float>(k) * 2.0f * dash;
        const float e = std::min(t + dash, length);
        draw->AddLine(ImVec2(a.x + dx * t / length, a.y + dy * t / length),
                      ImVec2(a.x + dx * e / length, a.y + dy * e / length), colour, thickness);
    }
}

void draw_arrows(ImDrawList* draw, const PathwayView& view, const AppSession& session,
                 const PathwayLookInput& in) {
    const ThemePalette& palette = theme_palette(session.state.theme);
    const float head = ImGui::GetFontSize() * 0.35f;
    for (const PathwayArrow& arrow : view.layout.arrows) {
        const PathwayLook look = look_of_arrow(in, arrow);
        const bool hovered = view.hover.kind == PathwayHitKind::Arrow && view.hover.link == arrow.link;
        Rgba colour = arrow.kind == PathwayArrowKind::FeedsInto ? palette.accent : palette.text_dim;
        if (look.filtered_out) colour = palette.border;
        if (look.on_chain || hovered) colour = palette.link;
        const ImU32 c = ink(colour, look);
        const float thickness = look.on_chain                               ? 2.5f
                                : arrow.kind == PathwayArrowKind::FeedsInto ? 2.0f
                                                                            : 1.2f;
        const ImVec2 a = on_screen(view, arrow.x0, arrow.y0);
        ImVec2 b = on_screen(view, arrow.x1, arrow.y1);
        if (arrow.head) {
            const float dx = b.x - a.x, dy = b.y - a.y;
            const float length = std::max(std::sqrt(dx * dx + dy * dy), 1.0f);
            const float ux = dx / length, uy = dy / length;
            const ImVec2 base(b.x - ux * head * 1.6f, b.y - uy * head * 1.6f);
            draw->AddTriangleFilled(b, ImVec2(base.x - uy * head * 0.7f, base.y + ux * head * 0.7f),
                                    ImVec2(base.x + uy * head * 0.7f, base.y - ux * head * 0.7f), c);
            b = base;
        }
        if (arrow.dashed) {
            draw_dashed(draw, a, b, c, thickness, head);
        } else {
            draw->AddLine(a, b, c, thickness);
        }
    }
}

void draw_outline(ImDrawList* draw, ImVec2 min, ImVec2 max, const PathwayLook& look,
                  const ThemePalette& palette, bool hovered) {
    const float rounding = ImGui::GetFontSize() * 0.2f;
    if (look.selected)
        draw->AddRect(ImVec2(min.x - 3.0f, min.y - 3.0f), ImVec2(max.x + 3.0f, max.y + 3.0f),
                      to_imu32(palette.text), rounding + 2.0f, 0, 2.5f);
    if (look.connected)
        draw->AddRect(ImVec2(min.x - 3.0f, min.y - 3.0f), ImVec2(max.x + 3.0f, max.y + 3.0f),
                      to_imu32(palette.accent), rounding + 2.0f, 0, 2.5f);
    if (look.on_chain) draw->AddRect(min, max, to_imu32(palette.link), rounding, 0, 2.0f);
    if (hovered) draw->AddRect(min, max, to_imu32(palette.text), rounding, 0, 1.0f);
}

void draw_boxes(ImDrawList* draw, const PathwayView& view, const AppSession& session) {
    const Theme theme = session.state.theme;
    const ThemePalette& palette = theme_palette(theme);
    const float rounding = ImGui::GetFontSize() * 0.2f;
    const float stripe = std::max(3.0f, ImGui::GetFontSize() * 0.2f);
    for (std::size_t i = 0; i < view.layout.boxes.size(); ++i) {
        const PathwayBox& box = view.layout.boxes[i];
        const PathwayLook& look = view.looks[i];
        const Entity& entity = session.dataset->entities[box.entity];
        const ImVec2 min = on_screen(view, box.rect.x0, box.rect.y0);
        const ImVec2 max = on_screen(view, box.rect.x1, box.rect.y1);
        const Rgba fill = look.filtered_out  ? palette.frame_bg
                          : box.type == 0xFF ? palette.panel_bg
                                             : lane_ink(theme, box.type).band;
        draw->AddRectFilled(min, max, ink(fill, look), rounding);
        if (!look.filtered_out) {
            draw->AddRectFilled(min, ImVec2(min.x + stripe, max.y), ink(type_colour(theme, box.type), look),
                                rounding, ImDrawFlags_RoundCornersLeft);
        }
        draw->AddRect(min, max, ink(look.filtered_out ? palette.border : type_colour(theme, box.type), look),
                      rounding, 0, 1.0f);
        const float pad = view.data.measures.pad;
        const Rgba text = look.filtered_out ? palette.text_dim : palette.text;
        const DataString& name = pick(entity.name, session.state.language);
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + pad, min.y + pad),
                      ink(text, look), name.c_str(), nullptr, wrap_width(entity));
        const bool hovered =
            view.hover.box == static_cast<int>(i) && view.hover.kind != PathwayHitKind::Arrow;
        draw_outline(draw, min, max, look, palette, hovered);
    }
}

void draw_lanes_and_markers(ImDrawList* draw, const PathwayView& view, const AppSession& session,
                            const PathwayLookInput& in) {
    const Theme theme = session.state.theme;
    const ThemePalette& palette = theme_palette(theme);
    const float rounding = ImGui::GetFontSize() * 0.25f;
    for (const PathwayLaneBand& lane : view.layout.lanes) {
        const std::uint32_t track =
            view.data.model.tracks.tracks[static_cast<std::size_t>(lane.track)].entity;
        const PathwayLook look = look_of_entity(in, track);
        draw->AddRectFilled(on_screen(view, lane.rect.x0, lane.rect.y0),
                            on_screen(view, lane.rect.x1, lane.rect.y1), ink(palette.frame_bg, look),
                            rounding);
    }
    const std::vector<JourneyStep>& steps = view.data.model.journey.steps;
    for (const PathwayMarker& marker : view.layout.markers) {
        const std::uint32_t step = steps[static_cast<std::size_t>(marker.step)].entity;
        const PathwayLook look = look_of_entity(in, step);
        const ImVec2 centre = on_screen(view, marker.x, marker.y);
        const int b = pathway_box_of(view.layout, step);
        const std::uint8_t type = b < 0 ? 0xFF : view.layout.boxes[static_cast<std::size_t>(b)].type;
        const ImU32 colour = ink(look.filtered_out ? palette.text_dim : type_colour(theme, type), look);
        if (marker.hollow) {
            draw->AddCircleFilled(centre, marker.r, to_imu32(palette.window_bg));
            draw->AddCircle(centre, marker.r, colour, 0, 2.0f);
        } else {
            draw->AddCircleFilled(centre, marker.r, colour);
        }
        if (look.selected) draw->AddCircle(centre, marker.r + 3.0f, to_imu32(palette.text), 0, 2.0f);
    }
}

void draw_texts(ImDrawList* draw, const PathwayView& view, const AppSession& session,
                const PathwayLookInput& in) {
    const ThemePalette& palette = theme_palette(session.state.theme);
    for (const PathwayText& text : view.layout.texts) {
        const ImVec2 at = on_screen(view, text.rect.x0, text.rect.y0);
        if (text.kind == PathwayTextKind::StepDate) {
            const auto s = static_cast<std::size_t>(text.step);
            const JourneyStep& step = view.data.model.journey.steps[s];
            const PathwayLook look = look_of_entity(in, step.entity);
            draw->AddText(at, ink(step.has_date ? palette.text : palette.text_dim, look),
                          view.data.step_dates[s].c_str());
        } else {
            draw->AddText(at, to_imu32(palette.text_dim),
                          ui_text(session, caption_key(text.caption)).c_str());
        }
    }
}

// [SECTION] Tooltips

// The first quote of a list of source references, or null.
const DataString* first_quote(const std::vector<SourceRef>& sources) {
    for (const SourceRef& s : sources) {
        if (!s.quote.empty()) return &s.quote;
    }
    return nullptr;
}

void quote_line(const DataString& quote) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextWrapped("“%s”", quote.c_str());
    ImGui::PopTextWrapPos();
}

void link_lines(const AppSession& session, const Link& link) {
    const Dataset& dataset = *session.dataset;
    const auto name_of = [&](const DataString& id) {
        const std::uint32_t e = entity_at(session, id);
        return e == kNoEntity ? id : pick(dataset.entities[e].name, session.state.language);
    };
    ImGui::TextDisabled("%s %s %s", name_of(link.from).c_str(),
                        ui_text(session, "relation." + link.relation).c_str(), name_of(link.to).c_str());
    if (const DataString* quote = first_quote(link.sources)) quote_line(*quote);
}

void hover_tooltip(const PathwayView& view, const AppSession& session) {
    const PathwayHit& hit = view.hover;
    if (hit.kind == PathwayHitKind::None) return;
    const Dataset& dataset = *session.dataset;
    ImGui::BeginTooltip();
    if (hit.entity != kNoEntity) {
        const Entity& entity = dataset.entities[hit.entity];
        ImGui::TextUnformatted(pick(entity.name, session.state.language).c_str());
        std::string kind = ui_text(session, "type." + entity.type);
        const PathwayBox& box = view.layout.boxes[static_cast<std::size_t>(hit.box)];
        if (box.step >= 0 && box.kind == PathwayBoxKind::Step)
            kind += "  ·  " + view.data.step_dates[static_cast<std::size_t>(box.step)];
        ImGui::TextDisabled("%s", kind.c_str());
        if (const DataString* quote = first_quote(entity.sources)) quote_line(*quote);
        if (box.kind != PathwayBoxKind::Step && hit.link != kNoPathwayLink) {
            ImGui::Separator();
            link_lines(session, dataset.links[hit.link]);
        }
    } else if (hit.link != kNoPathwayLink) {
        link_lines(session, dataset.links[hit.link]);
    }
    ImGui::EndTooltip();
}

}  // namespace

// [SECTION] draw_pathway_view

void draw_pathway_view(PathwayView& view, AppSession& session, const ExplorerModels& models, ImVec2 size) {
    ImGui::BeginChild("##pathway_view", size, false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ensure_model(view.data, session);
    follow_selection(view, session);
    if (view.data.model.nothing_to_show()) {
        ImGui::TextUnformatted(ui_text(session, "pathway.nothing").c_str());
        ImGui::BulletText("%s", ui_text(session, "pathway.no_tracks").c_str());
        ImGui::BulletText("%s", ui_text(session, "pathway.no_products").c_str());
        view.layout = PathwayLayout{};
        view.looks.clear();
        ImGui::EndChild();
        return;
    }
    draw_picker(view, session);
    ensure_model(view.data, session);  // the picker may have changed the product
    ensure_measures(view.data, session);

    ImGui::BeginChild("##pathway", ImVec2(0.0f, 0.0f), false, ImGuiWindowFlags_HorizontalScrollbar);
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    view.origin = ImGui::GetCursorScreenPos();
    view.layout = layout_pathway(view.data.model, *session.dataset, view.data.measures, avail.x);
    ImGui::InvisibleButton("##pathway_canvas", ImVec2(std::max(view.layout.width, avail.x),
                                                      std::max(view.layout.height, avail.y)));
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    handle_input(view, session, hovered, active);
    scroll_to_selection(view, session, avail);
    register_items(view, session);

    PathwayLookInput in;
    in.visible = &models.shown.visible;
    in.links = &session.links;
    in.selected = entity_at(session, session.state.selected_id);
    in.connected = entity_at(session, session.state.connect_id);
    in.hovered = view.hover.entity;
    view.looks = box_looks(view.layout, in);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw_lanes_and_markers(draw, view, session, in);
    draw_arrows(draw, view, session, in);
    draw_boxes(draw, view, session);
    draw_texts(draw, view, session, in);
    if (hovered && !active) hover_tooltip(view, session);
    ImGui::EndChild();
    ImGui::EndChild();
}

}  // namespace pe

// Implements the pathway's geometry (pathway_layout.h): the left column (enablers, then the
// product and its developer), the lanes and their right column (parents), the journey's
// columns, and the hit test.
#include "pathway/pathway_layout.h"

#include <algorithm>
#include <cmath>

#include "model/entity_types.h"

namespace pe {
namespace {

std::uint8_t type_number(const Dataset& dataset, std::uint32_t entity) {
    return entity_type_number(dataset.entities[entity].type);
}

// An entity of a side column with the lanes it points at (an enabler, a parent).
struct SideGroup {
    std::uint32_t entity = 0;
    std::vector<std::pair<int, std::uint32_t>> lanes;  // (track position, link)
};

// The enablers (or parents) of every track, each entity once, in the order first met.
std::vector<SideGroup> side_groups(const PathwayTracks& tracks, bool enablers) {
    std::vector<SideGroup> groups;
    for (std::size_t t = 0; t < tracks.tracks.size(); ++t) {
        const auto& list = enablers ? tracks.tracks[t].enablers : tracks.tracks[t].part_of;
        for (const LinkedEntity& linked : list) {
            auto found = std::find_if(groups.begin(), groups.end(),
                                      [&](const SideGroup& g) { return g.entity == linked.entity; });
            if (found == groups.end()) {
                groups.push_back(SideGroup{linked.entity, {}});
                found = groups.end() - 1;
            }
            found->lanes.emplace_back(static_cast<int>(t), linked.link);
        }
    }
    return groups;
}

float caption_width(const PathwayMeasures& m, PathwayCaption caption) {
    return m.captions[static_cast<std::size_t>(caption)];
}

// The layout under construction with the measures it reads.
struct Builder {
    const PathwayModel& model;
    const Dataset& dataset;
    const PathwayMeasures& m;
    PathwayLayout out;

    PathwaySize box_size(std::uint32_t entity) const {
        const PathwaySize label = entity < m.labels.size() ? m.labels[entity] : PathwaySize{};
        return PathwaySize{label.w + 2.0f * m.pad, std::max(label.h, m.line) + 2.0f * m.pad};
    }

    PathwayBox& add_box(PathwayBoxKind kind, std::uint32_t entity, std::uint32_t link, float x, float y) {
        const PathwaySize size = box_size(entity);
        PathwayBox box;
        box.kind = kind;
        box.entity = entity;
        box.link = link;
        box.type = type_number(dataset, entity);
        box.rect = PathwayRect{x, y, x + size.w, y + size.h};
        out.boxes.push_back(box);
        return out.boxes.back();
    }

    void add_caption(PathwayCaption caption, float x, float y, int feed = -1) {
        PathwayText text;
        text.caption = caption;
        text.feed = feed;
        text.rect = PathwayRect{x, y, x + caption_width(m, caption), y + m.line};
        out.texts.push_back(text);
    }

    void add_arrow(PathwayArrowKind kind, float x0, float y0, float x1, float y1, std::uint32_t link,
                   std::uint32_t from, std::uint32_t to) {
        PathwayArrow arrow;
        arrow.kind = kind;
        arrow.x0 = x0;
        arrow.y0 = y0;
        arrow.x1 = x1;
        arrow.y1 = y1;
        arrow.link = link;
        arrow.from = from;
        arrow.to = to;
        out.arrows.push_back(arrow);
    }
};

float widest(const Builder& b, const std::vector<SideGroup>& groups) {
    float w = 0.0f;
    for (const SideGroup& g : groups) w = std::max(w, b.box_size(g.entity).w);
    return w;
}

// Side boxes (enablers or parents) in a column at `x`, each centred on the lanes it points
// at as far as the boxes above it allow; an arrow from each box to each of its lanes (or from
// each lane to it). Returns the column's bottom.
float place_side_column(Builder& b, const std::vector<SideGroup>& groups, PathwayBoxKind kind, float x,
                        float top, bool boxes_left_of_lanes, float lanes_left, float lanes_right) {
    float bottom = top;
    float next_top = top;
    for (const SideGroup& g : groups) {
        float centre = 0.0f;
        for (const auto& [lane, link] : g.lanes)
            centre += b.out.lanes[static_cast<std::size_t>(lane)].rect.centre_y();
        centre /= static_cast<float>(g.lanes.size());
        const PathwaySize size = b.box_size(g.entity);
        const float y = std::max(centre - size.h * 0.5f, next_top);
        const PathwayBox box = b.add_box(kind, g.entity, g.lanes.front().second, x, y);
        next_top = box.rect.y1 + b.m.gap;
        bottom = std::max(bottom, box.rect.y1);
        for (const auto& [lane, link] : g.lanes) {
            const PathwayLaneBand& band = b.out.lanes[static_cast<std::size_t>(lane)];
            const std::uint32_t track = b.model.tracks.tracks[static_cast<std::size_t>(lane)].entity;
            if (boxes_left_of_lanes) {
                b.add_arrow(PathwayArrowKind::Enables, box.rect.x1, box.rect.centre_y(), lanes_left,
                            band.rect.centre_y(), link, g.entity, track);
            } else {
                b.add_arrow(PathwayArrowKind::PartOf, lanes_right, band.rect.centre_y(), box.rect.x0,
                            box.rect.centre_y(), link, track, g.entity);
            }
        }
    }
    return bottom;
}

// The journey's width from its left edge: the columns and the gaps between them.
std::vector<float> step_column_widths(const Builder& b) {
    std::vector<float> widths;
    if (!b.model.has_journey) return widths;
    const std::vector<JourneyStep>& steps = b.model.journey.steps;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        float w = b.box_size(steps[i].entity).w;
        if (i < b.m.step_dates.size()) w = std::max(w, b.m.step_dates[i]);
        for (const BesideEntity& beside : steps[i].beside) w = std::max(w, b.box_size(beside.entity).w);
        widths.push_back(std::max(w, b.m.line));
    }
    return widths;
}

// The product, its developers and its own regulators or places, stacked in the left column
// from `top`. Returns the bottom.
float place_journey_heading(Builder& b, float top) {
    const ProductJourney& journey = b.model.journey;
    const float x = b.m.margin;
    float y = top;
    b.add_caption(PathwayCaption::Journey, x, y);
    y += b.m.line + b.m.gap * 0.5f;
    y = b.add_box(PathwayBoxKind::Product, journey.product, kNoPathwayLink, x, y).rect.y1;
    if (!journey.developers.empty()) {
        b.add_caption(PathwayCaption::DevelopedBy, x, y + b.m.gap * 0.5f);
        y += b.m.gap * 0.5f + b.m.line + b.m.gap * 0.5f;
        for (const LinkedEntity& d : journey.developers) {
            y = b.add_box(PathwayBoxKind::Developer, d.entity, d.link, x, y).rect.y1 + b.m.gap * 0.5f;
        }
        y -= b.m.gap * 0.5f;
    }
    for (const BesideEntity& beside : journey.beside) {
        y = b.add_box(PathwayBoxKind::ProductBeside, beside.entity, beside.link, x, y + b.m.gap * 0.5f)
                .rect.y1;
    }
    return y;
}

// The steps from `left`, the dates' row at `top`. Returns the bottom.
float place_journey_steps(Builder& b, float left, float top, const std::vector<float>& widths) {
    const ProductJourney& journey = b.model.journey;
    const PathwayMeasures& m = b.m;
    const float r = m.line * 0.3f;
    const float axis = top + m.line + m.gap * 0.5f + r;
    b.out.axis_y = axis;
    float bottom = axis + r;
    float x = left;
    float previous_x = 0.0f;
    for (std::size_t i = 0; i < journey.steps.size(); ++i) {
        const JourneyStep& step = journey.steps[i];
        const int index = static_cast<int>(i);
        const float cx = x + widths[i] * 0.5f;
        const float date_w = i < m.step_dates.size() ? m.step_dates[i] : 0.0f;
        PathwayText date;
        date.kind = PathwayTextKind::StepDate;
        date.step = index;
        date.rect = PathwayRect{cx - date_w * 0.5f, top, cx + date_w * 0.5f, top + m.line};
        b.out.texts.push_back(date);
        b.out.markers.push_back(PathwayMarker{index, cx, axis, r, step.basis == OrderBasis::Unknown});
        if (i > 0) {
            const JourneyStep& before = journey.steps[i - 1];
            std::uint32_t link = kNoPathwayLink;
            for (std::uint32_t l : journey.order_links) {
                const Link& follows = b.dataset.links[l];
                if (follows.from == b.dataset.entities[step.entity].id &&
                    follows.to == b.dataset.entities[before.entity].id)
                    link = l;
            }
            b.add_arrow(PathwayArrowKind::Sequence, previous_x + r + 3.0f, axis, cx - r - 3.0f, axis, link,
                        before.entity, step.entity);
            b.out.arrows.back().dashed =
                before.basis == OrderBasis::Unknown || step.basis == OrderBasis::Unknown;
        }
        const PathwaySize size = b.box_size(step.entity);
        PathwayBox& box = b.add_box(PathwayBoxKind::Step, step.entity, step.milestone_link,
                                    cx - size.w * 0.5f, axis + r + m.gap);
        box.step = index;
        float y = box.rect.y1;
        std::uint32_t above = step.entity;
        for (const BesideEntity& beside : step.beside) {
            const PathwaySize bs = b.box_size(beside.entity);
            b.add_arrow(PathwayArrowKind::Beside, cx, y, cx, y + m.gap, beside.link, above, beside.entity);
            b.out.arrows.back().head = false;
            PathwayBox& side =
                b.add_box(PathwayBoxKind::Beside, beside.entity, beside.link, cx - bs.w * 0.5f, y + m.gap);
            side.step = index;
            y = side.rect.y1;
            above = beside.entity;
        }
        bottom = std::max(bottom, y);
        if (step.track >= 0 && static_cast<std::size_t>(step.track) < b.out.lanes.size()) {
            const PathwayLaneBand& band = b.out.lanes[static_cast<std::size_t>(step.track)];
            b.add_arrow(PathwayArrowKind::ToTrack, cx, top - 2.0f, cx, band.rect.y1, kNoPathwayLink,
                        step.entity, b.model.tracks.tracks[static_cast<std::size_t>(step.track)].entity);
            b.out.arrows.back().dashed = true;
        }
        previous_x = cx;
        x += widths[i] + 3.0f * m.gap;
    }
    return bottom;
}

}  // namespace

std::vector<std::uint32_t> pathway_label_entities(const PathwayModel& model) {
    std::vector<std::uint32_t> out;
    for (const PathwayTrack& t : model.tracks.tracks) {
        out.push_back(t.entity);
        for (const LinkedEntity& e : t.enablers) out.push_back(e.entity);
        for (const LinkedEntity& e : t.part_of) out.push_back(e.entity);
    }
    if (model.has_journey) {
        out.push_back(model.journey.product);
        for (const LinkedEntity& e : model.journey.developers) out.push_back(e.entity);
        for (const BesideEntity& e : model.journey.beside) out.push_back(e.entity);
        for (const JourneyStep& s : model.journey.steps) {
            out.push_back(s.entity);
            for (const BesideEntity& e : s.beside) out.push_back(e.entity);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

PathwayLayout layout_pathway(const PathwayModel& model, const Dataset& dataset, const PathwayMeasures& m,
                             float available_width) {
    Builder b{model, dataset, m, {}};
    const std::vector<SideGroup> enablers = side_groups(model.tracks, true);
    const std::vector<SideGroup> parents = side_groups(model.tracks, false);
    const bool lanes = !model.tracks.tracks.empty();

    // The left column: the enablers, and the journey's heading.
    float left_w = widest(b, enablers);
    if (!enablers.empty()) left_w = std::max(left_w, caption_width(m, PathwayCaption::EnabledBy));
    if (model.has_journey) {
        const ProductJourney& j = model.journey;
        left_w = std::max({left_w, b.box_size(j.product).w, caption_width(m, PathwayCaption::Journey)});
        if (!j.developers.empty()) left_w = std::max(left_w, caption_width(m, PathwayCaption::DevelopedBy));
        for (const LinkedEntity& d : j.developers) left_w = std::max(left_w, b.box_size(d.entity).w);
        for (const BesideEntity& s : j.beside) left_w = std::max(left_w, b.box_size(s.entity).w);
    }
    const float arrow_room = 3.0f * m.gap;
    const float left = left_w > 0.0f ? m.margin + left_w + arrow_room : m.margin;

    // The width the lanes need: their names and the feeds' arrows with their captions.
    float name_w = 0.0f, name_h = 0.0f;
    for (const PathwayTrack& t : model.tracks.tracks) {
        name_w = std::max(name_w, b.box_size(t.entity).w);
        name_h = std::max(name_h, b.box_size(t.entity).h);
    }
    const std::vector<TrackFeed>& feeds = model.tracks.feeds;
    const float feed_step = caption_width(m, PathwayCaption::FeedsInto) + 2.0f * m.gap;
    const float feeds_left = left + m.gap + name_w + 2.0f * m.gap;
    float right = lanes ? feeds_left + static_cast<float>(feeds.size()) * feed_step : left;

    const std::vector<float> widths = step_column_widths(b);
    float journey_right = left;
    for (float w : widths) journey_right += w + arrow_room;
    if (!widths.empty()) journey_right -= arrow_room;
    // The lanes reach over the journey only when a step points up to its lane; otherwise the
    // parents' column may stand above the journey's last columns (they never share a row).
    bool steps_on_lanes = false;
    if (model.has_journey) {
        for (const JourneyStep& s : model.journey.steps) steps_on_lanes = steps_on_lanes || s.track >= 0;
    }
    if (steps_on_lanes) right = std::max(right, journey_right);
    const float parent_w =
        parents.empty() ? 0.0f : std::max(widest(b, parents), caption_width(m, PathwayCaption::PartOf));
    const float parent_room = parents.empty() ? 0.0f : arrow_room + parent_w;
    right = std::max(right, available_width - m.margin - parent_room);

    // The lanes and their side columns.
    float bottom = m.margin;
    if (lanes) {
        const float top = m.margin;
        b.add_caption(PathwayCaption::Tracks, left, top);
        if (!enablers.empty()) b.add_caption(PathwayCaption::EnabledBy, m.margin, top);
        if (!parents.empty()) b.add_caption(PathwayCaption::PartOf, right + arrow_room, top);
        const float lane_h = name_h + m.gap;
        const float lane_gap = feeds.empty() ? m.gap : m.line + m.gap;
        float y = top + m.line + m.gap * 0.5f;
        for (std::size_t t = 0; t < model.tracks.tracks.size(); ++t) {
            b.out.lanes.push_back(
                PathwayLaneBand{static_cast<int>(t), PathwayRect{left, y, right, y + lane_h}});
            const PathwaySize size = b.box_size(model.tracks.tracks[t].entity);
            PathwayBox& box = b.add_box(PathwayBoxKind::Track, model.tracks.tracks[t].entity, kNoPathwayLink,
                                        left + m.gap, y + (lane_h - size.h) * 0.5f);
            box.track = static_cast<int>(t);
            y += lane_h + lane_gap;
        }
        bottom = y - lane_gap;
        for (std::size_t k = 0; k < feeds.size(); ++k) {
            const TrackFeed& f = feeds[k];
            if (f.from == f.to) continue;
            const PathwayRect& from = b.out.lanes[f.from].rect;
            const PathwayRect& to = b.out.lanes[f.to].rect;
            const float x = feeds_left + static_cast<float>(k) * feed_step;
            const bool down = f.from < f.to;
            b.add_arrow(PathwayArrowKind::FeedsInto, x, down ? from.y1 : from.y0, x, down ? to.y0 : to.y1,
                        f.link, model.tracks.tracks[f.from].entity, model.tracks.tracks[f.to].entity);
            const PathwayRect& upper = b.out.lanes[std::min(f.from, f.to)].rect;
            b.add_caption(PathwayCaption::FeedsInto, x + m.gap * 0.5f, upper.y1 + (lane_gap - m.line) * 0.5f,
                          static_cast<int>(k));
        }
        const float lanes_top = top + m.line + m.gap * 0.5f;
        bottom = std::max(bottom, place_side_column(b, enablers, PathwayBoxKind::Enabler, m.margin, lanes_top,
                                                    true, left, right));
        bottom = std::max(bottom, place_side_column(b, parents, PathwayBoxKind::Parent, right + arrow_room,
                                                    lanes_top, false, left, right));
    }

    // The journey below.
    if (model.has_journey) {
        const float top = lanes ? bottom + 2.0f * m.gap : m.margin;
        bottom = std::max(place_journey_heading(b, top), place_journey_steps(b, left, top, widths));
    }

    float width = available_width;
    float height = bottom + m.margin;
    for (const PathwayBox& box : b.out.boxes) width = std::max(width, box.rect.x1 + m.margin);
    for (const PathwayText& t : b.out.texts) width = std::max(width, t.rect.x1 + m.margin);
    for (const PathwayBox& box : b.out.boxes) height = std::max(height, box.rect.y1 + m.margin);
    b.out.width = width;
    b.out.height = height;
    return b.out;
}

namespace {

float distance_to_segment(const PathwayArrow& a, float x, float y) {
    const float dx = a.x1 - a.x0, dy = a.y1 - a.y0;
    const float length2 = dx * dx + dy * dy;
    float t = length2 > 0.0f ? ((x - a.x0) * dx + (y - a.y0) * dy) / length2 : 0.0f;
    t = std::clamp(t, 0.0f, 1.0f);
    const float px = a.x0 + t * dx - x, py = a.y0 + t * dy - y;
    return std::sqrt(px * px + py * py);
}

}  // namespace

PathwayHit hit_test_pathway(const PathwayLayout& layout, float x, float y, float tolerance) {
    PathwayHit hit;
    for (std::size_t i = layout.boxes.size(); i-- > 0;) {
        const PathwayBox& box = layout.boxes[i];
        if (!box.rect.contains(x, y)) continue;
        hit.kind = PathwayHitKind::Box;
        hit.entity = box.entity;
        hit.link = box.link;
        hit.box = static_cast<int>(i);
        return hit;
    }
    for (const PathwayMarker& marker : layout.markers) {
        const float dx = x - marker.x, dy = y - marker.y;
        if (std::sqrt(dx * dx + dy * dy) > marker.r + tolerance) continue;
        for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
            const PathwayBox& box = layout.boxes[i];
            if (box.kind != PathwayBoxKind::Step || box.step != marker.step) continue;
            hit.kind = PathwayHitKind::Marker;
            hit.entity = box.entity;
            hit.link = box.link;
            hit.box = static_cast<int>(i);
            return hit;
        }
    }
    float best = tolerance;
    for (const PathwayArrow& arrow : layout.arrows) {
        if (arrow.link == kNoPathwayLink) continue;
        const float d = distance_to_segment(arrow, x, y);
        if (d > best) continue;
        best = d;
        hit.kind = PathwayHitKind::Arrow;
        hit.link = arrow.link;
    }
    return hit;
}

int pathway_box_of(const PathwayLayout& layout, std::uint32_t entity) {
    for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
        if (layout.boxes[i].entity == entity) return static_cast<int>(i);
    }
    return -1;
}

}  // namespace pe

// The pathway's geometry on hand-made datasets and the built-in one: the lanes parallel and
// in order with their side columns, the steps in order along the line with or without dates,
// nothing overlapping, the hit test, a dataset without tracks, the same layout twice; and
// the looks (filter, focus) and the picker's rules.
#include "pathway/pathway_layout.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/graph/graph_fixture.h"
#include "core/pathway/pathway_fixture.h"
#include "pathway/pathway_look.h"
#include "pathway/pathway_picker.h"

namespace pe {
namespace {

using graph_test::at;
using graph_test::GraphBuilder;

// Sizes as a view would measure them: 7 px a character of the id, wrapped at 150 px.
PathwayMeasures measures_for(const Dataset& d, const PathwayModel& model) {
    PathwayMeasures m;
    m.labels.resize(d.entities.size());
    for (std::uint32_t e : pathway_label_entities(model)) {
        const float w = 7.0f * static_cast<float>(d.entities[e].id.size());
        const float lines = w > 150.0f ? 2.0f : 1.0f;
        m.labels[e] = PathwaySize{w > 150.0f ? 150.0f : w, lines * m.line};
    }
    if (model.has_journey) {
        for (const JourneyStep& s : model.journey.steps) m.step_dates.push_back(s.has_date ? 40.0f : 90.0f);
    }
    for (float& w : m.captions) w = 60.0f;
    return m;
}

struct Laid {
    PathwayModel model;
    PathwayLayout layout;
};

Laid lay_out(const Dataset& d, const std::string& product = "", float width = 1000.0f) {
    static GraphIndex graph;
    graph = build_graph_index(d);
    Laid out;
    out.model = build_pathway_model(d, graph, product);
    out.layout = layout_pathway(out.model, d, measures_for(d, out.model), width);
    return out;
}

const PathwayBox* box_of(const PathwayLayout& layout, PathwayBoxKind kind, std::uint32_t entity) {
    for (const PathwayBox& b : layout.boxes) {
        if (b.kind == kind && b.entity == entity) return &b;
    }
    return nullptr;
}

// Nothing drawn on top of anything else: boxes, captions and dates pairwise apart, all
// inside the content.
void expect_nothing_overlaps(const PathwayLayout& layout) {
    std::vector<PathwayRect> rects;
    for (const PathwayBox& b : layout.boxes) rects.push_back(b.rect);
    for (const PathwayText& t : layout.texts) rects.push_back(t.rect);
    for (std::size_t i = 0; i < rects.size(); ++i) {
        EXPECT_GE(rects[i].x0, 0.0f);
        EXPECT_GE(rects[i].y0, 0.0f);
        EXPECT_LE(rects[i].x1, layout.width);
        EXPECT_LE(rects[i].y1, layout.height);
        for (std::size_t j = i + 1; j < rects.size(); ++j)
            EXPECT_FALSE(rects[i].overlaps(rects[j])) << i << " " << j;
    }
}

// The model tests' pathway (pathway_fixture.h) with a second place beside the cure and both
// tracks part of the system.
Dataset journey_data() {
    return pathway_test::small_pathway_builder()
        .entity("hospital-two", "hospital")
        .link("m-cure", "hospital-two", "took_place_at")  // 15
        .link("track-b", "system", "part_of")             // 16
        .build();
}

TEST(PathwayLayout, LanesAreParallelInOrderWithTheirSideColumns) {
    const Dataset d = journey_data();
    const Laid laid = lay_out(d);
    const PathwayLayout& l = laid.layout;
    ASSERT_EQ(l.lanes.size(), 2u);
    EXPECT_EQ(l.lanes[0].rect.x0, l.lanes[1].rect.x0);
    EXPECT_EQ(l.lanes[0].rect.x1, l.lanes[1].rect.x1);
    EXPECT_LT(l.lanes[0].rect.y1, l.lanes[1].rect.y0);
    EXPECT_GE(l.width, 1000.0f);
    // track-b feeds track-a: b is the upper lane, its name inside its band.
    const PathwayBox* upper = box_of(l, PathwayBoxKind::Track, at(d, "track-b"));
    ASSERT_NE(upper, nullptr);
    EXPECT_EQ(upper->track, 0);
    EXPECT_GE(upper->rect.y0, l.lanes[0].rect.y0);
    EXPECT_LE(upper->rect.y1, l.lanes[0].rect.y1);
    // The rule once, left of the lanes, between them, with an arrow to each.
    const PathwayBox* rule = box_of(l, PathwayBoxKind::Enabler, at(d, "rule"));
    ASSERT_NE(rule, nullptr);
    EXPECT_LT(rule->rect.x1, l.lanes[0].rect.x0);
    int enables = 0, part_of = 0, feeds = 0;
    for (const PathwayArrow& a : l.arrows) {
        if (a.kind == PathwayArrowKind::Enables) {
            ++enables;
            EXPECT_EQ(a.from, at(d, "rule"));
            EXPECT_EQ(a.x1, l.lanes[0].rect.x0);
        }
        if (a.kind == PathwayArrowKind::PartOf) ++part_of;
        if (a.kind == PathwayArrowKind::FeedsInto) {
            ++feeds;
            EXPECT_EQ(a.link, 0u);
            EXPECT_EQ(a.y0, l.lanes[0].rect.y1);  // from the upper lane down to the lower
            EXPECT_EQ(a.y1, l.lanes[1].rect.y0);
        }
    }
    EXPECT_EQ(enables, 2);
    EXPECT_EQ(part_of, 2);
    EXPECT_EQ(feeds, 1);
    const PathwayBox* system = box_of(l, PathwayBoxKind::Parent, at(d, "system"));
    ASSERT_NE(system, nullptr);
    EXPECT_GT(system->rect.x0, l.lanes[0].rect.x1);
    EXPECT_LE(system->rect.x1, l.width);
    expect_nothing_overlaps(l);
}

TEST(PathwayLayout, StepsFollowTheModelsOrderWithOrWithoutDates) {
    const Dataset d = journey_data();
    const Laid laid = lay_out(d, "p1");
    const PathwayLayout& l = laid.layout;
    const ProductJourney& j = laid.model.journey;
    ASSERT_EQ(j.steps.size(), 4u);
    ASSERT_EQ(l.markers.size(), 4u);
    for (std::size_t i = 0; i < l.markers.size(); ++i) {
        EXPECT_EQ(l.markers[i].step, static_cast<int>(i));
        EXPECT_EQ(l.markers[i].y, l.axis_y);
        if (i > 0) {
            EXPECT_GT(l.markers[i].x, l.markers[i - 1].x);
        }
        const PathwayBox* step = box_of(l, PathwayBoxKind::Step, j.steps[i].entity);
        ASSERT_NE(step, nullptr);
        EXPECT_EQ(step->step, static_cast<int>(i));
        EXPECT_NEAR(step->rect.centre_x(), l.markers[i].x, 0.01f);
        EXPECT_GT(step->rect.y0, l.axis_y);  // the name under the line, the date above
    }
    // The meeting (undated, no link) has no known place: a hollow marker, a dashed arrow on.
    EXPECT_EQ(d.entities[j.steps[0].entity].id, "m-meetings");
    EXPECT_TRUE(l.markers[0].hollow);
    EXPECT_FALSE(l.markers[1].hollow);
    std::vector<const PathwayArrow*> sequence;
    for (const PathwayArrow& a : l.arrows) {
        if (a.kind == PathwayArrowKind::Sequence) sequence.push_back(&a);
    }
    ASSERT_EQ(sequence.size(), 3u);
    EXPECT_TRUE(sequence[0]->dashed);
    EXPECT_FALSE(sequence[1]->dashed);
    EXPECT_EQ(sequence[1]->link, kNoPathwayLink);  // trial -> approval: by their dates
    EXPECT_EQ(sequence[2]->link, 7u);              // approval -> cure: "cure follows approval"
    EXPECT_LT(sequence[2]->x0, sequence[2]->x1);
    // Dates above their markers.
    for (const PathwayText& t : l.texts) {
        if (t.kind != PathwayTextKind::StepDate) continue;
        EXPECT_LT(t.rect.y1, l.axis_y);
        EXPECT_NEAR(t.rect.centre_x(), l.markers[static_cast<std::size_t>(t.step)].x, 0.01f);
    }
    // The cure's two places stacked under it, each with its link; the trial's lane above.
    const PathwayBox* cure = box_of(l, PathwayBoxKind::Step, at(d, "m-cure"));
    const PathwayBox* one = box_of(l, PathwayBoxKind::Beside, at(d, "hospital"));
    const PathwayBox* two = box_of(l, PathwayBoxKind::Beside, at(d, "hospital-two"));
    ASSERT_TRUE(cure && one && two);
    EXPECT_LT(cure->rect.y1, one->rect.y0);
    EXPECT_LT(one->rect.y1, two->rect.y0);
    EXPECT_EQ(one->link, 11u);
    EXPECT_EQ(one->step, 3);
    // Each step points up to its lane: the trial to track-a (the lower lane), the others to
    // p1's track-b.
    int to_track = 0;
    for (const PathwayArrow& a : l.arrows) {
        if (a.kind != PathwayArrowKind::ToTrack) continue;
        ++to_track;
        EXPECT_EQ(a.y1, l.lanes[a.from == at(d, "m-trial") ? 1 : 0].rect.y1);
        EXPECT_TRUE(a.dashed);
    }
    EXPECT_GE(to_track, 3);
    // The product and its developer in the left column, under the lanes.
    const PathwayBox* product = box_of(l, PathwayBoxKind::Product, at(d, "p1"));
    const PathwayBox* maker = box_of(l, PathwayBoxKind::Developer, at(d, "maker"));
    ASSERT_TRUE(product && maker);
    EXPECT_GT(product->rect.y0, l.lanes[1].rect.y1);
    EXPECT_LT(product->rect.x1, l.lanes[0].rect.x0);
    EXPECT_EQ(maker->link, 8u);
    expect_nothing_overlaps(l);
}

TEST(PathwayLayout, HitTestFindsBoxesMarkersAndLinks) {
    const Dataset d = journey_data();
    const Laid laid = lay_out(d, "p1");
    const PathwayLayout& l = laid.layout;
    const PathwayBox* approval = box_of(l, PathwayBoxKind::Step, at(d, "m-approval"));
    ASSERT_NE(approval, nullptr);
    PathwayHit hit = hit_test_pathway(l, approval->rect.centre_x(), approval->rect.centre_y(), 3.0f);
    EXPECT_EQ(hit.kind, PathwayHitKind::Box);
    EXPECT_EQ(hit.entity, at(d, "m-approval"));
    EXPECT_EQ(hit.link, 5u);
    EXPECT_EQ(pathway_box_of(l, at(d, "m-approval")), hit.box);
    hit = hit_test_pathway(l, l.markers[2].x + 1.0f, l.markers[2].y, 3.0f);
    EXPECT_EQ(hit.kind, PathwayHitKind::Marker);
    EXPECT_EQ(hit.entity, at(d, "m-approval"));
    // The feeds arrow, a little off its line.
    for (const PathwayArrow& a : l.arrows) {
        if (a.kind != PathwayArrowKind::FeedsInto) continue;
        hit = hit_test_pathway(l, a.x0 + 2.0f, (a.y0 + a.y1) * 0.5f, 3.0f);
        EXPECT_EQ(hit.kind, PathwayHitKind::Arrow);
        EXPECT_EQ(hit.link, 0u);
        EXPECT_EQ(hit.entity, kNoEntity);
    }
    // The far corner of the content holds nothing; a point outside it neither.
    EXPECT_EQ(hit_test_pathway(l, l.width - 1.0f, l.height - 1.0f, 3.0f).kind, PathwayHitKind::None);
    EXPECT_EQ(hit_test_pathway(l, -50.0f, -50.0f, 3.0f).kind, PathwayHitKind::None);
}

TEST(PathwayLayout, WithoutTracksTheJourneyStartsAtTheTop) {
    const Dataset d = GraphBuilder()
                          .entity("p", "product")
                          .dated("m1", "milestone", "2021")
                          .dated("m2", "milestone", "2022-05")
                          .link("m1", "p", "milestone_of")
                          .link("m2", "p", "milestone_of")
                          .build();
    const Laid laid = lay_out(d);
    const PathwayLayout& l = laid.layout;
    EXPECT_TRUE(l.lanes.empty());
    for (const PathwayArrow& a : l.arrows) EXPECT_EQ(a.kind, PathwayArrowKind::Sequence);
    ASSERT_EQ(l.markers.size(), 2u);
    EXPECT_LT(l.markers[0].x, l.markers[1].x);
    const PathwayBox* product = box_of(l, PathwayBoxKind::Product, at(d, "p"));
    ASSERT_NE(product, nullptr);
    EXPECT_LT(product->rect.y0, 40.0f);
    expect_nothing_overlaps(l);

    // Nothing at all: no lanes, no journey, an empty content of the available width.
    const Dataset none = GraphBuilder().entity("x", "policy").build();
    const Laid empty = lay_out(none, "", 640.0f);
    EXPECT_TRUE(empty.layout.boxes.empty());
    EXPECT_TRUE(empty.layout.arrows.empty());
    EXPECT_EQ(empty.layout.width, 640.0f);
}

TEST(PathwayLayout, BuiltInDatasetIsLaidOutTheSameTwiceWithoutOverlaps) {
    const Dataset& d = graph_test::builtin_dataset();
    const Laid first = lay_out(d, "", 1200.0f);
    const Laid second = lay_out(d, "", 1200.0f);
    ASSERT_EQ(first.layout.boxes.size(), second.layout.boxes.size());
    for (std::size_t i = 0; i < first.layout.boxes.size(); ++i) {
        EXPECT_EQ(first.layout.boxes[i].entity, second.layout.boxes[i].entity);
        EXPECT_EQ(first.layout.boxes[i].rect.x0, second.layout.boxes[i].rect.x0);
        EXPECT_EQ(first.layout.boxes[i].rect.y0, second.layout.boxes[i].rect.y0);
    }
    expect_nothing_overlaps(first.layout);
    EXPECT_EQ(first.layout.width, 1200.0f);  // it fits: no step points at a lane, so the
                                             // parents' column stands above the journey
    // One enabler box for both lanes; five steps in the model's order.
    int enablers = 0;
    for (const PathwayBox& b : first.layout.boxes) enablers += b.kind == PathwayBoxKind::Enabler ? 1 : 0;
    EXPECT_EQ(enablers, 1);
    ASSERT_EQ(first.layout.markers.size(), 5u);
    const PathwayBox* approval =
        box_of(first.layout, PathwayBoxKind::Step, at(d, "milestone-2025-amimestrocel-approval"));
    ASSERT_NE(approval, nullptr);
    EXPECT_EQ(approval->step, 2);
    // A narrow area: the content is wider than it and scrolls; nothing overlaps still.
    const Laid narrow = lay_out(d, "", 300.0f);
    EXPECT_GT(narrow.layout.width, 300.0f);
    expect_nothing_overlaps(narrow.layout);
}

TEST(PathwayLook, FilterGreysAndFocusFades) {
    const Dataset d = journey_data();
    const GraphIndex g = build_graph_index(d);
    const Laid laid = lay_out(d, "p1");
    std::vector<std::uint8_t> visible(d.entities.size(), 1);
    visible[at(d, "regulator")] = 0;
    LinkEmphasis links;
    update_link_emphasis(links, d, g, 1, LinkQuestion{"m-approval", "hospital", 1});
    PathwayLookInput input;
    input.visible = &visible;
    input.links = &links;
    input.selected = at(d, "m-approval");
    const std::vector<PathwayLook> looks = box_looks(laid.layout, input);
    ASSERT_EQ(looks.size(), laid.layout.boxes.size());
    for (std::size_t i = 0; i < looks.size(); ++i) {
        const DataString& id = d.entities[laid.layout.boxes[i].entity].id;
        EXPECT_EQ(looks[i].filtered_out, id == "regulator") << id;
        EXPECT_EQ(looks[i].selected, id == "m-approval") << id;
        // One hop from the approval: p1, the regulator, the cure; the rest faded.
        const bool near = id == "m-approval" || id == "p1" || id == "regulator" || id == "m-cure";
        EXPECT_EQ(looks[i].faded, !near) << id;
    }
    // The chain approval -> cure -> hospital: the cure is on it, and the arrow to the place.
    EXPECT_TRUE(look_of_entity(input, at(d, "m-cure")).on_chain);
    for (const PathwayArrow& a : laid.layout.arrows) {
        if (a.link == 11u) {
            EXPECT_TRUE(look_of_arrow(input, a).on_chain);
        }
        if (a.kind == PathwayArrowKind::FeedsInto) {
            EXPECT_TRUE(look_of_arrow(input, a).faded);
            EXPECT_FALSE(look_of_arrow(input, a).on_chain);
        }
    }
    // No filter, no focus: nothing greyed or faded.
    const PathwayLook plain = look_of_entity(PathwayLookInput{}, at(d, "rule"));
    EXPECT_FALSE(plain.filtered_out || plain.faded || plain.on_chain || plain.selected);
}

TEST(PathwayPicker, TheJourneyFollowsASelectedProductOnce) {
    const Dataset d = journey_data();
    const Laid laid = lay_out(d);
    const std::vector<PickerProduct>& picker = laid.model.picker;
    ASSERT_EQ(picker.size(), 2u);
    EXPECT_EQ(picker_position(picker, d, ""), 0);
    EXPECT_EQ(picker_position(picker, d, "p2"), 1);
    EXPECT_EQ(picker_position(picker, d, "maker"), -1);
    // Selecting p2 switches the journey to it.
    EXPECT_EQ(product_after_selection(picker, d, "", "p2", ""), "p2");
    // The same selection again does not undo a choice made in the picker since.
    EXPECT_EQ(product_after_selection(picker, d, "p2", "p2", "p1"), "p1");
    // Selecting something that is not a product with milestones changes nothing.
    EXPECT_EQ(product_after_selection(picker, d, "p2", "m-cure", "p1"), "p1");
    EXPECT_EQ(product_after_selection(picker, d, "p2", "", "p1"), "p1");
}

}  // namespace
}  // namespace pe

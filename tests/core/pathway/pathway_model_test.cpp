// The pathway model on hand-made datasets (lanes and their order, enablers, feeds, the
// picker and its default, the steps with developer milestones, what is beside them, their
// tracks, the "nothing to show" reasons) and on the built-in dataset.
#include "pathway/pathway_model.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "core/graph/graph_fixture.h"
#include "core/pathway/pathway_fixture.h"
#include "model/date.h"

namespace pe {
namespace {

using graph_test::at;
using graph_test::GraphBuilder;

std::vector<std::string> step_ids(const Dataset& d, const ProductJourney& journey) {
    std::vector<std::string> out;
    for (const JourneyStep& s : journey.steps) out.push_back(d.entities[s.entity].id.str());
    return out;
}

using Ids = std::vector<std::string>;

Dataset small_pathway() {
    return pathway_test::small_pathway_builder().build();
}

TEST(PathwayModel, TracksAreOrderedByFeedsWithTheirEnablersAndParents) {
    const Dataset d = small_pathway();
    const GraphIndex g = build_graph_index(d);
    const PathwayModel m = build_pathway_model(d, g, "");
    ASSERT_EQ(m.tracks.tracks.size(), 2u);
    EXPECT_EQ(m.lanes_gap, PathwayGap::None);
    EXPECT_EQ(m.tracks.tracks[0].entity, at(d, "track-b"));
    EXPECT_EQ(m.tracks.tracks[1].entity, at(d, "track-a"));
    ASSERT_EQ(m.tracks.feeds.size(), 1u);
    EXPECT_EQ(m.tracks.feeds[0].from, 0u);
    EXPECT_EQ(m.tracks.feeds[0].to, 1u);
    EXPECT_EQ(m.tracks.feeds[0].link, 0u);
    ASSERT_EQ(m.tracks.tracks[1].enablers.size(), 1u);
    EXPECT_EQ(m.tracks.tracks[1].enablers[0].entity, at(d, "rule"));
    EXPECT_EQ(m.tracks.tracks[1].enablers[0].link, 1u);
    ASSERT_EQ(m.tracks.tracks[1].part_of.size(), 1u);
    EXPECT_EQ(m.tracks.tracks[1].part_of[0].entity, at(d, "system"));
    EXPECT_TRUE(m.tracks.tracks[0].part_of.empty());
}

TEST(PathwayModel, PickerHasProductsWithMilestonesMostFirst) {
    const Dataset d = small_pathway();
    const GraphIndex g = build_graph_index(d);
    const PathwayModel m = build_pathway_model(d, g, "");
    ASSERT_EQ(m.picker.size(), 2u);
    EXPECT_EQ(m.picker[0].entity, at(d, "p1"));
    EXPECT_EQ(m.picker[0].milestones, 3u);  // its own: the developer's meeting is not counted
    EXPECT_EQ(m.picker[1].entity, at(d, "p2"));
    EXPECT_TRUE(m.has_journey);
    EXPECT_EQ(m.journey.product, at(d, "p1"));
    // A tie in count goes to the smaller id.
    const Dataset tie = GraphBuilder()
                            .entities("product", {"zeta", "alpha"})
                            .entities("milestone", {"m1", "m2"})
                            .link("m1", "zeta", "milestone_of")
                            .link("m2", "alpha", "milestone_of")
                            .build();
    const GraphIndex tg = build_graph_index(tie);
    EXPECT_EQ(build_pathway_model(tie, tg, "").journey.product, at(tie, "alpha"));
}

TEST(PathwayModel, JourneyStepsInOrderWithWhatIsBesideThem) {
    const Dataset d = small_pathway();
    const GraphIndex g = build_graph_index(d);
    const PathwayModel m = build_pathway_model(d, g, "p1");
    const ProductJourney& j = m.journey;
    // m-meetings: undated, unlinked (first, Unknown); then by date; m-cure after m-approval.
    EXPECT_EQ(step_ids(d, j), (Ids{"m-meetings", "m-trial", "m-approval", "m-cure"}));
    EXPECT_TRUE(j.steps[0].from_developer);
    EXPECT_EQ(j.steps[0].owner, at(d, "maker"));
    EXPECT_EQ(j.steps[0].milestone_link, 9u);
    EXPECT_EQ(j.steps[0].basis, OrderBasis::Unknown);
    EXPECT_FALSE(j.steps[1].from_developer);
    EXPECT_EQ(j.steps[1].owner, at(d, "p1"));
    EXPECT_TRUE(j.steps[2].has_date);
    EXPECT_EQ(format_date(j.steps[2].date), "2025-03");
    EXPECT_EQ(j.steps[3].basis, OrderBasis::Links);
    EXPECT_EQ(j.order_links, (std::vector<std::uint32_t>{7}));
    ASSERT_EQ(j.steps[2].beside.size(), 1u);
    EXPECT_EQ(j.steps[2].beside[0].entity, at(d, "regulator"));
    EXPECT_EQ(j.steps[2].beside[0].role, BesideRole::Regulator);
    ASSERT_EQ(j.steps[3].beside.size(), 1u);
    EXPECT_EQ(j.steps[3].beside[0].entity, at(d, "hospital"));
    EXPECT_EQ(j.steps[3].beside[0].role, BesideRole::Place);
    EXPECT_EQ(j.steps[3].beside[0].link, 11u);
    // m-trial is part of track-a (lane 1); the others inherit p1's track-b (lane 0).
    EXPECT_EQ(j.steps[1].track, 1);
    EXPECT_FALSE(j.steps[1].track_from_product);
    EXPECT_EQ(j.steps[2].track, 0);
    EXPECT_TRUE(j.steps[2].track_from_product);
    ASSERT_EQ(j.developers.size(), 1u);
    EXPECT_EQ(j.developers[0].entity, at(d, "maker"));
}

TEST(PathwayModel, NothingToShowSaysWhy) {
    const Dataset empty = GraphBuilder().entity("x", "policy").build();
    const GraphIndex eg = build_graph_index(empty);
    const PathwayModel none = build_pathway_model(empty, eg, "");
    EXPECT_EQ(none.lanes_gap, PathwayGap::NoTracks);
    EXPECT_EQ(none.journey_gap, PathwayGap::NoProductsWithMilestones);
    EXPECT_TRUE(none.nothing_to_show());
    EXPECT_TRUE(none.picker.empty());

    const Dataset tracks_only = GraphBuilder().entity("t", "track").entity("p", "product").build();
    const GraphIndex tg = build_graph_index(tracks_only);
    const PathwayModel lanes = build_pathway_model(tracks_only, tg, "");
    EXPECT_EQ(lanes.lanes_gap, PathwayGap::None);
    EXPECT_EQ(lanes.journey_gap, PathwayGap::NoProductsWithMilestones);
    EXPECT_FALSE(lanes.nothing_to_show());

    const Dataset d = small_pathway();
    const GraphIndex g = build_graph_index(d);
    for (const char* asked : {"p3", "no-such-id", "m-trial"}) {
        const PathwayModel unknown = build_pathway_model(d, g, asked);
        EXPECT_EQ(unknown.journey_gap, PathwayGap::UnknownProduct) << asked;
        EXPECT_FALSE(unknown.has_journey);
        EXPECT_EQ(unknown.picker.size(), 2u);
    }

    const Dataset no_tracks =
        GraphBuilder().entity("p", "product").entity("m", "milestone").link("m", "p", "milestone_of").build();
    const GraphIndex ng = build_graph_index(no_tracks);
    const PathwayModel journey_only = build_pathway_model(no_tracks, ng, "");
    EXPECT_EQ(journey_only.lanes_gap, PathwayGap::NoTracks);
    EXPECT_TRUE(journey_only.has_journey);
    EXPECT_FALSE(journey_only.nothing_to_show());
    EXPECT_EQ(journey_only.journey.steps[0].track, -1);
}

TEST(PathwayModel, BuiltInDatasetOpensOnAmimestrocel) {
    const Dataset& d = graph_test::builtin_dataset();
    const GraphIndex g = build_graph_index(d);
    const PathwayModel m = build_pathway_model(d, g, "");
    EXPECT_EQ(m.lanes_gap, PathwayGap::None);
    EXPECT_EQ(m.journey_gap, PathwayGap::None);
    ASSERT_EQ(m.tracks.tracks.size(), 2u);
    EXPECT_EQ(d.entities[m.tracks.tracks[0].entity].id, "track-iit");
    EXPECT_EQ(d.entities[m.tracks.tracks[1].entity].id, "track-ind");
    ASSERT_EQ(m.tracks.feeds.size(), 1u);
    EXPECT_EQ(m.tracks.feeds[0].from, 0u);
    EXPECT_EQ(m.tracks.feeds[0].to, 1u);
    for (const PathwayTrack& track : m.tracks.tracks) {
        ASSERT_EQ(track.enablers.size(), 1u);
        EXPECT_EQ(d.entities[track.enablers[0].entity].id,
                  "policy-2015-stem-cell-clinical-research-measures");
        ASSERT_EQ(track.part_of.size(), 1u);
        EXPECT_EQ(d.entities[track.part_of[0].entity].id, "policy-dual-track-system");
    }
    ASSERT_FALSE(m.picker.empty());
    EXPECT_EQ(d.entities[m.picker[0].entity].id, "product-amimestrocel");
    EXPECT_EQ(m.picker[0].milestones, 4u);
    ASSERT_TRUE(m.has_journey);
    const ProductJourney& j = m.journey;
    for (const JourneyStep& s : j.steps) {
        std::string beside;
        for (const BesideEntity& b : s.beside) beside += " " + d.entities[b.entity].id;
        std::printf("  step %s%s date=%s basis=%d track=%d beside:%s\n", d.entities[s.entity].id.c_str(),
                    s.from_developer ? " (developer's)" : "", s.has_date ? format_date(s.date).c_str() : "-",
                    static_cast<int>(s.basis), s.track, beside.c_str());
    }
    EXPECT_EQ(step_ids(d, j),
              (Ids{"milestone-platinum-life-cde-meetings", "milestone-2024-amimestrocel-phase3",
                   "milestone-2025-amimestrocel-approval", "milestone-2025-06-first-prescription",
                   "milestone-amimestrocel-first-cure"}));
    EXPECT_TRUE(j.steps[0].from_developer);
    EXPECT_EQ(j.steps[0].basis, OrderBasis::Unknown);
    EXPECT_EQ(j.steps[4].basis, OrderBasis::Links);
    EXPECT_EQ(j.order_links.size(), 3u);
    EXPECT_TRUE(j.cyclic_links.empty());
    EXPECT_TRUE(j.contradicted_links.empty());
    ASSERT_EQ(j.steps[3].beside.size(), 2u);
    EXPECT_EQ(d.entities[j.steps[3].beside[0].entity].id, "hospital-pkuph");
    EXPECT_EQ(d.entities[j.steps[3].beside[1].entity].id, "hospital-pkuph-hematology");
    EXPECT_EQ(j.steps[3].beside[0].role, BesideRole::Place);
    for (const JourneyStep& s : j.steps) EXPECT_EQ(s.track, -1);  // the data links no step to a track
    ASSERT_EQ(j.developers.size(), 1u);
    EXPECT_EQ(d.entities[j.developers[0].entity].id, "company-platinum-life");
}

}  // namespace
}  // namespace pe

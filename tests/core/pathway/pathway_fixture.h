// The hand-made pathway the pathway tests share (the model's and the layout's), as a builder
// a test can add to.
#pragma once

#include "core/graph/graph_fixture.h"

namespace pe::pathway_test {

// Two tracks where "track-b" feeds "track-a" (so b is the upper lane despite its id), a
// rule enabling both, product p1 with three milestones and a developer with one, product p2
// with one, product p3 with none.
inline graph_test::GraphBuilder small_pathway_builder() {
    return graph_test::GraphBuilder()
        .entities("track", {"track-a", "track-b"})
        .entity("rule", "regulation")
        .entity("system", "policy")
        .entities("product", {"p1", "p2", "p3"})
        .entity("maker", "company")
        .dated("m-trial", "milestone", "2024")
        .dated("m-approval", "milestone", "2025-03")
        .entity("m-cure", "milestone")
        .entity("m-meetings", "milestone")
        .dated("m-other", "milestone", "2020")
        .entity("regulator", "regulator")
        .entity("hospital", "hospital")
        .link("track-b", "track-a", "feeds_into")        // 0
        .link("rule", "track-a", "enables")              // 1
        .link("rule", "track-b", "enables")              // 2
        .link("track-a", "system", "part_of")            // 3
        .link("m-cure", "p1", "milestone_of")            // 4
        .link("m-approval", "p1", "milestone_of")        // 5
        .link("m-trial", "p1", "milestone_of")           // 6
        .link("m-cure", "m-approval", "follows")         // 7
        .link("p1", "maker", "developed_by")             // 8
        .link("m-meetings", "maker", "milestone_of")     // 9
        .link("m-approval", "regulator", "approved_by")  // 10
        .link("hospital", "m-cure", "took_place_at")     // 11: the other direction
        .link("m-trial", "track-a", "part_of")           // 12
        .link("m-other", "p2", "milestone_of")           // 13
        .link("p1", "track-b", "part_of");               // 14
}

}  // namespace pe::pathway_test

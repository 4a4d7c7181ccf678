// What the tests of the timeline's linked items share: a hand-built dataset with its graph,
// its timeline index and the link emphasis (focus and chains) of a question about it.
#pragma once

#include <cstdint>
#include <string>

#include "graph/graph_index.h"
#include "links/link_emphasis.h"
#include "timeline/timeline_index.h"
#include "timeline_fixture.h"

namespace pe::timeline_test {

struct LinkedScene {
    Dataset data;
    GraphIndex graph;
    TimelineIndex index;
    LinkEmphasis emphasis;

    // Builds the dataset, its graph and its timeline index (ongoing bars end on `today`).
    void take(Builder& builder, std::int64_t today) {
        data = builder.build();
        graph = build_graph_index(data);
        index = build_timeline_index(data, today);
    }
    std::uint32_t id(const std::string& name) const { return data.index.entity_by_id.at(name); }
    // The session's emphasis for this selection, second entity and focus depth.
    void ask(const std::string& selected, const std::string& connect, int focus) {
        update_link_emphasis(emphasis, data, graph, 1, LinkQuestion{selected, connect, focus});
    }
};

}  // namespace pe::timeline_test

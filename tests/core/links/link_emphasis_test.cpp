// The shared focus and chains on a hand-made graph: the masks every view reads, recomputed
// only when the dataset or the question changes, and emptied when the question is dropped.
#include "links/link_emphasis.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/graph/graph_fixture.h"

namespace pe {
namespace {

using graph_test::at;
using graph_test::GraphBuilder;

// a -> b -> c -> d, a -> x -> d (a second chain of the same length), e alone.
Dataset two_routes() {
    return GraphBuilder()
        .entity("a")
        .entity("b")
        .entity("c")
        .entity("d")
        .entity("x")
        .entity("e")
        .link("a", "b")
        .link("b", "c")
        .link("c", "d")
        .link("a", "x")
        .link("x", "d")
        .build();
}

std::vector<std::string> faded_ids(const Dataset& d, const LinkEmphasis& emphasis) {
    std::vector<std::string> out;
    for (std::uint32_t e = 0; e < d.entities.size(); ++e)
        if (faded_by_focus(emphasis, e)) out.push_back(d.entities[e].id.str());
    return out;
}

TEST(LinkEmphasis, NoSelectionMeansNoFocusAndNoChain) {
    const Dataset d = two_routes();
    const GraphIndex g = build_graph_index(d);
    LinkEmphasis emphasis;
    EXPECT_TRUE(update_link_emphasis(emphasis, d, g, 1, LinkQuestion{"", "d", 2}));
    EXPECT_TRUE(emphasis.in_focus.empty());
    EXPECT_TRUE(emphasis.chains.chains.empty());
    EXPECT_TRUE(faded_ids(d, emphasis).empty());
    EXPECT_FALSE(on_chain(emphasis, at(d, "d")));
}

TEST(LinkEmphasis, FocusFadesWhatIsFurtherThanTheDepth) {
    const Dataset d = two_routes();
    const GraphIndex g = build_graph_index(d);
    LinkEmphasis emphasis;
    update_link_emphasis(emphasis, d, g, 1, LinkQuestion{"a", "", 1});
    EXPECT_EQ(faded_ids(d, emphasis), (std::vector<std::string>{"c", "d", "e"}));
    update_link_emphasis(emphasis, d, g, 1, LinkQuestion{"a", "", 2});
    EXPECT_EQ(faded_ids(d, emphasis), (std::vector<std::string>{"e"}));
    update_link_emphasis(emphasis, d, g, 1, LinkQuestion{"a", "", 0});
    EXPECT_TRUE(faded_ids(d, emphasis).empty());
}

TEST(LinkEmphasis, ChainsMarkTheirEntitiesAndLinks) {
    const Dataset d = two_routes();
    const GraphIndex g = build_graph_index(d);
    LinkEmphasis emphasis;
    update_link_emphasis(emphasis, d, g, 1, LinkQuestion{"a", "d", 0});
    ASSERT_EQ(emphasis.chains.status, ChainsStatus::Found);
    // The shorter route first (a, x, d), then the longer one (a, b, c, d).
    EXPECT_EQ(chain_ids(d, emphasis),
              (std::vector<std::vector<std::string>>{{"a", "x", "d"}, {"a", "b", "c", "d"}}));
    for (const char* id : {"a", "b", "c", "d", "x"}) EXPECT_TRUE(on_chain(emphasis, at(d, id))) << id;
    EXPECT_FALSE(on_chain(emphasis, at(d, "e")));
    int links_on_chain = 0;
    for (std::uint32_t l = 0; l < d.links.size(); ++l) links_on_chain += link_on_chain(emphasis, l) ? 1 : 0;
    EXPECT_EQ(links_on_chain, 5);
}

TEST(LinkEmphasis, NoChainToAnIsolatedEntity) {
    const Dataset d = two_routes();
    const GraphIndex g = build_graph_index(d);
    LinkEmphasis emphasis;
    update_link_emphasis(emphasis, d, g, 1, LinkQuestion{"a", "e", 0});
    EXPECT_EQ(emphasis.chains.status, ChainsStatus::NoChain);
    EXPECT_TRUE(emphasis.chain_links.empty());
    EXPECT_TRUE(chain_ids(d, emphasis).empty());
}

TEST(LinkEmphasis, RecomputesOnlyWhenTheQuestionOrTheDataChanges) {
    const Dataset d = two_routes();
    const GraphIndex g = build_graph_index(d);
    LinkEmphasis emphasis;
    EXPECT_TRUE(update_link_emphasis(emphasis, d, g, 1, LinkQuestion{"a", "d", 1}));
    EXPECT_FALSE(update_link_emphasis(emphasis, d, g, 1, LinkQuestion{"a", "d", 1}));
    EXPECT_TRUE(update_link_emphasis(emphasis, d, g, 2, LinkQuestion{"a", "d", 1}));
    EXPECT_TRUE(update_link_emphasis(emphasis, d, g, 2, LinkQuestion{"b", "d", 1}));
    EXPECT_EQ(emphasis.selected, at(d, "b"));
}

TEST(LinkEmphasis, UnknownIdsAreNoSelection) {
    const Dataset d = two_routes();
    const GraphIndex g = build_graph_index(d);
    LinkEmphasis emphasis;
    update_link_emphasis(emphasis, d, g, 1, LinkQuestion{"nope", "d", 2});
    EXPECT_EQ(emphasis.selected, kNoEntity);
    EXPECT_TRUE(emphasis.in_focus.empty());
    EXPECT_TRUE(emphasis.chains.chains.empty());
}

}  // namespace
}  // namespace pe

// "Why are these connected?" as text: on a hand-made graph, the arrows follow or oppose each
// link, the quote is the link's or, when it has none, the end's that names the other end; the
// messages for no chain, one entity twice and a cut search. On the built-in dataset, the
// chains from 艾米迈托赛注射液 to the dual-track system in both languages.
#include "links/chain_explanation.h"

#include <gtest/gtest.h>

#include <iostream>
#include <string>
#include <vector>

#include "core/graph/graph_fixture.h"
#include "graph/graph_index.h"
#include "load/embedded_assets.h"

namespace pe {
namespace {

using graph_test::at;
using graph_test::builtin_dataset;
using graph_test::GraphBuilder;

const StringTable& strings() {
    static const StringTable table = load_string_table(embedded_ui_strings_json()).table;
    return table;
}

// policy -applies_to-> park <-located_in- firm (no quote on that link; firm's own sources:
// one that names the park, one that does not).
Dataset park_graph() {
    GraphBuilder g;
    g.entity("policy", "policy").entity("park", "park").entity("firm", "company").entity("lone", "person");
    g.link("policy", "park", "applies_to", "policy covers the park");
    g.link("firm", "park", "located_in");
    g.data.entities[2].sources = {SourceRef{"s1", "firm makes cells"},
                                  SourceRef{"s2", "firm moved into park in 2020"}};
    g.data.sources.push_back(Source{"s2", {"来源二", "Source two"}, "", "", "", "en"});
    return g.build();
}

ChainExplanation explain(const Dataset& d, const std::string& from, const std::string& to,
                         Language language = Language::En) {
    const GraphIndex graph = build_graph_index(d);
    const ChainsResult chains = find_chains(d, graph, at(d, from), at(d, to), GraphRestriction{});
    return explain_chains(d, strings(), language, at(d, from), at(d, to), chains);
}

TEST(ChainExplanation, StepsReadWithTheirDirectionAndQuote) {
    const Dataset d = park_graph();
    const ChainExplanation e = explain(d, "policy", "firm");
    EXPECT_EQ(e.status, ChainsStatus::Found);
    EXPECT_TRUE(e.message.empty());
    EXPECT_TRUE(e.stopped_note.empty());
    EXPECT_EQ(e.from.id, "policy");
    EXPECT_EQ(e.to.id, "firm");
    ASSERT_EQ(e.chains.size(), 1u);
    const ChainText& chain = e.chains[0];
    EXPECT_EQ(chain.heading, "Chain 1 · 2 links");
    ASSERT_EQ(chain.entities.size(), 3u);
    EXPECT_EQ(chain.entities[0].name, "policy");
    EXPECT_EQ(chain.entities[0].type_label, "Policy");
    EXPECT_EQ(chain.entities[1].id, "park");
    EXPECT_EQ(chain.entities[2].type_label, "Company");
    ASSERT_EQ(chain.steps.size(), 2u);
    // policy —applies to→ park: the link's own quote.
    EXPECT_TRUE(chain.steps[0].forward);
    EXPECT_EQ(chain.steps[0].relation, "applies_to");
    EXPECT_EQ(chain.steps[0].arrow, "—applies to→");
    EXPECT_EQ(chain.steps[0].quote, "policy covers the park");
    EXPECT_FALSE(chain.steps[0].quote_from_entity);
    // park ←located in— firm: against the link; no quote, so firm's that names the park.
    EXPECT_FALSE(chain.steps[1].forward);
    EXPECT_EQ(chain.steps[1].arrow, "←located in—");
    EXPECT_EQ(chain.steps[1].quote, "firm moved into park in 2020");
    EXPECT_TRUE(chain.steps[1].quote_from_entity);
    EXPECT_EQ(chain.steps[1].quote_entity_name, "firm");
    EXPECT_EQ(chain.steps[1].source_title, "Source two");
}

TEST(ChainExplanation, TheOtherLanguageWordsTheRelationsAndNames) {
    const Dataset d = park_graph();
    const ChainExplanation e = explain(d, "firm", "policy", Language::Zh);
    ASSERT_EQ(e.chains.size(), 1u);
    EXPECT_EQ(e.chains[0].heading, "关联链 1 · 2 步");
    EXPECT_EQ(e.chains[0].entities[0].name, "firm_zh");
    EXPECT_EQ(e.chains[0].steps[0].arrow, "—位于→");
    EXPECT_EQ(e.chains[0].steps[1].arrow, "←适用于—");
    EXPECT_EQ(e.chains[0].steps[0].source_title, "来源二");
}

TEST(ChainExplanation, AnEndWithoutAQuoteNamingTheOtherGivesItsFirst) {
    GraphBuilder g;
    g.entity("a").entity("b").link("a", "b", "supports");
    g.data.entities[1].sources = {SourceRef{"s", "b's only sentence"}};
    const ChainExplanation e = explain(g.build(), "a", "b");
    ASSERT_EQ(e.chains.size(), 1u);
    EXPECT_EQ(e.chains[0].heading, "Chain 1 · 1 link");
    EXPECT_EQ(e.chains[0].steps[0].quote, "b's only sentence");
    EXPECT_EQ(e.chains[0].steps[0].quote_entity_name, "b");
    EXPECT_EQ(e.chains[0].steps[0].source_title, "");  // the dataset has no source "s"

    GraphBuilder bare;
    bare.entity("a").entity("b").link("a", "b");
    const ChainExplanation none = explain(bare.build(), "a", "b");
    ASSERT_EQ(none.chains.size(), 1u);
    EXPECT_EQ(none.chains[0].steps[0].quote, "");
    EXPECT_FALSE(none.chains[0].steps[0].quote_from_entity);
}

TEST(ChainExplanation, MessagesForNoChainTheSameEntityAndACutSearch) {
    const Dataset d = park_graph();
    const ChainExplanation apart = explain(d, "policy", "lone");
    EXPECT_EQ(apart.status, ChainsStatus::NoChain);
    EXPECT_TRUE(apart.chains.empty());
    EXPECT_EQ(apart.message, "No chain of at most 6 links between policy and lone.");
    EXPECT_EQ(explain(d, "policy", "lone", Language::Zh).message, "policy_zh与lone_zh之间没有不超过 6 步的关联链。");

    const ChainExplanation same = explain(d, "park", "park");
    EXPECT_EQ(same.status, ChainsStatus::SameEntity);
    EXPECT_EQ(same.message, "park is the selection itself: pick another entity to connect.");

    ChainsResult unknown;
    unknown.status = ChainsStatus::UnknownEntity;
    const ChainExplanation missing =
        explain_chains(d, strings(), Language::En, at(d, "policy"), kNoEntity, unknown);
    EXPECT_EQ(missing.message, "The second entity is not in this dataset.");
    EXPECT_EQ(missing.to.entity, kNoEntity);

    // A search cut short says so, with or without chains.
    const GraphIndex graph = build_graph_index(d);
    ChainOptions tiny;
    tiny.max_expanded = 1;
    const ChainsResult cut = find_chains(d, graph, at(d, "policy"), at(d, "firm"), GraphRestriction{}, tiny);
    ASSERT_TRUE(cut.stopped_early);
    const ChainExplanation stopped =
        explain_chains(d, strings(), Language::En, at(d, "policy"), at(d, "firm"), cut, 4);
    EXPECT_EQ(stopped.stopped_note, "The search was cut short: other chains may exist.");
    if (stopped.chains.empty()) {
        EXPECT_EQ(stopped.message, "No chain of at most 4 links between policy and firm.");
    }
}

TEST(ChainExplanation, BuiltInProductToTheDualTrackSystem) {
    const Dataset& d = builtin_dataset();
    for (const Language language : {Language::En, Language::Zh}) {
        const ChainExplanation e = explain(d, "product-amimestrocel", "policy-dual-track-system", language);
        ASSERT_EQ(e.status, ChainsStatus::Found);
        ASSERT_FALSE(e.chains.empty());
        EXPECT_LE(e.chains.size(), 3u);
        for (const ChainText& chain : e.chains) {
            ASSERT_EQ(chain.entities.size(), chain.steps.size() + 1);
            EXPECT_EQ(chain.entities.front().id, "product-amimestrocel");
            EXPECT_EQ(chain.entities.back().id, "policy-dual-track-system");
            for (std::size_t i = 0; i < chain.steps.size(); ++i) {
                const ChainStepText& step = chain.steps[i];
                const Link& link = d.links[step.link];
                // The arrow points the way the link runs between this step's two entities.
                EXPECT_EQ(link.from, step.forward ? chain.entities[i].id : chain.entities[i + 1].id);
                EXPECT_EQ(link.to, step.forward ? chain.entities[i + 1].id : chain.entities[i].id);
                EXPECT_FALSE(step.quote.empty()) << link.from << " " << link.relation << " " << link.to;
                EXPECT_FALSE(step.quote_from_entity);  // every built-in link states its quote
                EXPECT_EQ(step.quote, link.sources.front().quote);
                EXPECT_FALSE(step.source_title.empty());
                EXPECT_NE(step.relation_label, "relation." + link.relation);  // a worded relation
            }
        }
        if (language == Language::En) {  // what the page's e2e test compares with
            std::cout << "first chain:";
            for (const ChainEntityText& entity : e.chains[0].entities) std::cout << " " << entity.id;
            std::cout << "\n";
        }
    }
}

}  // namespace
}  // namespace pe

// reference_check.h with plain structs and no JSON at all: unknown lanes, sources and
// entities; wrong entity types; forward references handed back, kept with their place and
// decided at the end (resolved or not); duplicate ids and duplicate links, each error with
// its pointer.
#include "load/reference_check.h"

#include <gtest/gtest.h>

#include <utility>

namespace pe::load {
namespace {

Entity entity(std::string id, std::string type = "policy", std::string lane = "national") {
    Entity e;
    e.id = std::move(id);
    e.type = std::move(type);
    e.lane = std::move(lane);
    return e;
}

Link link(std::string from, std::string to, std::string relation = "implements") {
    Link l;
    l.from = std::move(from);
    l.to = std::move(to);
    l.relation = std::move(relation);
    return l;
}

// The errors reported, as (pointer, message) in order.
using Expected = std::vector<std::pair<std::string, std::string>>;

void expect_errors(const Errors& errors, const Expected& expected) {
    ASSERT_EQ(errors.list.size(), expected.size());
    for (std::size_t k = 0; k < expected.size(); ++k) {
        EXPECT_EQ(errors.list[k].pointer, expected[k].first) << errors.list[k].message;
        EXPECT_EQ(errors.list[k].message, expected[k].second);
    }
}

// A checker and what it reports: errors at their pointers, forward references handed back.
struct Check {
    ReferenceChecker checker;
    Errors errors;
    std::vector<ForwardReference> later;

    // As the documented order has it: "lanes" and "sources" have ended already.
    Check& knowing_lanes_and_sources() {
        checker.know_lanes({"national", "district"});
        checker.know_sources({"article"});
        return *this;
    }
    void entities(const std::vector<Entity>& all, std::size_t from = 0) {
        for (std::size_t i = from; i < all.size(); ++i) checker.check_entity(all, i, errors, later);
    }
    void links(const std::vector<Link>& all, const std::vector<Entity>& entities) {
        for (std::size_t i = 0; i < all.size(); ++i) checker.check_link(all, i, entities, errors, later);
    }
    // Gives the forward references handed back so far a place (line 3, columns 10, 11, ...) and keeps them.
    void keep_later() {
        for (std::size_t k = 0; k < later.size(); ++k) {
            later[k].position = TextPosition{3, static_cast<int>(10 + k)};
            checker.keep(std::move(later[k]));
        }
        later.clear();
    }
};

TEST(ReferenceCheck, ReportsAnUnknownLaneAndSourceAtTheirPlaces) {
    Check check;
    check.knowing_lanes_and_sources();
    std::vector<Entity> entities{entity("a", "policy", "county")};
    entities[0].sources = {SourceRef{"article", "q"}, SourceRef{"blog", "q"}};
    entities[0].figures.resize(1);
    entities[0].figures[0].source = SourceRef{"paper", "q"};
    check.entities(entities);
    EXPECT_TRUE(check.later.empty());
    expect_errors(check.errors, {{"/entities/0/lane", "unknown lane \"county\""},
                                 {"/entities/0/figures/0/source/source", "unknown source \"paper\""},
                                 {"/entities/0/sources/1/source", "unknown source \"blog\""}});
}

TEST(ReferenceCheck, ReportsAnUnknownEntityOnceTheEntitiesHaveEnded) {
    Check check;
    check.knowing_lanes_and_sources();
    const std::vector<Entity> entities{entity("a")};
    check.entities(entities);
    check.checker.end_entities();
    check.links({link("a", "ghost")}, entities);
    EXPECT_TRUE(check.later.empty());
    expect_errors(check.errors, {{"/links/0/to", "unknown entity \"ghost\""}});
}

TEST(ReferenceCheck, ReportsAnEntityOfTheWrongType) {
    Check check;
    check.knowing_lanes_and_sources();
    std::vector<Entity> entities{entity("chaoyang", "park"), entity("a")};
    entities[1].district_id = "chaoyang";
    check.entities(entities);
    expect_errors(check.errors, {{"/entities/1/district", "entity \"chaoyang\" is a park, not a district"}});
}

TEST(ReferenceCheck, KeepsForwardReferencesWithTheirPlaceAndDecidesThemAtTheEnd) {
    Check check;  // "lanes" and "sources" not ended yet
    std::vector<Entity> entities{entity("a"), entity("haidian", "district")};
    entities[0].district_id = "haidian";  // declared further on: resolved at the end
    entities[0].park_id = "nowhere";      // never declared
    entities[0].sources = {SourceRef{"article", "q"}};
    check.checker.check_entity(entities, 0, check.errors, check.later);
    EXPECT_TRUE(check.errors.empty());
    ASSERT_EQ(check.later.size(), 4u);  // lane, district, park, source
    EXPECT_EQ(check.later[0].kind, RefKind::Lane);
    EXPECT_EQ(check.later[0].pointer, "/entities/0/lane");
    EXPECT_EQ(check.later[1].kind, RefKind::Entity);
    EXPECT_EQ(check.later[1].pointer, "/entities/0/district");
    EXPECT_EQ(check.later[1].wanted_type, "district");
    EXPECT_EQ(check.later[2].pointer, "/entities/0/park");
    EXPECT_EQ(check.later[3].kind, RefKind::Source);
    EXPECT_EQ(check.later[3].pointer, "/entities/0/sources/0/source");
    check.keep_later();
    check.entities(entities, 1);
    check.checker.end_entities();

    const std::vector<Lane> lanes{Lane{"national", {}}};
    std::vector<Source> sources(1);
    sources[0].id = "other";
    const IdTable lane_ids = unique_ids(lanes, check.errors);
    const IdTable source_ids = unique_ids(sources, check.errors);
    PlacedErrors placed;
    check.checker.decide_kept(lane_ids, source_ids, entities, placed);
    EXPECT_EQ(placed.dropped, 0u);
    ASSERT_EQ(placed.list.size(), 2u);  // the lane and the district are there
    EXPECT_EQ(placed.list[0].line, 3);
    EXPECT_EQ(placed.list[0].column, 12);
    EXPECT_EQ(placed.list[0].pointer, "/entities/0/park");
    EXPECT_EQ(placed.list[0].message, "unknown entity \"nowhere\"");
    EXPECT_EQ(placed.list[1].column, 13);
    EXPECT_EQ(placed.list[1].pointer, "/entities/0/sources/0/source");
    EXPECT_EQ(placed.list[1].message, "unknown source \"article\"");

    PlacedErrors again;  // decided once: nothing is kept any more
    check.checker.decide_kept(lane_ids, source_ids, entities, again);
    EXPECT_TRUE(again.list.empty());
}

TEST(ReferenceCheck, AForwardReferenceOfTheWrongTypeIsReportedAtTheEnd) {
    Check check;
    check.knowing_lanes_and_sources();
    std::vector<Entity> entities{entity("a"), entity("haidian", "park")};
    entities[0].district_id = "haidian";
    check.checker.check_entity(entities, 0, check.errors, check.later);
    ASSERT_EQ(check.later.size(), 1u);
    check.keep_later();
    check.entities(entities, 1);
    PlacedErrors placed;
    check.checker.decide_kept({}, {}, entities, placed);
    ASSERT_EQ(placed.list.size(), 1u);
    EXPECT_EQ(placed.list[0].line, 3);
    EXPECT_EQ(placed.list[0].message, "entity \"haidian\" is a park, not a district");
}

TEST(ReferenceCheck, DecidingKeepsToTheCapAndCountsTheRest) {
    Check check;
    const std::vector<Entity> entities{entity("a", "policy", "x")};
    check.entities(entities);
    ASSERT_EQ(check.later.size(), 1u);
    check.keep_later();
    PlacedErrors placed;
    placed.max = 1;
    placed.list.push_back(LoadError{1, 1, "", "earlier"});
    check.checker.decide_kept({}, {}, entities, placed);
    EXPECT_EQ(placed.list.size(), 1u);
    EXPECT_EQ(placed.dropped, 1u);
}

TEST(ReferenceCheck, ReportsDuplicateIdsAndNamesTheFirst) {
    Check check;
    check.knowing_lanes_and_sources();
    check.entities({entity("a"), entity("b"), entity("a")});
    expect_errors(check.errors, {{"/entities/2/id", "duplicate id \"a\", first used by /entities/0"}});

    Errors lane_errors;
    const std::vector<Lane> lanes{Lane{"x", {}}, Lane{"", {}}, Lane{"x", {}}, Lane{"y", {}}};
    const IdTable ids = unique_ids(lanes, lane_errors);
    EXPECT_EQ(ids.size(), 2u);
    EXPECT_EQ(ids.at("x"), 0u);
    expect_errors(lane_errors, {{"/lanes/2/id", "duplicate id \"x\", first used by /lanes/0"}});
}

TEST(ReferenceCheck, RestartingTheEntitiesForgetsTheIdsSeen) {
    Check check;
    check.knowing_lanes_and_sources();
    const std::vector<Entity> entities{entity("a")};
    check.entities(entities);
    check.checker.restart_entities();  // "entities" given twice: the last counts
    check.entities(entities);
    EXPECT_TRUE(check.errors.empty());
}

TEST(ReferenceCheck, ReportsDuplicateLinksNamingTheLatestSameOne) {
    Check check;
    check.knowing_lanes_and_sources();
    const std::vector<Entity> entities{entity("a"), entity("b")};
    check.entities(entities);
    check.checker.end_entities();
    check.links({link("a", "b"), link("a", "b", "supports"), link("a", "b"), link("a", "b"), link("b", "b")},
                entities);
    EXPECT_TRUE(check.later.empty());
    expect_errors(check.errors, {{"/links/2", "duplicate link: same from, to and relation as /links/0"},
                                 {"/links/3", "duplicate link: same from, to and relation as /links/2"},
                                 {"/links/4/to", "link from \"b\" to itself"}});
}

TEST(ReferenceCheck, ALinkToAnEntityNotYetSeenWaits) {
    Check check;
    check.knowing_lanes_and_sources();
    const std::vector<Entity> entities{entity("a")};
    check.entities(entities);
    check.links({link("a", "later")}, entities);  // links before the end of "entities"
    EXPECT_TRUE(check.errors.empty());
    ASSERT_EQ(check.later.size(), 1u);
    EXPECT_EQ(check.later[0].pointer, "/links/0/to");
    EXPECT_EQ(check.later[0].id, "later");
    EXPECT_EQ(check.later[0].wanted_type, "");
}

}  // namespace
}  // namespace pe::load

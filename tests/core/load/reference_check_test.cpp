// reference_check.h with plain structs and no JSON at all: unknown lanes, sources and
// entities; wrong entity types; forward references handed back, kept with their place and
// decided at the end (resolved or not); duplicate ids and duplicate links, each error with
// its pointer.
#include "load/reference_check.h"

#include <gtest/gtest.h>

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

void expect_error(const PendingError& e, const std::string& pointer, const std::string& message) {
    EXPECT_EQ(e.pointer, pointer) << e.message;
    EXPECT_EQ(e.message, message);
}

// A checker that knows the lanes and sources already, as the documented order has it.
ReferenceChecker checker_with_lanes_and_sources() {
    ReferenceChecker checker;
    checker.know_lanes({"national", "district"});
    checker.know_sources({"article"});
    return checker;
}

TEST(ReferenceCheck, ReportsAnUnknownLaneAndSourceAtTheirPlaces) {
    ReferenceChecker checker = checker_with_lanes_and_sources();
    std::vector<Entity> entities{entity("a", "policy", "county")};
    entities[0].sources = {SourceRef{"article", "q"}, SourceRef{"blog", "q"}};
    entities[0].figures.resize(1);
    entities[0].figures[0].source = SourceRef{"paper", "q"};
    Errors errors;
    std::vector<ForwardReference> later;
    checker.check_entity(entities, 0, errors, later);
    EXPECT_TRUE(later.empty());
    ASSERT_EQ(errors.list.size(), 3u);
    expect_error(errors.list[0], "/entities/0/lane", "unknown lane \"county\"");
    expect_error(errors.list[1], "/entities/0/figures/0/source/source", "unknown source \"paper\"");
    expect_error(errors.list[2], "/entities/0/sources/1/source", "unknown source \"blog\"");
}

TEST(ReferenceCheck, ReportsAnUnknownEntityOnceTheEntitiesHaveEnded) {
    ReferenceChecker checker = checker_with_lanes_and_sources();
    const std::vector<Entity> entities{entity("a")};
    Errors errors;
    std::vector<ForwardReference> later;
    checker.check_entity(entities, 0, errors, later);
    checker.end_entities();
    const std::vector<Link> links{link("a", "ghost")};
    checker.check_link(links, 0, entities, errors, later);
    EXPECT_TRUE(later.empty());
    ASSERT_EQ(errors.list.size(), 1u);
    expect_error(errors.list[0], "/links/0/to", "unknown entity \"ghost\"");
}

TEST(ReferenceCheck, ReportsAnEntityOfTheWrongType) {
    ReferenceChecker checker = checker_with_lanes_and_sources();
    std::vector<Entity> entities{entity("chaoyang", "park"), entity("a")};
    entities[1].district_id = "chaoyang";
    Errors errors;
    std::vector<ForwardReference> later;
    checker.check_entity(entities, 0, errors, later);
    checker.check_entity(entities, 1, errors, later);
    ASSERT_EQ(errors.list.size(), 1u);
    expect_error(errors.list[0], "/entities/1/district", "entity \"chaoyang\" is a park, not a district");
}

TEST(ReferenceCheck, KeepsForwardReferencesWithTheirPlaceAndDecidesThemAtTheEnd) {
    ReferenceChecker checker;  // "lanes" and "sources" not ended yet
    std::vector<Entity> entities{entity("a"), entity("haidian", "district")};
    entities[0].district_id = "haidian";  // declared further on: resolved at the end
    entities[0].park_id = "nowhere";      // never declared
    entities[0].sources = {SourceRef{"article", "q"}};
    Errors errors;
    std::vector<ForwardReference> later;
    checker.check_entity(entities, 0, errors, later);
    EXPECT_TRUE(errors.empty());
    ASSERT_EQ(later.size(), 4u);  // lane, district, park, source
    EXPECT_EQ(later[0].kind, RefKind::Lane);
    EXPECT_EQ(later[0].pointer, "/entities/0/lane");
    EXPECT_EQ(later[1].kind, RefKind::Entity);
    EXPECT_EQ(later[1].pointer, "/entities/0/district");
    EXPECT_EQ(later[1].wanted_type, "district");
    EXPECT_EQ(later[2].pointer, "/entities/0/park");
    EXPECT_EQ(later[3].kind, RefKind::Source);
    EXPECT_EQ(later[3].pointer, "/entities/0/sources/0/source");
    for (std::size_t k = 0; k < later.size(); ++k) {
        later[k].position = TextPosition{3, static_cast<int>(10 + k)};
        checker.keep(std::move(later[k]));
    }
    later.clear();
    checker.check_entity(entities, 1, errors, later);
    checker.end_entities();

    const std::vector<Lane> lanes{Lane{"national", {}}};
    std::vector<Source> sources(1);
    sources[0].id = "other";
    const IdTable lane_ids = unique_ids(lanes, errors);
    const IdTable source_ids = unique_ids(sources, errors);
    PlacedErrors placed;
    checker.decide_kept(lane_ids, source_ids, entities, placed);
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
    checker.decide_kept(lane_ids, source_ids, entities, again);
    EXPECT_TRUE(again.list.empty());
}

TEST(ReferenceCheck, AForwardReferenceOfTheWrongTypeIsReportedAtTheEnd) {
    ReferenceChecker checker = checker_with_lanes_and_sources();
    std::vector<Entity> entities{entity("a"), entity("haidian", "park")};
    entities[0].district_id = "haidian";
    Errors errors;
    std::vector<ForwardReference> later;
    checker.check_entity(entities, 0, errors, later);
    ASSERT_EQ(later.size(), 1u);
    later[0].position = TextPosition{7, 5};
    checker.keep(std::move(later[0]));
    later.clear();
    checker.check_entity(entities, 1, errors, later);
    PlacedErrors placed;
    checker.decide_kept({}, {}, entities, placed);
    ASSERT_EQ(placed.list.size(), 1u);
    EXPECT_EQ(placed.list[0].line, 7);
    EXPECT_EQ(placed.list[0].message, "entity \"haidian\" is a park, not a district");
}

TEST(ReferenceCheck, DecidingKeepsToTheCapAndCountsTheRest) {
    ReferenceChecker checker;
    std::vector<Entity> entities{entity("a", "policy", "x")};
    Errors errors;
    std::vector<ForwardReference> later;
    checker.check_entity(entities, 0, errors, later);
    ASSERT_EQ(later.size(), 1u);
    checker.keep(std::move(later[0]));
    PlacedErrors placed;
    placed.max = 1;
    placed.list.push_back(LoadError{1, 1, "", "earlier"});
    checker.decide_kept({}, {}, entities, placed);
    EXPECT_EQ(placed.list.size(), 1u);
    EXPECT_EQ(placed.dropped, 1u);
}

TEST(ReferenceCheck, ReportsDuplicateIdsAndNamesTheFirst) {
    ReferenceChecker checker = checker_with_lanes_and_sources();
    const std::vector<Entity> entities{entity("a"), entity("b"), entity("a")};
    Errors errors;
    std::vector<ForwardReference> later;
    for (std::size_t i = 0; i < entities.size(); ++i) checker.check_entity(entities, i, errors, later);
    ASSERT_EQ(errors.list.size(), 1u);
    expect_error(errors.list[0], "/entities/2/id", "duplicate id \"a\", first used by /entities/0");

    Errors lane_errors;
    const std::vector<Lane> lanes{Lane{"x", {}}, Lane{"", {}}, Lane{"x", {}}, Lane{"y", {}}};
    const IdTable ids = unique_ids(lanes, lane_errors);
    EXPECT_EQ(ids.size(), 2u);
    EXPECT_EQ(ids.at("x"), 0u);
    ASSERT_EQ(lane_errors.list.size(), 1u);
    expect_error(lane_errors.list[0], "/lanes/2/id", "duplicate id \"x\", first used by /lanes/0");
}

TEST(ReferenceCheck, RestartingTheEntitiesForgetsTheIdsSeen) {
    ReferenceChecker checker = checker_with_lanes_and_sources();
    const std::vector<Entity> entities{entity("a")};
    Errors errors;
    std::vector<ForwardReference> later;
    checker.check_entity(entities, 0, errors, later);
    checker.restart_entities();  // "entities" given twice: the last counts
    checker.check_entity(entities, 0, errors, later);
    EXPECT_TRUE(errors.empty());
}

TEST(ReferenceCheck, ReportsDuplicateLinksNamingTheLatestSameOne) {
    ReferenceChecker checker = checker_with_lanes_and_sources();
    const std::vector<Entity> entities{entity("a"), entity("b")};
    Errors errors;
    std::vector<ForwardReference> later;
    for (std::size_t i = 0; i < entities.size(); ++i) checker.check_entity(entities, i, errors, later);
    checker.end_entities();
    const std::vector<Link> links{link("a", "b"), link("a", "b", "supports"), link("a", "b"), link("a", "b"),
                                  link("b", "b")};
    for (std::size_t i = 0; i < links.size(); ++i) checker.check_link(links, i, entities, errors, later);
    EXPECT_TRUE(later.empty());
    ASSERT_EQ(errors.list.size(), 3u);
    expect_error(errors.list[0], "/links/2", "duplicate link: same from, to and relation as /links/0");
    expect_error(errors.list[1], "/links/3", "duplicate link: same from, to and relation as /links/2");
    expect_error(errors.list[2], "/links/4/to", "link from \"b\" to itself");
}

TEST(ReferenceCheck, ALinkToAnEntityNotYetSeenWaits) {
    ReferenceChecker checker = checker_with_lanes_and_sources();
    const std::vector<Entity> entities{entity("a")};
    Errors errors;
    std::vector<ForwardReference> later;
    checker.check_entity(entities, 0, errors, later);
    const std::vector<Link> links{link("a", "later")};  // links before the end of "entities"
    checker.check_link(links, 0, entities, errors, later);
    EXPECT_TRUE(errors.empty());
    ASSERT_EQ(later.size(), 1u);
    EXPECT_EQ(later[0].pointer, "/links/0/to");
    EXPECT_EQ(later[0].id, "later");
    EXPECT_EQ(later[0].wanted_type, "");
}

}  // namespace
}  // namespace pe::load

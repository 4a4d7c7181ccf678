// dataset_index.h: lookups by id and type, events in time order (year-precision dates at
// the start of their year, ties by id), and links in both directions.
#include "model/dataset_index.h"

#include <gtest/gtest.h>

#include "model/date.h"
#include "model/entity_types.h"

namespace pe {
namespace {

Entity entity(const std::string& id, const std::string& type, const char* start = nullptr) {
    Entity e;
    e.id = id;
    e.type = type;
    if (start != nullptr) {
        const DateParse p = parse_date(start);
        EXPECT_TRUE(p.ok) << start;
        e.time.has_start = true;
        e.time.start = p.date;
    }
    return e;
}

Link link(const std::string& from, const std::string& to, const std::string& relation) {
    Link l;
    l.from = from;
    l.to = to;
    l.relation = relation;
    return l;
}

std::vector<std::string> ids_of(const std::vector<Entity>& entities,
                                const std::vector<std::uint32_t>& order) {
    std::vector<std::string> ids;
    for (const std::uint32_t i : order) ids.push_back(entities[i].id.str());
    return ids;
}

TEST(DatasetIndex, EventsSortByFirstDayThenId) {
    const std::vector<Entity> entities = {
        entity("plan-2024", "plan", "2024"),          entity("no-date", "company"),
        entity("dec-2023", "milestone", "2023-12"),   entity("jan-first", "milestone", "2024-01-01"),
        entity("a-plan-2024", "plan", "2024"),        entity("march", "milestone", "2024-03"),
        entity("march-2", "milestone", "2024-03-02"), entity("old", "regulation", "2003"),
        entity("leap", "milestone", "2024-02-29"),
    };
    const std::vector<std::uint32_t> order = events_in_time_order(entities);
    // "2024" sorts at 2024-01-01, tied with "2024-01-01": the id decides.
    EXPECT_EQ(ids_of(entities, order),
              (std::vector<std::string>{"old", "dec-2023", "a-plan-2024", "jan-first", "plan-2024", "leap",
                                        "march", "march-2"}));
}

TEST(DatasetIndex, BuildsEveryLookup) {
    const std::vector<Entity> entities = {
        entity("haidian", "district"),
        entity("subsidy", "subsidy", "2024"),
        entity("park", "park"),
        entity("company", "company", "2015-06"),
    };
    const std::vector<Link> links = {
        link("subsidy", "haidian", "applies_to"), link("park", "haidian", "located_in"),
        link("company", "park", "located_in"),    link("subsidy", "park", "applies_to"),
        link("company", "nowhere", "located_in"),  // an end that is not an entity: left out
    };
    const DatasetIndex index = build_dataset_index(entities, links);

    ASSERT_EQ(index.entity_by_id.size(), 4u);
    EXPECT_EQ(index.entity_by_id.at("haidian"), 0u);
    EXPECT_EQ(index.entity_by_id.at("company"), 3u);

    ASSERT_EQ(index.entities_by_type.size(), 4u);
    EXPECT_EQ(index.entities_by_type.at("district"), (std::vector<std::uint32_t>{0}));
    EXPECT_EQ(index.entities_by_type.at("company"), (std::vector<std::uint32_t>{3}));

    EXPECT_EQ(index.events_by_time, (std::vector<std::uint32_t>{3, 1}));

    ASSERT_EQ(index.links_out.size(), 4u);
    ASSERT_EQ(index.links_in.size(), 4u);
    EXPECT_EQ(index.links_out[0], (std::vector<std::uint32_t>{}));
    EXPECT_EQ(index.links_out[1], (std::vector<std::uint32_t>{0, 3}));
    EXPECT_EQ(index.links_out[2], (std::vector<std::uint32_t>{1}));
    EXPECT_EQ(index.links_out[3], (std::vector<std::uint32_t>{2}));
    EXPECT_EQ(index.links_in[0], (std::vector<std::uint32_t>{0, 1}));
    EXPECT_EQ(index.links_in[1], (std::vector<std::uint32_t>{}));
    EXPECT_EQ(index.links_in[2], (std::vector<std::uint32_t>{2, 3}));
    EXPECT_EQ(index.links_in[3], (std::vector<std::uint32_t>{}));
}

TEST(DatasetIndex, GroupsTypesInDocumentOrder) {
    const std::vector<Entity> entities = {entity("b", "park"), entity("a", "district"), entity("c", "park")};
    const DatasetIndex index = build_dataset_index(entities, {});
    EXPECT_EQ(index.entities_by_type.at("park"), (std::vector<std::uint32_t>{0, 2}));
    EXPECT_EQ(index.entities_by_type.count("company"), 0u);
    EXPECT_TRUE(index.events_by_time.empty());
}

TEST(DatasetIndex, FindsEntitiesById) {
    Dataset dataset;
    dataset.entities = {entity("x", "park"), entity("y", "district")};
    dataset.index = build_dataset_index(dataset.entities, dataset.links);
    ASSERT_NE(find_entity(dataset, "y"), nullptr);
    EXPECT_EQ(find_entity(dataset, "y")->type, "district");
    EXPECT_EQ(find_entity(dataset, "z"), nullptr);
    EXPECT_EQ(find_entity(dataset, ""), nullptr);
}

TEST(DatasetIndex, FindsEntityPositionsById) {
    Dataset dataset;
    dataset.entities = {entity("x", "park"), entity("y", "district")};
    dataset.links = {link("y", "x", "located_in")};
    dataset.index = build_dataset_index(dataset.entities, dataset.links);
    EXPECT_EQ(find_entity_position(dataset, "x"), std::optional<std::uint32_t>(0));
    ASSERT_EQ(find_entity_position(dataset, "y"), std::optional<std::uint32_t>(1));
    EXPECT_EQ(dataset.index.links_out[*find_entity_position(dataset, "y")], (std::vector<std::uint32_t>{0}));
    EXPECT_EQ(find_entity_position(dataset, "z"), std::nullopt);
    EXPECT_EQ(find_entity_position(dataset, ""), std::nullopt);
    // An index that outlived its entities names no position past their end.
    dataset.entities.pop_back();
    EXPECT_EQ(find_entity_position(dataset, "y"), std::nullopt);
}

TEST(DatasetIndex, EmptyDataset) {
    const DatasetIndex index = build_dataset_index({}, {});
    EXPECT_TRUE(index.entity_by_id.empty());
    EXPECT_TRUE(index.entities_by_type.empty());
    EXPECT_TRUE(index.events_by_time.empty());
    EXPECT_TRUE(index.links_out.empty());
    EXPECT_TRUE(index.links_in.empty());
}

TEST(DatasetIndex, PositionOrNoneAnswersWithAPlainNumber) {
    Dataset d;
    d.entities.resize(2);
    d.entities[0].id = "a";
    d.entities[1].id = "b";
    d.index = build_dataset_index(d.entities, d.links);
    EXPECT_EQ(entity_position_or_none(d.index, "b"), 1u);
    EXPECT_EQ(entity_position_or_none(d.index, "a"), 0u);
    EXPECT_EQ(entity_position_or_none(d.index, "c"), kNoEntity);
    EXPECT_EQ(entity_position_or_none(d.index, ""), kNoEntity);
}

TEST(EntityTypes, NumbersAreVocabularyPositionsOrUnknown) {
    EXPECT_EQ(entity_type_number(kEntityTypes[0]), 0);
    EXPECT_EQ(entity_type_number(kEntityTypes.back()), kEntityTypes.size() - 1);
    EXPECT_EQ(entity_type_number("not-a-type"), kUnknownKind);
    EXPECT_EQ(relation_number(kRelationTypes[3]), 3);
    EXPECT_EQ(relation_number(""), kUnknownKind);
}

}  // namespace
}  // namespace pe

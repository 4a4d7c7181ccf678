// dataset_counts.h: exact counts on a small dataset (per type, lane, park, start year, the
// year span over starts and ends, key figures, links per relation, quotes), a filter mask,
// an undated dataset, and the embedded dataset's totals against its own vectors.
#include "explore/dataset_counts.h"

#include <gtest/gtest.h>

#include <map>
#include <numeric>
#include <string>
#include <vector>

#include "load/dataset_loader.h"
#include "load/embedded_assets.h"
#include "support/test_dates.h"

namespace pe {
namespace {

using Counts = std::map<std::string, std::size_t>;

// An entity in `lane` and `park`, from `start` to `end` (0: none).
Entity make(const std::string& id, const std::string& type, const std::string& lane, const std::string& park,
            int start = 0, int end = 0) {
    Entity e;
    e.id = id;
    e.type = type;
    e.lane = lane;
    e.park_id = park;
    e.time.has_start = start != 0;
    e.time.start = year_date(start);
    e.time.has_end = end != 0;
    e.time.end = year_date(end);
    return e;
}

// 0 park p (no date), 1 company c1 in p (2015-2020), 2 company c2 in p (2015), 3 policy
// (2012, no lane), 4 statistic in p with two key figures (no date). Three links.
Dataset small() {
    Dataset d;
    d.entities = {make("p", "park", "parks", ""), make("c1", "company", "companies", "p", 2015, 2020),
                  make("c2", "company", "companies", "p", 2015), make("pol", "policy", "", "", 2012),
                  make("stat", "statistic", "parks", "p")};
    d.entities[1].sources = {SourceRef{"s", "q1"}, SourceRef{"s", "q2"}};
    KeyFigure figure;
    figure.source = SourceRef{"s", "q1"};
    d.entities[4].figures = {figure, figure};
    Link located;
    located.from = "c1";
    located.to = "p";
    located.relation = "located_in";
    located.sources = {SourceRef{"s", "q3"}};
    Link funds = located;
    funds.from = "pol";
    funds.to = "c1";
    funds.relation = "funds";
    funds.sources = {};
    Link located_too = located;
    located_too.from = "c2";
    d.links = {located, funds, located_too};
    return d;
}

TEST(DatasetCounts, CountsEveryEntity) {
    const EntityCounts c = count_entities(small(), {});
    EXPECT_EQ(c.entities, 5u);
    EXPECT_EQ(c.per_type, (Counts{{"company", 2}, {"park", 1}, {"policy", 1}, {"statistic", 1}}));
    EXPECT_EQ(c.per_lane, (Counts{{"", 1}, {"companies", 2}, {"parks", 2}}));
    EXPECT_EQ(c.per_park, (Counts{{"p", 3}}));
    EXPECT_EQ(c.starts_per_year, (std::map<int, std::size_t>{{2012, 1}, {2015, 2}}));
    EXPECT_TRUE(c.has_years);
    EXPECT_EQ(c.first_year, 2012);
    EXPECT_EQ(c.last_year, 2020);  // c1's end
    EXPECT_EQ(c.figures, 2u);
}

TEST(DatasetCounts, CountsOnlyTheShownEntities) {
    // c1 and stat shown; the park, c2 and pol hidden.
    const EntityCounts c = count_entities(small(), {0, 1, 0, 0, 1});
    EXPECT_EQ(c.entities, 2u);
    EXPECT_EQ(c.per_type, (Counts{{"company", 1}, {"statistic", 1}}));
    EXPECT_EQ(c.per_lane, (Counts{{"companies", 1}, {"parks", 1}}));
    EXPECT_EQ(c.per_park, (Counts{{"p", 2}}));
    EXPECT_EQ(c.starts_per_year, (std::map<int, std::size_t>{{2015, 1}}));
    EXPECT_EQ(c.first_year, 2015);
    EXPECT_EQ(c.last_year, 2020);
    EXPECT_EQ(c.figures, 2u);
    const EntityCounts only_c2 = count_entities(small(), {0, 0, 1});  // pol and stat past the end
    EXPECT_EQ(only_c2.entities, 1u);
    EXPECT_EQ(only_c2.first_year, 2015);
    EXPECT_EQ(only_c2.last_year, 2015);
}

TEST(DatasetCounts, NoDatesNoYears) {
    const EntityCounts c = count_entities(small(), {1, 0, 0, 0, 1});
    EXPECT_FALSE(c.has_years);
    EXPECT_TRUE(c.starts_per_year.empty());
    const EntityCounts none = count_entities(Dataset{}, {});
    EXPECT_EQ(none.entities, 0u);
    EXPECT_FALSE(none.has_years);
    EXPECT_TRUE(none.per_type.empty());
}

TEST(DatasetCounts, YearZeroIsAYear) {
    Dataset d;
    d.entities = {make("old", "plan", "", "", 0, 2000)};
    d.entities[0].time.has_start = true;  // the year 0000
    const EntityCounts c = count_entities(d, {});
    EXPECT_TRUE(c.has_years);
    EXPECT_EQ(c.first_year, 0);
    EXPECT_EQ(c.last_year, 2000);
}

TEST(DatasetCounts, CountsLinksAndQuotes) {
    const DatasetCounts c = count_dataset(small());
    EXPECT_EQ(c.entities.entities, 5u);
    EXPECT_EQ(c.links_per_relation, (Counts{{"funds", 1}, {"located_in", 2}}));
    // c1's two sources, stat's two figures, two located_in links: q1 q2 q1 q1 q3 q3.
    EXPECT_EQ(c.quotes.quotes, 6u);
    EXPECT_EQ(c.quotes.distinct, 3u);
}

TEST(DatasetCounts, EmbeddedDatasetTotals) {
    const LoadResult loaded = load_dataset(embedded_dataset_json());
    ASSERT_TRUE(loaded.ok());
    const Dataset& d = *loaded.dataset;
    const DatasetCounts c = count_dataset(d);
    const auto sum = [](const Counts& counts) {
        return std::accumulate(counts.begin(), counts.end(), std::size_t{0},
                               [](std::size_t n, const auto& entry) { return n + entry.second; });
    };
    EXPECT_EQ(c.entities.entities, d.entities.size());
    EXPECT_EQ(sum(c.entities.per_type), d.entities.size());
    EXPECT_EQ(sum(c.entities.per_lane), d.entities.size());
    EXPECT_EQ(sum(c.links_per_relation), d.links.size());
    EXPECT_EQ(c.entities.per_type.at("park"), d.index.entities_by_type.at("park").size());
    EXPECT_LE(c.quotes.distinct, c.quotes.quotes);
    EXPECT_GT(c.quotes.distinct, 0u);
}

}  // namespace
}  // namespace pe

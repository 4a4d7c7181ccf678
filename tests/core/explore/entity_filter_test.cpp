// The shared entity filter (app/core/explore/entity_filter.h): each facet alone, facets combined
// (OR within one, AND across), place containment through a park, year overlap at its
// boundaries for each date precision and for "since X", the query's rank order, the facet
// lists; on a small hand-made dataset and on the embedded one.
#include "explore/entity_filter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "load/dataset_loader.h"
#include "load/embedded_assets.h"
#include "model/dataset_index.h"
#include "search/pinyin_match.h"
#include "support/test_dates.h"

namespace pe {
namespace {

using Rows = std::vector<std::uint32_t>;

struct Spec {
    const char* id;
    const char* type;
    Scope scope;
    const char* district;
    const char* park;
    std::vector<std::string> tags;
    const char* en;
    const char* pinyin;
};

// Indexes:                 0            1            2         3         4           5
//                          6           7         8              9
Dataset small() {
    const std::vector<Spec> specs = {
        {"district-a", "district", Scope::District, "", "", {}, "District A", "dong cheng qu"},
        {"district-b", "district", Scope::District, "", "", {}, "District B", "xi cheng qu"},
        {"park-p", "park", Scope::Park, "district-a", "", {}, "Park P", "yuan qu p"},
        {"park-q", "park", Scope::Park, "", "", {}, "Park Q", "yuan qu q"},
        {"company-c1", "company", Scope::Organisation, "", "park-p", {"MSC"}, "Alpha Cell Bank", "a er fa"},
        {"company-c2",
         "company",
         Scope::Organisation,
         "district-b",
         "park-q",
         {"CGT", "IIT"},
         "Cell Works",
         "xi bao gong chang"},
        {"policy-1", "policy", Scope::District, "district-a", "", {"IIT"}, "District policy", "zheng ce"},
        {"plan-1", "plan", Scope::City, "", "", {"CGT"}, "Three-year plan", "san nian ji hua"},
        {"milestone-1", "milestone", Scope::Organisation, "", "", {}, "First approval", "shou ci pi zhun"},
        {"regulator-x", "regulator", Scope::National, "", "", {"IIT", "IIT"}, "Regulator X", "jian guan ju"},
    };
    Dataset d;
    for (const Spec& s : specs) {
        Entity e;
        e.id = s.id;
        e.type = s.type;
        e.scope = s.scope;
        e.district_id = s.district;
        e.park_id = s.park;
        e.tags.assign(s.tags.begin(), s.tags.end());
        e.name = {std::string(s.en) + "_zh", s.en};
        e.pinyin = s.pinyin;
        e.pinyin_initials = pinyin_initials_of(s.pinyin);
        d.entities.push_back(e);
    }
    auto at = [&](std::size_t i, Date start) {
        d.entities[i].time.has_start = true;
        d.entities[i].time.start = start;
    };
    at(4, year_date(2015));
    at(5, month_date(2020, 6));
    at(6, year_date(2018));
    d.entities[6].time.open_end = true;  // since 2018
    at(7, month_date(2024, 12));
    d.entities[7].time.has_end = true;
    d.entities[7].time.end = year_date(2027);
    at(8, day_date(2021, 3, 5));
    d.entities[7].summary.en = "Grows the cell industry.";
    d.index = build_dataset_index(d.entities, d.links);
    return d;
}

class EntityFilterTest : public ::testing::Test {
  protected:
    Dataset d = small();
    SearchIndex index = build_search_index(d);

    Rows rows(const EntityFilter& f) const {
        const FilterResult r = apply_entity_filter(d, index, f);
        // `visible` and `rows` must say the same thing.
        std::size_t shown = 0;
        for (std::uint32_t e = 0; e < r.visible.size(); ++e) {
            if (r.visible[e] == 0) continue;
            ++shown;
            EXPECT_NE(std::find(r.rows.begin(), r.rows.end(), e), r.rows.end()) << e;
        }
        EXPECT_EQ(r.visible.size(), d.entities.size());
        EXPECT_EQ(shown, r.rows.size());
        return r.rows;
    }
    Rows years(int from, int to) const {
        EntityFilter f;
        f.year_from = from;
        f.year_to = to;
        return rows(f);
    }
};

TEST_F(EntityFilterTest, EmptyFilterShowsEverythingInDatasetOrder) {
    const EntityFilter f;
    EXPECT_FALSE(filter_is_active(f));
    EXPECT_EQ(rows(f), (Rows{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
}

TEST_F(EntityFilterTest, TypesAreOredWithinTheFacet) {
    EntityFilter f;
    f.types = {"company"};
    EXPECT_TRUE(filter_is_active(f));
    EXPECT_EQ(rows(f), (Rows{4, 5}));
    f.types = {"plan", "company"};
    EXPECT_EQ(rows(f), (Rows{4, 5, 7}));
    f.types = {"hospital"};
    EXPECT_EQ(rows(f), Rows{});
}

TEST_F(EntityFilterTest, Scopes) {
    EntityFilter f;
    f.scopes = {Scope::National};
    EXPECT_EQ(rows(f), (Rows{9}));
    f.scopes = {Scope::City, Scope::District};
    EXPECT_EQ(rows(f), (Rows{0, 1, 6, 7}));
}

TEST_F(EntityFilterTest, PlacesContainTheirParksAndWhatIsInThem) {
    EntityFilter f;
    // district-a itself, park-p (in district-a), company-c1 (in park-p, so in district-a),
    // policy-1 (applies to district-a).
    f.places = {"district-a"};
    EXPECT_EQ(rows(f), (Rows{0, 2, 4, 6}));
    f.places = {"park-q"};
    EXPECT_EQ(rows(f), (Rows{3, 5}));
    // company-c2 names district-b itself; park-q (not in a district) does not match.
    f.places = {"district-b"};
    EXPECT_EQ(rows(f), (Rows{1, 5}));
    f.places = {"park-p", "district-b"};
    EXPECT_EQ(rows(f), (Rows{1, 2, 4, 5}));
    f.places = {"no-such-place"};
    EXPECT_EQ(rows(f), Rows{});
}

TEST_F(EntityFilterTest, TagsAreOredWithinTheFacet) {
    EntityFilter f;
    f.tags = {"IIT"};
    EXPECT_EQ(rows(f), (Rows{5, 6, 9}));
    f.tags = {"MSC", "CGT"};
    EXPECT_EQ(rows(f), (Rows{4, 5, 7}));
    f.tags = {"iit"};  // tags compare exactly
    EXPECT_EQ(rows(f), Rows{});
}

TEST_F(EntityFilterTest, YearRangeOverlapsWholeYearsAndMonths) {
    // company-c1 is "2015" (the whole year), company-c2 "2020-06", policy-1 "since 2018",
    // plan-1 "2024-12 to 2027", milestone-1 "2021-03-05"; regulator-x and the places are undated.
    EXPECT_EQ(years(2015, 2015), (Rows{4}));
    EXPECT_EQ(years(2014, 2014), Rows{});
    EXPECT_EQ(years(2016, 2017), Rows{});  // 2015 ended before; "since 2018" not begun
    EXPECT_EQ(years(2020, 2020), (Rows{5, 6}));
    EXPECT_EQ(years(2019, 2019), (Rows{6}));  // the month 2020-06 is not in 2019
    EXPECT_EQ(years(2021, 2021), (Rows{6, 8}));
    EXPECT_EQ(years(2024, 2024), (Rows{6, 7}));  // 2024-12 reaches into 2024
    EXPECT_EQ(years(2027, 2027), (Rows{6, 7}));  // ... and runs through 2027
    EXPECT_EQ(years(2028, 2030), (Rows{6}));     // only "since 2018" is still running
    EXPECT_EQ(years(2100, 2100), (Rows{6}));
}

TEST_F(EntityFilterTest, YearRangeWithOneOpenEndExcludesUndated) {
    EXPECT_EQ(years(2021, 0), (Rows{6, 7, 8}));
    EXPECT_EQ(years(0, 2015), (Rows{4}));
    EXPECT_EQ(years(0, 2018), (Rows{4, 6}));
    EXPECT_EQ(years(0, 9999), (Rows{4, 5, 6, 7, 8}));  // every dated one; the undated never
    EXPECT_EQ(years(2016, 2015), Rows{});              // an empty range holds nothing
}

TEST_F(EntityFilterTest, FacetsAreAndedAcross) {
    EntityFilter f;
    f.types = {"company", "policy"};
    f.tags = {"IIT"};
    EXPECT_EQ(rows(f), (Rows{5, 6}));
    f.types = {"company", "regulator"};
    f.tags = {"IIT", "MSC"};
    EXPECT_EQ(rows(f), (Rows{4, 5, 9}));
    f = EntityFilter{};
    f.places = {"district-a"};
    f.year_from = f.year_to = 2015;
    EXPECT_EQ(rows(f), (Rows{4}));
    f.year_from = f.year_to = 2019;
    EXPECT_EQ(rows(f), (Rows{6}));
    f.scopes = {Scope::Organisation};
    EXPECT_EQ(rows(f), Rows{});
}

TEST_F(EntityFilterTest, QueryKeepsSearchRankOrder) {
    EntityFilter f;
    // "cell": a name prefix (company-c2 "Cell Works"), then inside a name (company-c1
    // "Alpha Cell Bank"), then a summary (plan-1): not the dataset order 4, 5, 7.
    f.query = "cell";
    EXPECT_EQ(rows(f), (Rows{5, 4, 7}));
    f.types = {"company"};
    EXPECT_EQ(rows(f), (Rows{5, 4}));
    f.types.clear();
    f.tags = {"CGT"};
    EXPECT_EQ(rows(f), (Rows{5, 7}));
    f = EntityFilter{};
    f.query = "xbgc";  // pinyin initials of company-c2
    EXPECT_EQ(rows(f), (Rows{5}));
    f.query = "nothing like it";
    EXPECT_EQ(rows(f), Rows{});
}

TEST_F(EntityFilterTest, BlankQueryDoesNotRestrict) {
    EntityFilter f;
    f.query = " \t \xE3\x80\x80";  // spaces, a tab and an ideographic space
    EXPECT_FALSE(filter_is_active(f));
    EXPECT_EQ(rows(f).size(), 10u);
    f.year_to = 2015;
    EXPECT_TRUE(filter_is_active(f));
}

TEST_F(EntityFilterTest, FacetsListWhatTheDatasetHolds) {
    const FilterFacets facets = build_filter_facets(d);
    std::vector<std::string> types;
    std::vector<std::size_t> type_counts;
    for (const FacetCount& t : facets.types) {
        types.push_back(t.value);
        type_counts.push_back(t.count);
    }
    // kEntityTypes order.
    EXPECT_EQ(types, (std::vector<std::string>{"policy", "plan", "district", "park", "company", "regulator",
                                               "milestone"}));
    EXPECT_EQ(type_counts, (std::vector<std::size_t>{1, 1, 2, 2, 2, 1, 1}));
    ASSERT_EQ(facets.scopes.size(), 5u);
    EXPECT_EQ(facets.scopes[0].scope, Scope::National);
    EXPECT_EQ(facets.scopes[0].count, 1u);
    EXPECT_EQ(facets.scopes[1].count, 1u);  // city
    EXPECT_EQ(facets.scopes[2].count, 3u);  // district
    EXPECT_EQ(facets.scopes[3].count, 2u);  // park
    EXPECT_EQ(facets.scopes[4].scope, Scope::Organisation);
    EXPECT_EQ(facets.scopes[4].count, 3u);
    ASSERT_EQ(facets.places.size(), 4u);
    EXPECT_EQ(facets.places[0].id, "district-a");
    EXPECT_EQ(facets.places[0].entity, 0u);
    EXPECT_FALSE(facets.places[0].park);
    EXPECT_EQ(facets.places[1].id, "district-b");
    EXPECT_EQ(facets.places[2].id, "park-p");
    EXPECT_TRUE(facets.places[2].park);
    EXPECT_EQ(facets.places[3].id, "park-q");
    EXPECT_EQ(facets.places[3].entity, 3u);
    // By count, then bytes; regulator-x lists IIT twice and counts once.
    ASSERT_EQ(facets.tags.size(), 3u);
    EXPECT_EQ(facets.tags[0].value, "IIT");
    EXPECT_EQ(facets.tags[0].count, 3u);
    EXPECT_EQ(facets.tags[1].value, "CGT");
    EXPECT_EQ(facets.tags[1].count, 2u);
    EXPECT_EQ(facets.tags[2].value, "MSC");
    EXPECT_EQ(facets.tags[2].count, 1u);
    EXPECT_TRUE(facets.has_years);
    EXPECT_EQ(facets.first_year, 2015);
    EXPECT_EQ(facets.last_year, 2024);  // starts only: plan-1 ends in 2027
    EXPECT_FALSE(build_filter_facets(Dataset{}).has_years);
}

TEST_F(EntityFilterTest, TypesOutsideTheVocabularyComeLastByName) {
    d.entities[8].type = "zeta-kind";
    d.entities[9].type = "alpha-kind";
    const FilterFacets facets = build_filter_facets(d);
    ASSERT_EQ(facets.types.size(), 7u);
    EXPECT_EQ(facets.types[4].value, "company");
    EXPECT_EQ(facets.types[5].value, "alpha-kind");
    EXPECT_EQ(facets.types[6].value, "zeta-kind");
}

// [SECTION] the embedded dataset
class EmbeddedFilterTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        const LoadResult load = load_dataset(embedded_dataset_json());
        ASSERT_TRUE(load.ok());
        data_ = load.dataset;
        index_ = new SearchIndex(build_search_index(*data_));
    }
    static void TearDownTestSuite() {
        delete index_;
        index_ = nullptr;
        data_.reset();
    }
    std::vector<std::string> ids(const EntityFilter& f) const {
        std::vector<std::string> out;
        for (const std::uint32_t e : apply_entity_filter(*data_, *index_, f).rows)
            out.push_back(data_->entities[e].id.str());
        return out;
    }
    static std::shared_ptr<const Dataset> data_;
    static SearchIndex* index_;
};

std::shared_ptr<const Dataset> EmbeddedFilterTest::data_;
SearchIndex* EmbeddedFilterTest::index_ = nullptr;

TEST_F(EmbeddedFilterTest, PinyinAndInitialsFindTheProductAndTheCompany) {
    EntityFilter f;
    f.query = "aimi";
    EXPECT_EQ(ids(f),
              (std::vector<std::string>{"product-amimestrocel", "milestone-2024-amimestrocel-phase3"}));
    // The phase III milestone's name starts with the product's name too: it follows, as
    // the query covers less of it.
    f.query = "ammts";
    EXPECT_EQ(ids(f),
              (std::vector<std::string>{"product-amimestrocel", "milestone-2024-amimestrocel-phase3"}));
    f.query = "艾米迈托赛注射液";
    EXPECT_EQ(ids(f).front(), "product-amimestrocel");
    // Name prefixes by coverage (贝来生物 first), then inside an English name ("... (Beilai
    // Biotech)"), then summaries: the rank order, not the dataset's.
    f.query = "beilai";
    EXPECT_EQ(ids(f), (std::vector<std::string>{"company-beilai", "milestone-2003-beilai-msc-attempts",
                                                "milestone-beilai-msc-indications-in-trials",
                                                "product-beilai-umbilical-cord-msc",
                                                "park-daxing-biomedicine-base", "person-wang-hao"}));
    f.types = {"company"};
    EXPECT_EQ(ids(f), (std::vector<std::string>{"company-beilai"}));
}

TEST_F(EmbeddedFilterTest, DaxingHoldsItsBaseAndTheCompaniesThere) {
    EntityFilter f;
    f.places = {"district-daxing"};
    EXPECT_EQ(ids(f),
              (std::vector<std::string>{
                  "district-daxing", "policy-daxing-1-plus-n", "subsidy-daxing-base-enterprise-support",
                  "park-daxing-biomedicine-base", "company-beilai", "company-jiuzhitang-meike",
                  "company-kangyanbao", "company-enze-kangtai"}));
    f.types = {"company"};
    f.tags = {"exosome"};
    EXPECT_EQ(ids(f), (std::vector<std::string>{"company-enze-kangtai"}));
}

TEST_F(EmbeddedFilterTest, YearsNarrowToWhatRanThen) {
    EntityFilter f;
    f.year_from = f.year_to = 2003;
    EXPECT_EQ(ids(f), (std::vector<std::string>{"milestone-2003-beilai-msc-attempts",
                                                "milestone-2003-pumch-first-stem-cell-new-drug"}));
    const FilterFacets facets = build_filter_facets(*data_);
    EXPECT_EQ(facets.first_year, 2003);
    EXPECT_EQ(facets.last_year, 2025);
    EXPECT_EQ(facets.places.size(), 6u);  // 2 districts, 4 parks
}

}  // namespace
}  // namespace pe

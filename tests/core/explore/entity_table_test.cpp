// The entity table's orders (app/core/explore/entity_table.h), exactly, for each column in both
// directions and both languages, with missing values last and ties by id; and the text of
// a row. One hand-made dataset whose values make every rule visible, plus the embedded one.
#include "explore/entity_table.h"

#include <gtest/gtest.h>

#include <numeric>
#include <string>
#include <vector>

#include "load/dataset_loader.h"
#include "load/embedded_assets.h"
#include "model/dataset_index.h"

namespace pe {
namespace {

using Rows = std::vector<std::uint32_t>;

struct Spec {
    const char* id;
    const char* zh;
    const char* pinyin;
    const char* en;
    const char* type;
    const char* district;
    const char* park;
    std::vector<std::string> tags;
};

// 0 e-beta:   北京 bei jing / "beta",   company, 2020 (year),       in park-p,       tags zeta
// 1 e-alpha:  安徽 an hui  / "Alpha",   policy,  2020-01-01 (day),  in district-a,   tags Alpha, x
// 2 e-gamma:  长城 chang cheng / "gamma", company, undated,         no place,        no tags
// 3 e-delta:  安徽 an hui  / "alpha",   plan,    2020-01 (month),   no place,        tags beta
// 4 park-p:   园区 yuan qu / "Park P",  park,    undated,           in district-a,   no tags
// 5 district-a: 东城 dong cheng / "District A", district, 2019 (year), no place,     tags Zed
Dataset table_dataset() {
    const std::vector<Spec> specs = {
        {"e-beta", "北京", "bei jing", "beta", "company", "", "park-p", {"zeta"}},
        {"e-alpha", "安徽", "an hui", "Alpha", "policy", "district-a", "", {"Alpha", "x"}},
        {"e-gamma", "长城", "chang cheng", "gamma", "company", "", "", {}},
        {"e-delta", "安徽", "an hui", "alpha", "plan", "", "", {"beta"}},
        {"park-p", "园区", "yuan qu", "Park P", "park", "district-a", "", {}},
        {"district-a", "东城", "dong cheng", "District A", "district", "", "", {"Zed"}},
    };
    Dataset d;
    for (const Spec& s : specs) {
        Entity e;
        e.id = s.id;
        e.name = {s.zh, s.en};
        e.pinyin = s.pinyin;
        e.type = s.type;
        e.district_id = s.district;
        e.park_id = s.park;
        e.tags.assign(s.tags.begin(), s.tags.end());
        d.entities.push_back(e);
    }
    auto at = [&](std::size_t i, Date date) {
        d.entities[i].time.has_start = true;
        d.entities[i].time.start = date;
    };
    at(0, Date{2020, 0, 0, DatePrecision::Year});
    at(1, Date{2020, 1, 1, DatePrecision::Day});
    at(3, Date{2020, 1, 0, DatePrecision::Month});
    at(5, Date{2019, 0, 0, DatePrecision::Year});
    d.index = build_dataset_index(d.entities, d.links);
    return d;
}

StringTable table_strings() {
    StringTable s;
    s.entries["type.company"] = {"企业", "Company"};
    s.entries["type.policy"] = {"政策", "Policy"};
    s.entries["type.plan"] = {"规划方案", "Plan"};
    s.entries["type.park"] = {"园区", "Park"};
    s.entries["type.district"] = {"行政区", "District"};
    return s;
}

class EntityTableTest : public ::testing::Test {
  protected:
    Dataset d = table_dataset();
    StringTable strings = table_strings();

    Rows sorted(TableColumn column, bool descending, Language language,
                Rows rows = {0, 1, 2, 3, 4, 5}) const {
        sort_table_rows(d, strings, language, TableSort{column, descending}, rows);
        return rows;
    }
};

TEST_F(EntityTableTest, NameInChineseByPinyinThenNameThenId) {
    // an hui (e-alpha, e-delta: same pinyin and name, so by id), bei jing, chang cheng,
    // dong cheng, yuan qu.
    EXPECT_EQ(sorted(TableColumn::Name, false, Language::Zh), (Rows{1, 3, 0, 2, 5, 4}));
    // Reversed, but the tie keeps ids ascending.
    EXPECT_EQ(sorted(TableColumn::Name, true, Language::Zh), (Rows{4, 5, 2, 0, 1, 3}));
}

TEST_F(EntityTableTest, NameInEnglishIgnoresCase) {
    // Folded: alpha, alpha, beta, district a, gamma, park p ("District A" would come first
    // by bytes). "Alpha" and "alpha" fold together, then their bytes decide ('A' < 'a'),
    // in the sort's direction.
    EXPECT_EQ(sorted(TableColumn::Name, false, Language::En), (Rows{1, 3, 0, 5, 2, 4}));
    EXPECT_EQ(sorted(TableColumn::Name, true, Language::En), (Rows{4, 2, 5, 0, 3, 1}));
}

TEST_F(EntityTableTest, TypeByLabelInTheLanguage) {
    // Company (e-beta, e-gamma by id), District, Park, Plan, Policy.
    EXPECT_EQ(sorted(TableColumn::Type, false, Language::En), (Rows{0, 2, 5, 4, 3, 1}));
    EXPECT_EQ(sorted(TableColumn::Type, true, Language::En), (Rows{1, 3, 4, 5, 0, 2}));
    // The Chinese labels sort by their bytes (code points): 企 U+4F01, 园 U+56ED,
    // 政 U+653F, 行 U+884C, 规 U+89C4.
    EXPECT_EQ(sorted(TableColumn::Type, false, Language::Zh), (Rows{0, 2, 4, 1, 5, 3}));
}

TEST_F(EntityTableTest, DateByStartCoarserFirstUndatedLastBothWays) {
    // 2019; then three starts on 2020-01-01: the year, the month, the day; then the
    // undated by id (e-gamma, park-p).
    EXPECT_EQ(sorted(TableColumn::Date, false, Language::En), (Rows{5, 0, 3, 1, 2, 4}));
    EXPECT_EQ(sorted(TableColumn::Date, true, Language::En), (Rows{1, 3, 0, 5, 2, 4}));
}

TEST_F(EntityTableTest, PlaceByParkElseDistrictNoPlaceLast) {
    // e-alpha and park-p are in District A (ids order them), e-beta in Park P; then the rows
    // with no place by id: district-a, e-delta, e-gamma.
    EXPECT_EQ(sorted(TableColumn::Place, false, Language::En), (Rows{1, 4, 0, 5, 3, 2}));
    EXPECT_EQ(sorted(TableColumn::Place, true, Language::En), (Rows{0, 1, 4, 5, 3, 2}));
    // 东城 dong cheng before 园区 yuan qu in Chinese too.
    EXPECT_EQ(sorted(TableColumn::Place, false, Language::Zh), (Rows{1, 4, 0, 5, 3, 2}));
}

TEST_F(EntityTableTest, TagsByFirstTagIgnoringCaseNoTagsLast) {
    // alpha, beta, zed, zeta; then e-gamma, park-p.
    EXPECT_EQ(sorted(TableColumn::Tags, false, Language::En), (Rows{1, 3, 5, 0, 2, 4}));
    EXPECT_EQ(sorted(TableColumn::Tags, true, Language::En), (Rows{0, 5, 3, 1, 2, 4}));
}

TEST_F(EntityTableTest, SortsAnySubsetOfRows) {
    EXPECT_EQ(sorted(TableColumn::Date, false, Language::En, {4, 2, 1, 5}), (Rows{5, 1, 2, 4}));
    EXPECT_EQ(sorted(TableColumn::Name, false, Language::Zh, {}), Rows{});
    // An index that is not an entity has nothing to sort by: after everything.
    EXPECT_EQ(sorted(TableColumn::Date, true, Language::En, {99, 4, 2, 1}), (Rows{1, 2, 4, 99}));
}

TEST_F(EntityTableTest, TheIdIndexGivesTheSameOrders) {
    const TableSortIndex index = build_table_sort_index(d);
    // e-alpha, e-beta, e-delta, e-gamma, district-a, park-p by bytes: district-a first.
    EXPECT_EQ(index.id_rank, (std::vector<std::uint32_t>{2, 1, 4, 3, 5, 0}));
    for (const TableColumn column :
         {TableColumn::Name, TableColumn::Type, TableColumn::Date, TableColumn::Place, TableColumn::Tags}) {
        for (const bool descending : {false, true}) {
            for (const Language language : {Language::Zh, Language::En}) {
                Rows with_index = {5, 3, 1, 0, 2, 4};
                sort_table_rows(d, strings, language, TableSort{column, descending}, with_index, index);
                EXPECT_EQ(with_index, sorted(column, descending, language));
            }
        }
    }
    // An index of another dataset (another entity count) is not used.
    Rows rows = {0, 1, 2, 3, 4, 5};
    sort_table_rows(d, strings, Language::En, TableSort{TableColumn::Type, false}, rows,
                    TableSortIndex{{0, 1}});
    EXPECT_EQ(rows, (Rows{0, 2, 5, 4, 3, 1}));
}

TEST_F(EntityTableTest, RowTextInEitherLanguage) {
    const TableRowText beta = table_row_text(d, strings, Language::En, 0);
    EXPECT_EQ(beta.name, "beta");
    EXPECT_EQ(beta.type, "Company");
    EXPECT_EQ(beta.date, "2020");
    EXPECT_EQ(beta.place, "Park P");
    EXPECT_EQ(beta.tags, "zeta");
    const TableRowText alpha = table_row_text(d, strings, Language::Zh, 1);
    EXPECT_EQ(alpha.name, "安徽");
    EXPECT_EQ(alpha.type, "政策");
    EXPECT_EQ(alpha.date, "2020年1月1日");
    EXPECT_EQ(alpha.place, "东城");
    EXPECT_EQ(alpha.tags, "Alpha, x");
    const TableRowText park = table_row_text(d, strings, Language::Zh, 4);
    EXPECT_EQ(park.place, "东城");  // a park's place is its district
    const TableRowText gamma = table_row_text(d, strings, Language::En, 2);
    EXPECT_EQ(gamma.date, "");
    EXPECT_EQ(gamma.place, "");
    EXPECT_EQ(gamma.tags, "");
    EXPECT_EQ(table_row_text(d, strings, Language::En, 99).name, "");
}

TEST(EntityTableEmbedded, EveryOrderIsAPermutationAndDatesAscend) {
    const LoadResult load = load_dataset(embedded_dataset_json());
    ASSERT_TRUE(load.ok());
    const Dataset& d = *load.dataset;
    const StringTable strings = load_string_table(embedded_ui_strings_json()).table;
    Rows all(d.entities.size());
    std::iota(all.begin(), all.end(), 0u);
    for (const TableColumn column :
         {TableColumn::Name, TableColumn::Type, TableColumn::Date, TableColumn::Place, TableColumn::Tags}) {
        for (const bool descending : {false, true}) {
            Rows rows = all;
            sort_table_rows(d, strings, Language::Zh, TableSort{column, descending}, rows);
            Rows check = rows;
            std::sort(check.begin(), check.end());
            EXPECT_EQ(check, all);
        }
    }
    const TableSortIndex index = build_table_sort_index(d);
    for (const TableColumn column : {TableColumn::Name, TableColumn::Place, TableColumn::Tags}) {
        Rows plain = all, indexed = all;
        sort_table_rows(d, strings, Language::En, TableSort{column, true}, plain);
        sort_table_rows(d, strings, Language::En, TableSort{column, true}, indexed, index);
        EXPECT_EQ(plain, indexed);
    }
    Rows rows = all;
    sort_table_rows(d, strings, Language::En, TableSort{TableColumn::Date, false}, rows);
    // The two 2003 milestones first (ids order them), the 18 dated before the undated.
    EXPECT_EQ(d.entities[rows[0]].id, "milestone-2003-beilai-msc-attempts");
    EXPECT_EQ(d.entities[rows[1]].id, "milestone-2003-pumch-first-stem-cell-new-drug");
    EXPECT_TRUE(d.entities[rows[17]].time.has_start);
    EXPECT_FALSE(d.entities[rows[18]].time.has_start);
    sort_table_rows(d, strings, Language::Zh, TableSort{TableColumn::Name, false}, rows);
    // 艾米迈托赛注射液 "ai mi ..." sorts before anything else with pinyin "ai ...".
    EXPECT_EQ(d.entities[rows[0]].id, "product-amimestrocel");
}

}  // namespace
}  // namespace pe

// ExplorerModels (explorer_models.h): what is recomputed when, on the real dataset: the
// search index only once a query needs it, the shown set and its version on filter
// changes only, the table order (date by default, search rank with a query, a column when
// chosen), and the figures only when asked for.
#include "explore/explorer_models.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "load/dataset_loader.h"
#include "load/embedded_assets.h"
#include "text/string_table.h"

namespace pe {
namespace {

struct Fixture {
    std::shared_ptr<const Dataset> dataset = load_dataset(embedded_dataset_json()).dataset;
    StringTable strings = load_string_table(embedded_ui_strings_json()).table;
    ExplorerModels models;
    EntityFilter filter;
    TableOrder order;
    void update(Language language = Language::En) {
        update_explorer_models(models, *dataset, 1, strings, language, filter, order);
    }
    std::uint32_t index_of(const std::string& id) const { return dataset->index.entity_by_id.at(id); }
};

TEST(ExplorerModels, ShowsEverythingByDateUntilFiltered) {
    Fixture f;
    ASSERT_NE(f.dataset, nullptr);
    f.update();
    EXPECT_FALSE(f.models.search_built);
    EXPECT_TRUE(f.models.shown.visible.empty());
    EXPECT_EQ(f.models.shown.rows.size(), f.dataset->entities.size());
    ASSERT_EQ(f.models.table_rows.size(), f.dataset->entities.size());
    std::vector<std::uint32_t> by_date = f.models.shown.rows;
    sort_table_rows(*f.dataset, f.strings, Language::En, TableSort{TableColumn::Date, false}, by_date);
    EXPECT_EQ(f.models.table_rows, by_date);
    const std::uint64_t version = f.models.shown_version;
    f.update();  // nothing changed: nothing recomputed
    EXPECT_EQ(f.models.shown_version, version);
}

TEST(ExplorerModels, AQueryBuildsTheSearchIndexAndKeepsRankOrder) {
    Fixture f;
    f.update();
    f.filter.query = "ammts";
    f.update();
    EXPECT_TRUE(f.models.search_built);
    ASSERT_FALSE(f.models.table_rows.empty());
    EXPECT_EQ(f.models.table_rows, f.models.shown.rows);  // rank order, not re-sorted
    EXPECT_EQ(f.dataset->entities[f.models.table_rows.front()].name.zh, "艾米迈托赛注射液");
    EXPECT_FALSE(f.models.shown.visible.empty());
    EXPECT_EQ(std::count(f.models.shown.visible.begin(), f.models.shown.visible.end(), 1),
              static_cast<long>(f.models.shown.rows.size()));
}

TEST(ExplorerModels, AChosenColumnOrdersTheRows) {
    Fixture f;
    f.order.by_column = true;
    f.order.sort = TableSort{TableColumn::Name, true};
    f.update(Language::Zh);
    std::vector<std::uint32_t> expected = f.models.shown.rows;
    sort_table_rows(*f.dataset, f.strings, Language::Zh, TableSort{TableColumn::Name, true}, expected);
    EXPECT_EQ(f.models.table_rows, expected);
}

TEST(ExplorerModels, FacetsNarrowEveryModelTogether) {
    Fixture f;
    f.update();
    const std::size_t all_cards =
        explorer_figures(f.models, *f.dataset, f.strings, Language::En).cards.size();
    f.filter.types = {"company"};
    f.update();
    const std::uint64_t version = f.models.shown_version;
    for (const std::uint32_t e : f.models.table_rows) EXPECT_EQ(f.dataset->entities[e].type, "company");
    const FiguresModel& figures = explorer_figures(f.models, *f.dataset, f.strings, Language::En);
    EXPECT_EQ(f.models.figures_version, version);
    for (const TypeCount& t : figures.per_type) EXPECT_EQ(t.type, "company");
    EXPECT_LE(figures.cards.size(), all_cards);
    f.filter = EntityFilter{};
    f.update();
    EXPECT_GT(f.models.shown_version, version);
    EXPECT_TRUE(f.models.shown.visible.empty());
}

TEST(ExplorerModels, SameFilterComparesEveryField) {
    EntityFilter a;
    EntityFilter b;
    EXPECT_TRUE(same_filter(a, b));
    b.year_to = 2020;
    EXPECT_FALSE(same_filter(a, b));
    b = a;
    b.scopes = {Scope::Park};
    EXPECT_FALSE(same_filter(a, b));
    b = a;
    b.tags = {"MSC"};
    EXPECT_FALSE(same_filter(a, b));
}

}  // namespace
}  // namespace pe

// The figures view model (app/core/explore/figures_model.h): card order, the three charts' exact
// counts with and without a filter mask on a small dataset, and the embedded dataset's
// numbers checked against what its JSON states.
#include "explore/figures_model.h"

#include <gtest/gtest.h>

#include <numeric>
#include <string>
#include <vector>

#include "load/dataset_loader.h"
#include "load/embedded_assets.h"
#include "support/test_dates.h"

namespace pe {
namespace {

KeyFigure figure(const std::string& label, double value) {
    KeyFigure f;
    f.label = {label + "_zh", label};
    f.value = value;
    f.unit = "CNY";
    f.display = {label + "_display_zh", label + "_display"};
    f.source = SourceRef{"s", label + " quote"};
    return f;
}

Entity make(const std::string& id, const std::string& type, const std::string& park, Date start = {},
            bool dated = false) {
    Entity e;
    e.id = id;
    e.type = type;
    e.park_id = park;
    e.name = {id + "_zh", id + "_en"};
    e.time.has_start = dated;
    e.time.start = start;
    return e;
}

// 0 park-p "Zeta Park", 1 park-q "Alpha Park" (both undated), then companies c1 (2015,
// park-p, figures F2 F3), c2 (2018-03, park-p), c3 (2015, park-q), a policy (2017, figure
// F4) and an undated statistic in park-q (figure F5); park-p itself states F1.
Dataset small() {
    Dataset d;
    d.entities = {make("park-p", "park", ""),
                  make("park-q", "park", ""),
                  make("c1", "company", "park-p", year_date(2015), true),
                  make("c2", "company", "park-p", Date{2018, 3, 0, DatePrecision::Month}, true),
                  make("c3", "company", "park-q", year_date(2015), true),
                  make("pol", "policy", "", year_date(2017), true),
                  make("stat", "statistic", "park-q")};
    d.entities[0].name.en = "Zeta Park";
    d.entities[1].name.en = "Alpha Park";
    d.entities[0].figures = {figure("F1", 1)};
    d.entities[2].figures = {figure("F2", 2), figure("F3", 3)};
    d.entities[5].figures = {figure("F4", 4)};
    d.entities[6].figures = {figure("F5", 5)};
    return d;
}

StringTable strings() {
    StringTable s;
    s.entries["type.company"] = {"企业", "Company"};
    s.entries["type.park"] = {"园区", "Park"};
    s.entries["type.policy"] = {"政策", "Policy"};
    s.entries["type.statistic"] = {"统计数据", "Statistic"};
    return s;
}

std::vector<std::string> card_labels(const FiguresModel& m) {
    std::vector<std::string> out;
    for (const FigureCard& c : m.cards) out.push_back(c.label);
    return out;
}

std::vector<std::pair<int, std::size_t>> years_of(const FiguresModel& m) {
    std::vector<std::pair<int, std::size_t>> out;
    for (const YearCount& y : m.events_per_year) out.emplace_back(y.year, y.count);
    return out;
}

std::vector<std::pair<std::string, std::size_t>> types_of(const FiguresModel& m) {
    std::vector<std::pair<std::string, std::size_t>> out;
    for (const TypeCount& t : m.per_type) out.emplace_back(t.label, t.count);
    return out;
}

std::vector<std::pair<std::string, std::size_t>> parks_of(const FiguresModel& m) {
    std::vector<std::pair<std::string, std::size_t>> out;
    for (const ParkCount& p : m.per_park) out.emplace_back(p.name, p.count);
    return out;
}

using YearList = std::vector<std::pair<int, std::size_t>>;
using NamedCounts = std::vector<std::pair<std::string, std::size_t>>;

TEST(FiguresModel, EverythingShown) {
    const Dataset d = small();
    const FiguresModel m = build_figures_model(d, strings(), Language::En, {});
    // c1 (2015) before pol (2017); then the undated by id: park-p, stat.
    EXPECT_EQ(card_labels(m), (std::vector<std::string>{"F2", "F3", "F4", "F1", "F5"}));
    ASSERT_EQ(m.cards.size(), 5u);
    EXPECT_EQ(m.cards[0].display, "F2_display");
    EXPECT_EQ(m.cards[0].value, 2.0);
    EXPECT_EQ(m.cards[0].unit, "CNY");
    EXPECT_EQ(m.cards[0].entity, 2u);
    EXPECT_EQ(m.cards[0].entity_name, "c1_en");
    EXPECT_EQ(m.cards[0].quote, "F2 quote");
    // 2016 started nothing and is still there.
    EXPECT_EQ(years_of(m), (YearList{{2015, 2}, {2016, 0}, {2017, 1}, {2018, 1}}));
    EXPECT_EQ(types_of(m), (NamedCounts{{"Company", 3}, {"Park", 2}, {"Policy", 1}, {"Statistic", 1}}));
    // Two each: by name, so Alpha Park (park-q) first.
    EXPECT_EQ(parks_of(m), (NamedCounts{{"Alpha Park", 2}, {"Zeta Park", 2}}));
    EXPECT_EQ(m.per_park[0].park, 1u);
}

TEST(FiguresModel, OnlyTheShownEntitiesCount) {
    const Dataset d = small();
    // Hide c1 (its two figures and a 2015 start) and park-q (its count still shows: the
    // chart counts the shown entities in a park, not the park).
    const std::vector<std::uint8_t> visible = {1, 0, 0, 1, 1, 1, 1};
    const FiguresModel m = build_figures_model(d, strings(), Language::Zh, visible);
    EXPECT_EQ(card_labels(m), (std::vector<std::string>{"F4_zh", "F1_zh", "F5_zh"}));
    EXPECT_EQ(m.cards[0].display, "F4_display_zh");
    EXPECT_EQ(years_of(m), (YearList{{2015, 1}, {2016, 0}, {2017, 1}, {2018, 1}}));
    EXPECT_EQ(types_of(m), (NamedCounts{{"企业", 2}, {"园区", 1}, {"政策", 1}, {"统计数据", 1}}));
    EXPECT_EQ(parks_of(m), (NamedCounts{{"park-q_zh", 2}, {"park-p_zh", 1}}));

    const std::vector<std::uint8_t> only_c2 = {0, 0, 0, 1, 0, 0, 0};
    const FiguresModel one = build_figures_model(d, strings(), Language::En, only_c2);
    EXPECT_TRUE(one.cards.empty());
    EXPECT_EQ(years_of(one), (YearList{{2018, 1}}));
    EXPECT_EQ(types_of(one), (NamedCounts{{"Company", 1}}));
    EXPECT_EQ(parks_of(one), (NamedCounts{{"Zeta Park", 1}}));

    const FiguresModel none =
        build_figures_model(d, strings(), Language::En, std::vector<std::uint8_t>(7, 0));
    EXPECT_TRUE(none.cards.empty());
    EXPECT_TRUE(none.events_per_year.empty());
    EXPECT_TRUE(none.per_type.empty());
    EXPECT_TRUE(none.per_park.empty());
}

TEST(FiguresModel, EmbeddedDatasetNumbersAreItsOwn) {
    const LoadResult load = load_dataset(embedded_dataset_json());
    ASSERT_TRUE(load.ok());
    const Dataset& d = *load.dataset;
    const StringTable table = load_string_table(embedded_ui_strings_json()).table;
    const FiguresModel m = build_figures_model(d, table, Language::En, {});

    std::size_t figures = 0;
    for (const Entity& e : d.entities) figures += e.figures.size();
    EXPECT_EQ(figures, 35u);
    ASSERT_EQ(m.cards.size(), 35u);
    // The dated ones first: the 2015 guidelines, the 2024-12 plan, the 2025-04 measures,
    // the 2025-05 count; then the undated by id.
    EXPECT_EQ(m.cards[0].label, "Technical guidelines issued");
    EXPECT_EQ(m.cards[0].value, 20.0);
    EXPECT_EQ(m.cards[0].display, "20+");
    EXPECT_EQ(d.entities[m.cards[2].entity].id, "plan-2024-beijing-cgt-three-year-action-plan");
    EXPECT_EQ(d.entities[m.cards[5].entity].id, "policy-2025-beijing-innovative-medicine-measures");
    EXPECT_EQ(d.entities[m.cards[7].entity].id, "statistic-2025-05-filed-institutions");
    EXPECT_EQ(m.cards[7].value, 148.0);
    EXPECT_EQ(d.entities[m.cards[9].entity].id, "company-enze-kangtai");
    // Every card's value and wording is the figure's own.
    for (const FigureCard& card : m.cards) {
        bool found = false;
        for (const KeyFigure& f : d.entities[card.entity].figures) {
            found |= f.label.en == card.label && f.value == card.value && f.display.en == card.display &&
                     f.source.quote == card.quote;
        }
        EXPECT_TRUE(found) << card.label;
    }

    EXPECT_EQ(m.events_per_year.size(), 23u);  // 2003 to 2025
    EXPECT_EQ(years_of(m).front(), (std::pair<int, std::size_t>{2003, 2}));
    EXPECT_EQ(years_of(m).back(), (std::pair<int, std::size_t>{2025, 5}));
    std::size_t dated = 0;
    for (const YearCount& y : m.events_per_year) dated += y.count;
    EXPECT_EQ(dated, 18u);
    EXPECT_EQ(m.events_per_year[2015 - 2003].count, 5u);
    EXPECT_EQ(m.events_per_year[2010 - 2003].count, 0u);

    std::size_t typed = 0;
    for (const TypeCount& t : m.per_type) typed += t.count;
    EXPECT_EQ(typed, d.entities.size());
    EXPECT_EQ(m.per_type.front().label, "Milestone");
    EXPECT_EQ(m.per_type.front().count, 11u);

    EXPECT_EQ(parks_of(m), (NamedCounts{{"Daxing Biomedicine Industry Base", 5},
                                        {"Zhongguancun Life Science Park", 3},
                                        {"Yizhuang Biomedicine Park", 2}}));
}

}  // namespace
}  // namespace pe

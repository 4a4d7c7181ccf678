// The details view model (app/core/explore/entity_details.h): every field of a hand-made entity,
// link groups in relation order with outgoing before incoming, items by date then id, and
// a product of the embedded dataset exactly; and that the string table labels every
// relation in both directions and every scope, in both languages.
#include "explore/entity_details.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "load/dataset_loader.h"
#include "load/embedded_assets.h"
#include "model/dataset_index.h"
#include "model/entity_types.h"

namespace pe {
namespace {

Entity make(const std::string& id, const std::string& type, int year = 0) {
    Entity e;
    e.id = id;
    e.type = type;
    e.name = {id + "_zh", id + "_en"};
    if (year != 0) {
        e.time.has_start = true;
        e.time.start = Date{year, 0, 0, DatePrecision::Year};
    }
    return e;
}

// "x" and what it is linked to: enables -> a (2020), b (2018), u (undated), a again;
// located_in -> park; incoming enables <- c; incoming located_in <- d, e; an unknown
// relation "zzz" -> a. Listed out of order on purpose.
Dataset linked() {
    Dataset d;
    Entity x = make("x", "policy");
    x.name = {"某政策", ""};  // no English name
    x.time.has_start = true;
    x.time.start = Date{2024, 12, 0, DatePrecision::Month};
    x.time.has_end = true;
    x.time.end = Date{2027, 0, 0, DatePrecision::Year};
    x.scope = Scope::District;
    x.district_id = "district";
    x.park_id = "park";
    x.summary = {"摘要", "Summary"};
    KeyFigure figure;
    figure.label = {"补贴上限", "Subsidy cap"};
    figure.value = 500000.0;
    figure.unit = "CNY";
    figure.display = {"50万元", "CNY 500,000"};
    figure.source = SourceRef{"s1", "最高补贴50万元。"};
    x.figures.push_back(figure);
    x.sources = {SourceRef{"s1", "第一句。"}, SourceRef{"missing-source", "第二句。"}};
    d.entities = {x,
                  make("a", "company", 2020),
                  make("b", "company", 2018),
                  make("u", "company"),
                  make("park", "park"),
                  make("c", "regulation", 2015),
                  make("e", "company"),
                  make("d", "company"),
                  make("district", "district")};
    d.links = {
        Link{"x", "zzz", "zzz", {}},      Link{"x", "a", "zzz", {}},     Link{"d", "x", "located_in", {}},
        Link{"x", "a", "enables", {}},    Link{"x", "u", "enables", {}}, Link{"x", "park", "located_in", {}},
        Link{"e", "x", "located_in", {}}, Link{"x", "b", "enables", {}}, Link{"c", "x", "enables", {}},
        Link{"x", "a", "enables", {}},
    };
    d.sources = {Source{"s1", {"报告", "Report"}, "Publisher", "2025-11-10", "", "zh"}};
    d.index = build_dataset_index(d.entities, d.links);
    return d;
}

StringTable linked_strings() {
    StringTable s;
    s.entries["type.company"] = {"企业", "Company"};
    s.entries["type.policy"] = {"政策", "Policy"};
    s.entries["scope.district"] = {"区级", "District"};
    s.entries["relation.enables.out"] = {"促成", "Enables"};
    s.entries["relation.enables.in"] = {"促成因素", "Enabled by"};
    s.entries["relation.located_in.out"] = {"位于", "Located in"};
    s.entries["relation.located_in.in"] = {"位于此处", "Location of"};
    return s;
}

std::vector<std::string> item_ids(const DetailsLinkGroup& group) {
    std::vector<std::string> ids;
    for (const DetailsLinkItem& item : group.items) ids.push_back(item.id);
    return ids;
}

TEST(EntityDetails, FieldsOfAHandMadeEntity) {
    const Dataset d = linked();
    const EntityDetails zh = build_entity_details(d, linked_strings(), Language::Zh, 0);
    EXPECT_EQ(zh.entity, 0u);
    EXPECT_EQ(zh.id, "x");
    EXPECT_EQ(zh.name, "某政策");
    EXPECT_EQ(zh.other_name, "");  // no English name: none invented, none repeated
    EXPECT_EQ(zh.type_label, "政策");
    EXPECT_EQ(zh.date_label, "2024年12月–2027年");
    EXPECT_EQ(zh.scope_label, "区级");
    ASSERT_TRUE(zh.district.present);
    EXPECT_EQ(zh.district.entity, 8u);
    EXPECT_EQ(zh.district.name, "district_zh");
    ASSERT_TRUE(zh.park.present);
    EXPECT_EQ(zh.park.entity, 4u);
    EXPECT_EQ(zh.park.id, "park");
    EXPECT_EQ(zh.summary, "摘要");
    ASSERT_EQ(zh.figures.size(), 1u);
    EXPECT_EQ(zh.figures[0].label, "补贴上限");
    EXPECT_EQ(zh.figures[0].display, "50万元");
    EXPECT_EQ(zh.figures[0].value, 500000.0);
    EXPECT_EQ(zh.figures[0].unit, "CNY");
    EXPECT_EQ(zh.figures[0].quote, "最高补贴50万元。");
    EXPECT_EQ(zh.figures[0].source_id, "s1");
    ASSERT_EQ(zh.sources.size(), 2u);
    EXPECT_EQ(zh.sources[0].title, "报告");
    EXPECT_EQ(zh.sources[0].publisher, "Publisher");
    EXPECT_EQ(zh.sources[0].published, "2025-11-10");
    EXPECT_EQ(zh.sources[0].quote, "第一句。");
    EXPECT_EQ(zh.sources[1].source_id, "missing-source");
    EXPECT_EQ(zh.sources[1].title, "");  // not in Dataset::sources: nothing made up
    EXPECT_EQ(zh.sources[1].quote, "第二句。");

    const EntityDetails en = build_entity_details(d, linked_strings(), Language::En, 0);
    EXPECT_EQ(en.name, "某政策");  // falls back to the only name it has
    EXPECT_EQ(en.other_name, "某政策");
    EXPECT_EQ(en.date_label, "Dec 2024 – 2027");
    EXPECT_EQ(en.figures[0].display, "CNY 500,000");
    EXPECT_EQ(en.sources[0].title, "Report");

    const EntityDetails undated = build_entity_details(d, linked_strings(), Language::En, 3);
    EXPECT_EQ(undated.date_label, "");
    EXPECT_FALSE(undated.district.present);
    EXPECT_FALSE(undated.park.present);
    EXPECT_EQ(build_entity_details(d, linked_strings(), Language::En, 99).id, "");
}

TEST(EntityDetails, LinksGroupedByRelationThenDirectionItemsByDateThenId) {
    const Dataset d = linked();
    const EntityDetails en = build_entity_details(d, linked_strings(), Language::En, 0);
    ASSERT_EQ(en.links.size(), 5u);
    EXPECT_EQ(en.links[0].relation, "enables");
    EXPECT_TRUE(en.links[0].outgoing);
    EXPECT_EQ(en.links[0].label, "Enables");
    // b (2018), a (2020, linked twice but listed once), u (undated).
    EXPECT_EQ(item_ids(en.links[0]), (std::vector<std::string>{"b", "a", "u"}));
    EXPECT_EQ(en.links[0].items[1].entity, 1u);
    EXPECT_EQ(en.links[0].items[1].name, "a_en");
    EXPECT_EQ(en.links[0].items[1].type_label, "Company");
    EXPECT_EQ(en.links[1].relation, "enables");
    EXPECT_FALSE(en.links[1].outgoing);
    EXPECT_EQ(en.links[1].label, "Enabled by");
    EXPECT_EQ(item_ids(en.links[1]), (std::vector<std::string>{"c"}));
    EXPECT_EQ(en.links[1].items[0].type_label, "type.regulation");  // not in this small table
    EXPECT_EQ(en.links[2].label, "Located in");
    EXPECT_EQ(item_ids(en.links[2]), (std::vector<std::string>{"park"}));
    EXPECT_EQ(en.links[3].label, "Location of");
    EXPECT_EQ(item_ids(en.links[3]), (std::vector<std::string>{"d", "e"}));  // both undated: by id
    // A relation outside kRelationTypes comes last, under its key.
    EXPECT_EQ(en.links[4].relation, "zzz");
    EXPECT_EQ(en.links[4].label, "relation.zzz.out");
    EXPECT_EQ(item_ids(en.links[4]), (std::vector<std::string>{"a"}));  // the link to "zzz" has no end

    const EntityDetails park = build_entity_details(d, linked_strings(), Language::Zh, 4);
    ASSERT_EQ(park.links.size(), 1u);
    EXPECT_EQ(park.links[0].label, "位于此处");
    EXPECT_EQ(item_ids(park.links[0]), (std::vector<std::string>{"x"}));
}

TEST(EntityDetails, TheEmbeddedProductInBothLanguages) {
    const LoadResult load = load_dataset(embedded_dataset_json());
    ASSERT_TRUE(load.ok());
    const Dataset& d = *load.dataset;
    const StringTable strings = load_string_table(embedded_ui_strings_json()).table;
    const std::uint32_t product = d.index.entity_by_id.at("product-amimestrocel");

    const EntityDetails en = build_entity_details(d, strings, Language::En, product);
    EXPECT_EQ(en.name, "Amimestrocel Injection");
    EXPECT_EQ(en.other_name, "艾米迈托赛注射液");
    EXPECT_EQ(en.type_label, "Product");
    EXPECT_EQ(en.date_label, "");
    EXPECT_EQ(en.scope_label, "Organisation");
    EXPECT_FALSE(en.district.present);
    ASSERT_TRUE(en.park.present);
    EXPECT_EQ(en.park.id, "park-yizhuang-biomedicine");
    EXPECT_EQ(en.park.name, "Yizhuang Biomedicine Park");
    EXPECT_TRUE(en.figures.empty());
    ASSERT_EQ(en.sources.size(), 4u);
    for (const DetailsSource& source : en.sources) {
        EXPECT_EQ(source.source_id, "article-2025-11-10");
        EXPECT_EQ(source.published, "2025-11-10");
        EXPECT_EQ(source.title.rfind("First drug, first prescription, first cure!", 0), 0u) << source.title;
    }
    EXPECT_EQ(en.sources[2].quote,
              "直到2024年,艾米迈托赛注射液完成III期关键临床试验,北京也开出了全国首张干细胞药物生产许可证。");

    ASSERT_EQ(en.links.size(), 2u);
    EXPECT_EQ(en.links[0].relation, "developed_by");
    EXPECT_TRUE(en.links[0].outgoing);
    EXPECT_EQ(en.links[0].label, "Developed by");
    EXPECT_EQ(item_ids(en.links[0]), (std::vector<std::string>{"company-platinum-life"}));
    EXPECT_EQ(en.links[0].items[0].name, "Platinum Life Excellence Biotech");
    EXPECT_EQ(en.links[0].items[0].type_label, "Company");
    EXPECT_EQ(en.links[1].relation, "milestone_of");
    EXPECT_FALSE(en.links[1].outgoing);
    EXPECT_EQ(en.links[1].label, "Milestones");
    // 2024, 2025 (the year sorts at its first day), 2025-06, then the undated first cure.
    EXPECT_EQ(item_ids(en.links[1]),
              (std::vector<std::string>{
                  "milestone-2024-amimestrocel-phase3", "milestone-2025-amimestrocel-approval",
                  "milestone-2025-06-first-prescription", "milestone-amimestrocel-first-cure"}));

    const EntityDetails zh = build_entity_details(d, strings, Language::Zh, product);
    EXPECT_EQ(zh.name, "艾米迈托赛注射液");
    EXPECT_EQ(zh.other_name, "Amimestrocel Injection");
    EXPECT_EQ(zh.park.name, "亦庄生物医药园");
    EXPECT_EQ(zh.links[0].label, "研发方");
    EXPECT_EQ(zh.links[1].label, "里程碑");
    EXPECT_EQ(zh.links[1].items[0].name, "艾米迈托赛注射液完成III期关键临床试验");
}

TEST(EntityDetails, TheStringTableLabelsEveryRelationBothWaysAndEveryScope) {
    const StringTableLoad load = load_string_table(embedded_ui_strings_json());
    ASSERT_TRUE(load.errors.empty());
    const auto& entries = load.table.entries;
    for (const std::string_view relation : kRelationTypes) {
        const auto out = entries.find(relation_label_key(relation, true));
        const auto in = entries.find(relation_label_key(relation, false));
        ASSERT_NE(out, entries.end()) << relation;
        ASSERT_NE(in, entries.end()) << relation;
        EXPECT_FALSE(out->second.zh.empty() || out->second.en.empty()) << relation;
        EXPECT_FALSE(in->second.zh.empty() || in->second.en.empty()) << relation;
        // The two directions read differently ("Enables" / "Enabled by").
        EXPECT_NE(out->second.zh, in->second.zh) << relation;
        EXPECT_NE(out->second.en, in->second.en) << relation;
    }
    for (std::size_t s = 0; s < kScopes.size(); ++s) {
        const auto label = entries.find(scope_label_key(static_cast<Scope>(s)));
        ASSERT_NE(label, entries.end()) << kScopes[s];
        EXPECT_FALSE(label->second.zh.empty() || label->second.en.empty()) << kScopes[s];
    }
    EXPECT_EQ(relation_label_key("enables", false), "relation.enables.in");
    EXPECT_EQ(scope_label_key(Scope::Organisation), "scope.organisation");
}

}  // namespace
}  // namespace pe

// The dataset writer (app/core/load/dataset_writer.h): JSON that loads back to an equal
// Dataset (hand-made, embedded and generated data, both layouts), string and number
// forms, and the CSV entity table (header, quoting, CRLF, dates, subsets).
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "bench/synthetic_dataset.h"
#include "load/dataset_loader.h"
#include "load/dataset_writer.h"
#include "load/embedded_assets.h"
#include "support/load_result_text.h"

namespace pe {
namespace {

// [SECTION] field-by-field comparison: "" when equal, else where they differ
struct Diff {
    std::ostringstream where;
    template <typename T>
    void check(const std::string& name, const T& a, const T& b) {
        if (!(a == b)) {
            where << name << " differs; ";
        }
    }
    void text(const std::string& name, const Text& a, const Text& b) {
        check(name + ".zh", a.zh, b.zh);
        check(name + ".en", a.en, b.en);
    }
    void refs(const std::string& name, const std::vector<SourceRef>& a, const std::vector<SourceRef>& b) {
        check(name + " size", a.size(), b.size());
        for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
            check(name + ".source", a[i].source_id, b[i].source_id);
            check(name + ".quote", a[i].quote, b[i].quote);
        }
    }
    void date(const std::string& name, const Date& a, const Date& b) {
        check(name + ".year", a.year, b.year);
        check(name + ".month", a.month, b.month);
        check(name + ".day", a.day, b.day);
        check(name + ".precision", a.precision, b.precision);
    }
    void entity(const std::string& at, const Entity& a, const Entity& b) {
        check(at + "id", a.id, b.id);
        check(at + "type", a.type, b.type);
        text(at + "name", a.name, b.name);
        check(at + "pinyin", a.pinyin, b.pinyin);
        check(at + "pinyinInitials", a.pinyin_initials, b.pinyin_initials);
        check(at + "lane", a.lane, b.lane);
        check(at + "has_start", a.time.has_start, b.time.has_start);
        check(at + "has_end", a.time.has_end, b.time.has_end);
        check(at + "open_end", a.time.open_end, b.time.open_end);
        if (a.time.has_start && b.time.has_start) {
            date(at + "start", a.time.start, b.time.start);
        }
        if (a.time.has_end && b.time.has_end) {
            date(at + "end", a.time.end, b.time.end);
        }
        check(at + "scope", a.scope, b.scope);
        check(at + "district", a.district_id, b.district_id);
        check(at + "park", a.park_id, b.park_id);
        text(at + "summary", a.summary, b.summary);
        check(at + "figures size", a.figures.size(), b.figures.size());
        for (std::size_t i = 0; i < std::min(a.figures.size(), b.figures.size()); ++i) {
            const KeyFigure& fa = a.figures[i];
            const KeyFigure& fb = b.figures[i];
            text(at + "figure.label", fa.label, fb.label);
            check(at + "figure.value", fa.value, fb.value);
            check(at + "figure.unit", fa.unit, fb.unit);
            text(at + "figure.display", fa.display, fb.display);
            refs(at + "figure.source", {fa.source}, {fb.source});
        }
        check(at + "tags", a.tags, b.tags);
        refs(at + "sources", a.sources, b.sources);
        check(at + "geo.present", a.geo.present, b.geo.present);
        if (a.geo.present && b.geo.present) {
            check(at + "geo.lat", a.geo.lat, b.geo.lat);
            check(at + "geo.lon", a.geo.lon, b.geo.lon);
            check(at + "geo.approximate", a.geo.approximate, b.geo.approximate);
        }
    }
};

std::string differences(const Dataset& a, const Dataset& b) {
    Diff d;
    d.check("format", a.format, b.format);
    d.check("id", a.id, b.id);
    d.text("title", a.title, b.title);
    d.text("description", a.description, b.description);
    d.check("lanes size", a.lanes.size(), b.lanes.size());
    for (std::size_t i = 0; i < std::min(a.lanes.size(), b.lanes.size()); ++i) {
        d.check("lane.id", a.lanes[i].id, b.lanes[i].id);
        d.text("lane.name", a.lanes[i].name, b.lanes[i].name);
    }
    d.check("sources size", a.sources.size(), b.sources.size());
    for (std::size_t i = 0; i < std::min(a.sources.size(), b.sources.size()); ++i) {
        const Source& sa = a.sources[i];
        const Source& sb = b.sources[i];
        d.check("source.id", sa.id, sb.id);
        d.text("source.title", sa.title, sb.title);
        d.check("source.publisher", sa.publisher, sb.publisher);
        d.check("source.published", sa.published, sb.published);
        d.check("source.url", sa.url, sb.url);
        d.check("source.language", sa.language, sb.language);
    }
    d.check("entities size", a.entities.size(), b.entities.size());
    for (std::size_t i = 0; i < std::min(a.entities.size(), b.entities.size()); ++i) {
        d.entity("entities/" + std::to_string(i) + "/", a.entities[i], b.entities[i]);
    }
    d.check("links size", a.links.size(), b.links.size());
    for (std::size_t i = 0; i < std::min(a.links.size(), b.links.size()); ++i) {
        const std::string at = "links/" + std::to_string(i) + "/";
        d.check(at + "from", a.links[i].from, b.links[i].from);
        d.check(at + "to", a.links[i].to, b.links[i].to);
        d.check(at + "relation", a.links[i].relation, b.links[i].relation);
        d.refs(at + "sources", a.links[i].sources, b.links[i].sources);
    }
    return d.where.str();
}

// [SECTION] a dataset that uses every field
Date date_of(int year, int month, int day) {
    Date d;
    d.year = year;
    d.month = month;
    d.day = day;
    d.precision = day > 0 ? DatePrecision::Day : (month > 0 ? DatePrecision::Month : DatePrecision::Year);
    return d;
}

Dataset full_dataset() {
    Dataset d;
    d.format = "policy-explorer/1";
    d.id = "writer-test";
    d.title = {"写入测试", "Writer \"test\""};
    d.description = {"反斜杠 \\ 与换行\n", "Tab\there, control \x01 and slash /"};
    d.lanes = {{"national", {"国家监管", "National regulation"}},
               {"district", {"区级政策", "District policy"}}};
    Source src;
    src.id = "article";
    src.title = {"文章", "Article"};
    src.publisher = "Publisher";
    src.published = "2025-11-10";
    src.url = "https://example.org/a?b=1&c=2";
    src.language = "zh";
    d.sources.push_back(src);

    Entity district;
    district.id = "haidian";
    district.type = "district";
    district.name = {"海淀区", "Haidian District"};
    district.pinyin = "hai dian qu";
    district.pinyin_initials = "hdq";
    district.lane = "district";
    district.scope = Scope::District;
    district.summary = {"北京市的一个区。", "A district of Beijing."};
    district.sources = {{"article", "海淀区位于北京。"}};
    district.geo = {true, 39.9593, 116.2981, false};

    Entity park = district;
    park.id = "zgc-park";
    park.type = "park";
    park.name = {"中关村生命科学园", "Zhongguancun Life Science Park"};
    park.pinyin = "zhong guan cun sheng ming ke xue yuan";
    park.pinyin_initials = "zgcsmkxy";
    park.lane = "national";
    park.scope = Scope::Park;
    park.district_id = "haidian";
    park.time.has_start = true;
    park.time.start = date_of(2000, 0, 0);
    park.time.open_end = true;
    park.geo = {true, 40.0937, 116.2784, true};

    Entity subsidy;
    subsidy.id = "iit-subsidy";
    subsidy.type = "subsidy";
    subsidy.name = {"IIT项目补贴", "IIT project subsidy, \"CGT\""};
    subsidy.pinyin = "iit xiang mu bu tie";
    subsidy.pinyin_initials = "ixmbt";
    subsidy.lane = "district";
    subsidy.scope = Scope::District;
    subsidy.district_id = "haidian";
    subsidy.park_id = "zgc-park";
    subsidy.time.has_start = true;
    subsidy.time.start = date_of(2024, 12, 0);
    subsidy.time.has_end = true;
    subsidy.time.end = date_of(2027, 0, 0);
    subsidy.summary = {"每个项目最高补贴50万元。", "Up to CNY 500,000 per project."};
    KeyFigure figure;
    figure.label = {"每个项目最高补贴", "Maximum subsidy per project"};
    figure.value = 500000;
    figure.unit = "CNY";
    figure.display = {"50万元", "CNY 500,000"};
    figure.source = {"article", "每个项目最高补贴50万元。"};
    subsidy.figures.push_back(figure);
    figure.value = 0.1;
    figure.unit = "";
    subsidy.figures.push_back(figure);
    figure.value = -1.25e-7;
    subsidy.figures.push_back(figure);
    subsidy.tags = {"IIT", "CGT", "细胞治疗"};
    subsidy.sources = {{"article", "第一句。"}, {"article", "第二句，含\"引号\"。"}};

    Entity milestone = subsidy;
    milestone.id = "first-dose";
    milestone.type = "milestone";
    milestone.name = {"首例给药", "First dose"};
    milestone.pinyin = "shou li gei yao";
    milestone.pinyin_initials = "slgy";
    milestone.time = TimeSpan{};
    milestone.time.has_start = true;
    milestone.time.start = date_of(2025, 2, 28);
    milestone.figures.clear();
    milestone.tags.clear();
    milestone.district_id.clear();
    milestone.park_id.clear();
    milestone.scope = Scope::Organisation;

    d.entities = {district, park, subsidy, milestone};
    d.links = {{"zgc-park", "haidian", "located_in", {{"article", "园区位于海淀区。"}}},
               {"iit-subsidy",
                "zgc-park",
                "applies_to",
                {{"article", "补贴适用于园区。"}, {"article", "另一句。"}}}};
    return d;
}

// [SECTION] JSON
TEST(DatasetWriter, JsonStringsAreEscaped) {
    std::string out;
    append_json_string(out, "a\"b\\c\nd\te\x01\x1f/é");
    EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\te\\u0001\\u001f/é\"");
}

TEST(DatasetWriter, IndentedLayoutHasOneEntityFieldPerLine) {
    const std::string json = write_dataset_json(full_dataset());
    EXPECT_EQ(json.rfind("{\n  \"format\": \"policy-explorer/1\",\n  \"id\": \"writer-test\",\n", 0), 0u);
    EXPECT_NE(json.find("\n    {\n      \"id\": \"haidian\",\n      \"type\": \"district\",\n"),
              std::string::npos);
    EXPECT_NE(json.find("\"value\": 500000,"), std::string::npos);
    EXPECT_NE(json.find("\"value\": 0.1,"), std::string::npos);
    EXPECT_NE(json.find("\"start\": {\"date\": \"2024-12\", \"precision\": \"month\"}"), std::string::npos);
    EXPECT_NE(json.find("\"ongoing\": true"), std::string::npos);
    EXPECT_NE(json.find("\"geo\": {\"lat\": 40.0937, \"lon\": 116.2784, \"approximate\": true}"),
              std::string::npos);
    EXPECT_EQ(json.substr(json.size() - 7), "\n  ]\n}\n");
}

TEST(DatasetWriter, CompactLayoutHasOneRecordPerLine) {
    const Dataset d = full_dataset();
    const std::string json = write_dataset_json(d, JsonLayout::OneRecordPerLine);
    std::size_t entity_lines = 0;
    std::istringstream lines(json);
    for (std::string line; std::getline(lines, line);) {
        entity_lines +=
            line.rfind("    {\"id\":", 0) == 0 && line.find("\"type\":") != std::string::npos ? 1 : 0;
    }
    EXPECT_EQ(entity_lines, d.entities.size());
    EXPECT_LT(json.size(), write_dataset_json(d).size());
}

TEST(DatasetWriter, RoundTripsEveryField) {
    const Dataset original = full_dataset();
    for (const JsonLayout layout : {JsonLayout::Indented, JsonLayout::OneRecordPerLine}) {
        const std::string json = write_dataset_json(original, layout);
        const LoadResult loaded = load_dataset(json);
        ASSERT_TRUE(loaded.ok()) << describe_errors(loaded, "written") << json;
        EXPECT_EQ(differences(original, *loaded.dataset), "");
        EXPECT_EQ(write_dataset_json(*loaded.dataset, layout), json);
    }
}

TEST(DatasetWriter, RoundTripsTheEmbeddedDataset) {
    const LoadResult first = load_dataset(embedded_dataset_json());
    ASSERT_TRUE(first.ok()) << describe_errors(first, "written");
    const std::string json = write_dataset_json(*first.dataset);
    const LoadResult second = load_dataset(json);
    ASSERT_TRUE(second.ok()) << describe_errors(second, "written");
    EXPECT_EQ(differences(*first.dataset, *second.dataset), "");
    EXPECT_EQ(second.dataset->index.entity_by_id.size(), first.dataset->index.entity_by_id.size());
    EXPECT_EQ(second.dataset->index.events_by_time, first.dataset->index.events_by_time);
}

TEST(DatasetWriter, RoundTripsGeneratedData) {
    const std::string json = synthetic::synthetic_dataset_json(800, 3);
    const LoadResult loaded = load_dataset(json);
    ASSERT_TRUE(loaded.ok()) << describe_errors(loaded, "written");
    EXPECT_EQ(write_dataset_json(*loaded.dataset, JsonLayout::OneRecordPerLine), json);
    EXPECT_EQ(differences(synthetic::synthetic_dataset(800, 3), *loaded.dataset), "");
}

TEST(DatasetWriter, EmptyArraysStayValidJson) {
    Dataset d = full_dataset();
    d.links.clear();
    const std::string json = write_dataset_json(d);
    EXPECT_NE(json.find("\"links\": [\n  ]\n}"), std::string::npos);
    const LoadResult loaded = load_dataset(json);
    ASSERT_TRUE(loaded.ok()) << describe_errors(loaded, "written");
    EXPECT_TRUE(loaded.dataset->links.empty());
}

// [SECTION] CSV
TEST(DatasetWriter, CsvHasTheHeaderAndOneRowPerEntity) {
    const std::string csv = write_entities_csv(full_dataset());
    const std::string expected =
        "id,type,name_zh,name_en,start,end,precision,scope,district,park,tags,lane\r\n"
        "haidian,district,海淀区,Haidian District,,,,district,,,,district\r\n"
        "zgc-park,park,中关村生命科学园,Zhongguancun Life Science "
        "Park,2000,ongoing,year,park,haidian,,,national\r\n"
        "iit-subsidy,subsidy,IIT项目补贴,\"IIT project subsidy, "
        "\"\"CGT\"\"\",2024-12,2027,month,district,haidian,"
        "zgc-park,IIT;CGT;细胞治疗,district\r\n"
        "first-dose,milestone,首例给药,First dose,2025-02-28,,day,organisation,,,,district\r\n";
    EXPECT_EQ(csv, expected);
}

TEST(DatasetWriter, CsvOfChosenRowsInTheirOrder) {
    const std::string csv = write_entities_csv(full_dataset(), {3, 0, 99});
    EXPECT_EQ(csv,
              "id,type,name_zh,name_en,start,end,precision,scope,district,park,tags,lane\r\n"
              "first-dose,milestone,首例给药,First dose,2025-02-28,,day,organisation,,,,district\r\n"
              "haidian,district,海淀区,Haidian District,,,,district,,,,district\r\n");
}

TEST(DatasetWriter, CsvFieldsAreQuotedOnlyWhenNeeded) {
    std::string out;
    append_csv_field(out, "plain");
    out += '|';
    append_csv_field(out, "a,b");
    out += '|';
    append_csv_field(out, "say \"hi\"");
    out += '|';
    append_csv_field(out, "two\r\nlines");
    out += '|';
    append_csv_field(out, "");
    EXPECT_EQ(out, "plain|\"a,b\"|\"say \"\"hi\"\"\"|\"two\r\nlines\"|");
}

}  // namespace
}  // namespace pe

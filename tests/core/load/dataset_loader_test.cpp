// dataset_loader.h on good and bad input: what a valid file turns into (fields, dates,
// figures, indexes), and for bad input the exact place, pointer and wording of errors,
// the limits on hostile input, format_error, and that nothing crashes or throws.
#include "load/dataset_loader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <random>
#include <sstream>

#include "load/utf8.h"
#include "model/dataset_index.h"
#include "model/date.h"
#include "support/load_result_text.h"
#include "support/test_files.h"

namespace pe {
namespace {

std::string minimal_json() {
    return read_file(std::string(PE_TEST_DATA_DIR) + "/good/minimal.json");
}

void expect_error(const LoadError& e, int line, int column, const std::string& pointer,
                  const std::string& message) {
    EXPECT_EQ(e.line, line) << e.message;
    EXPECT_EQ(e.column, column) << e.message;
    EXPECT_EQ(e.pointer, pointer) << e.message;
    EXPECT_EQ(e.message, message);
}

TEST(DatasetLoader, LoadsTheMinimalDataset) {
    const LoadResult result = load_dataset(minimal_json());
    ASSERT_TRUE(result.ok()) << describe_errors(result);
    EXPECT_TRUE(result.errors.empty());
    const Dataset& d = *result.dataset;
    EXPECT_EQ(d.format, "policy-explorer/1");
    EXPECT_EQ(d.id, "sample-stem-cell");
    EXPECT_EQ(d.title.zh, "北京干细胞样例");
    EXPECT_EQ(d.description.en, "A small dataset for the loader tests");
    ASSERT_EQ(d.lanes.size(), 4u);
    EXPECT_EQ(d.lanes[2].id, "district");
    EXPECT_EQ(d.lanes[2].name.zh, "区级政策");
    ASSERT_EQ(d.sources.size(), 1u);
    EXPECT_EQ(d.sources[0].id, "sample-article");
    EXPECT_EQ(d.sources[0].publisher, "Sample publisher");
    EXPECT_EQ(d.sources[0].published, "2025-11-10");
    EXPECT_EQ(d.sources[0].url, "");
    EXPECT_EQ(d.sources[0].language, "zh");
    ASSERT_EQ(d.entities.size(), 10u);
    ASSERT_EQ(d.links.size(), 5u);
}

TEST(DatasetLoader, FillsEveryEntityField) {
    const LoadResult result = load_dataset(minimal_json());
    ASSERT_TRUE(result.ok()) << describe_errors(result);
    const Dataset& d = *result.dataset;

    const Entity* subsidy = find_entity(d, "haidian-iit-cgt-subsidy");
    ASSERT_NE(subsidy, nullptr);
    EXPECT_EQ(subsidy->type, "subsidy");
    EXPECT_EQ(subsidy->name.zh, "海淀区IIT研究CGT药物补贴");
    EXPECT_EQ(subsidy->name.en, "Haidian subsidy for CGT drugs in IIT studies");
    EXPECT_EQ(subsidy->pinyin, "hai dian qu iit yan jiu cgt yao wu bu tie");
    EXPECT_EQ(subsidy->pinyin_initials, "hdqiyjcywbt");
    EXPECT_EQ(subsidy->lane, "district");
    EXPECT_EQ(subsidy->scope, Scope::District);
    EXPECT_EQ(subsidy->district_id, "haidian");
    EXPECT_EQ(subsidy->park_id, "");
    EXPECT_FALSE(subsidy->time.has_start);
    EXPECT_FALSE(subsidy->time.has_end);
    EXPECT_FALSE(subsidy->time.open_end);
    EXPECT_EQ(subsidy->summary.en, "Pays 30% of the actual costs.");
    EXPECT_EQ(subsidy->tags, (std::vector<DataString>{"IIT", "CGT"}));
    ASSERT_EQ(subsidy->figures.size(), 2u);
    EXPECT_EQ(subsidy->figures[0].label.en, "Maximum subsidy per project");
    EXPECT_EQ(subsidy->figures[0].value, 500000.0);
    EXPECT_EQ(subsidy->figures[0].unit, "CNY");
    EXPECT_EQ(subsidy->figures[0].display.zh, "50万元");
    EXPECT_EQ(subsidy->figures[0].display.en, "CNY 500,000");
    EXPECT_EQ(subsidy->figures[0].source.source_id, "sample-article");
    EXPECT_EQ(subsidy->figures[1].value, 3000000.0);
    ASSERT_EQ(subsidy->sources.size(), 1u);
    EXPECT_EQ(subsidy->sources[0].source_id, "sample-article");
    EXPECT_NE(subsidy->sources[0].quote.find("每个项目最高50万元"), std::string::npos);
    EXPECT_FALSE(subsidy->geo.present);

    const Entity* haidian = find_entity(d, "haidian");
    ASSERT_NE(haidian, nullptr);
    EXPECT_TRUE(haidian->geo.present);
    EXPECT_DOUBLE_EQ(haidian->geo.lat, 39.96);
    EXPECT_DOUBLE_EQ(haidian->geo.lon, 116.3);
    EXPECT_TRUE(haidian->geo.approximate);
    EXPECT_TRUE(haidian->figures.empty());
    EXPECT_TRUE(haidian->tags.empty());

    const Entity* track = find_entity(d, "dual-track");
    ASSERT_NE(track, nullptr);
    EXPECT_TRUE(track->time.has_start);
    EXPECT_EQ(track->time.start.year, 2015);
    EXPECT_EQ(track->time.start.month, 0);
    EXPECT_EQ(track->time.start.precision, DatePrecision::Year);
    EXPECT_TRUE(track->time.open_end);
    EXPECT_FALSE(track->time.has_end);
    EXPECT_EQ(track->scope, Scope::National);

    const Entity* statistic = find_entity(d, "iit-filed-institutions-2025");
    ASSERT_NE(statistic, nullptr);
    EXPECT_EQ(format_date(statistic->time.start), "2025-05");
    EXPECT_EQ(statistic->time.start.precision, DatePrecision::Month);
    EXPECT_EQ(statistic->figures[0].value, 20.0);

    const Entity* company = find_entity(d, "bosheng-zhuoyue");
    ASSERT_NE(company, nullptr);
    EXPECT_EQ(company->scope, Scope::Organisation);

    const Link& link = d.links[2];
    EXPECT_EQ(link.from, "amimestrocel");
    EXPECT_EQ(link.to, "bosheng-zhuoyue");
    EXPECT_EQ(link.relation, "developed_by");
    ASSERT_EQ(link.sources.size(), 1u);
    EXPECT_EQ(link.sources[0].source_id, "sample-article");
}

TEST(DatasetLoader, BuildsTheIndexes) {
    const LoadResult result = load_dataset(minimal_json());
    ASSERT_TRUE(result.ok()) << describe_errors(result);
    const Dataset& d = *result.dataset;
    const DatasetIndex& index = d.index;
    EXPECT_EQ(index.entity_by_id.size(), 10u);
    EXPECT_EQ(index.entity_by_id.at("amimestrocel"), 7u);
    EXPECT_EQ(index.entities_by_type.at("milestone"), (std::vector<std::uint32_t>{8, 9}));
    std::vector<std::string> events;
    for (const std::uint32_t i : index.events_by_time) events.push_back(d.entities[i].id.str());
    EXPECT_EQ(events, (std::vector<std::string>{"dual-track", "stem-cell-clinical-research-measures",
                                                "beijing-iit-expert-committee", "first-production-licence",
                                                "iit-filed-institutions-2025", "first-prescription"}));
    EXPECT_EQ(index.links_out[7], (std::vector<std::uint32_t>{2}));
    EXPECT_EQ(index.links_in[7], (std::vector<std::uint32_t>{3, 4}));
    EXPECT_EQ(index.links_in[2], (std::vector<std::uint32_t>{1}));
    EXPECT_EQ(index.links_out[2], (std::vector<std::uint32_t>{}));
}

TEST(DatasetLoader, KeepsTheStringsInTheDatasetsArenaOnceEach) {
    const LoadResult result = load_dataset(minimal_json());
    ASSERT_TRUE(result.ok());
    const Dataset& d = *result.dataset;
    ASSERT_NE(d.strings, nullptr);
    ASSERT_FALSE(d.links.empty());
    for (const Entity& e : d.entities) {
        EXPECT_FALSE(e.id.owned() || e.name.zh.owned() || e.summary.en.owned()) << e.id;
    }
    for (const Link& link : d.links) {  // the ends view their entities' own ids
        EXPECT_EQ(link.from.data(), find_entity(d, link.from)->id.data()) << link.from;
        EXPECT_EQ(link.to.data(), find_entity(d, link.to)->id.data()) << link.to;
    }
    // Repeated values (types, relations, source ids) are stored once.
    const DataString* first_source = nullptr;
    for (const Entity& e : d.entities) {
        for (const SourceRef& ref : e.sources) {
            if (first_source != nullptr && ref.source_id == *first_source) {
                EXPECT_EQ(ref.source_id.data(), first_source->data());
            }
            if (first_source == nullptr) first_source = &ref.source_id;
        }
        const auto same_type = std::find_if(d.entities.begin(), d.entities.end(),
                                            [&](const Entity& other) { return other.type == e.type; });
        EXPECT_EQ(same_type->type.data(), e.type.data());
    }
}

TEST(DatasetLoader, IsAPureFunction) {
    const std::string text = minimal_json();
    const LoadResult a = load_dataset(text);
    const LoadResult b = load_dataset(text);
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(b.ok());
    EXPECT_NE(a.dataset.get(), b.dataset.get());
    EXPECT_EQ(a.dataset->entities.size(), b.dataset->entities.size());

    // A bad file gives no dataset: a caller that keeps its own until a load succeeds
    // keeps it.
    std::shared_ptr<const Dataset> current = a.dataset;
    const LoadResult bad = load_dataset("{\"format\": ");
    EXPECT_FALSE(bad.ok());
    EXPECT_EQ(bad.dataset, nullptr);
    if (bad.ok()) current = bad.dataset;
    EXPECT_EQ(current, a.dataset);
    EXPECT_EQ(current->entities.size(), 10u);
}

TEST(DatasetLoader, SyntaxErrorsGiveWhereTheParserStopped) {
    LoadResult r = load_dataset("{\n  \"a\": 1,\n}");
    ASSERT_EQ(r.errors.size(), 1u) << describe_errors(r);
    expect_error(r.errors[0], 3, 1, "",
                 "syntax error while parsing object key - unexpected '}'; expected string literal");

    r = load_dataset("");
    ASSERT_EQ(r.errors.size(), 1u);
    expect_error(
        r.errors[0], 1, 1, "",
        "syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal");

    r = load_dataset("{\"title\": {\"zh\": \"abc");
    ASSERT_EQ(r.errors.size(), 1u);
    expect_error(
        r.errors[0], 1, 22, "/title/zh",
        "syntax error while parsing value - invalid string: missing closing quote; last read: '\"abc'");

    r = load_dataset("{\"lanes\": [1, 2,, 3]}");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].column, 17);
    EXPECT_EQ(r.errors[0].pointer, "/lanes");
}

TEST(DatasetLoader, TheDocumentMustBeAnObject) {
    LoadResult r = load_dataset("  [1, 2]");
    ASSERT_EQ(r.errors.size(), 1u);
    expect_error(r.errors[0], 1, 3, "", "expected an object, found an array");
    r = load_dataset("\"text\"");
    ASSERT_EQ(r.errors.size(), 1u);
    expect_error(r.errors[0], 1, 1, "", "expected an object, found a string");
}

TEST(DatasetLoader, AcceptsAByteOrderMark) {
    const LoadResult bom = load_dataset("\xEF\xBB\xBF" + minimal_json());
    EXPECT_TRUE(bom.ok()) << describe_errors(bom);
    const LoadResult r = load_dataset("\xEF\xBB\xBF{}");
    ASSERT_EQ(r.errors.size(), 8u);
    EXPECT_EQ(r.errors[0].line, 1);
    EXPECT_EQ(r.errors[0].column, 4);
}

TEST(DatasetLoader, ReportsEveryMissingFieldAtTheObject) {
    const LoadResult r = load_dataset("\n {}");
    ASSERT_EQ(r.errors.size(), 8u) << describe_errors(r);
    for (const LoadError& e : r.errors) {
        EXPECT_EQ(e.line, 2);
        EXPECT_EQ(e.column, 2);
        EXPECT_EQ(e.pointer, "");
    }
    EXPECT_EQ(r.errors[0].message, "missing required field \"format\"");
    EXPECT_EQ(r.errors[7].message, "missing required field \"links\"");
}

TEST(DatasetLoader, CountsErrorsPastTheMaximumInOneLastMessage) {
    LoadLimits limits;
    limits.max_errors = 3;
    const LoadResult r = load_dataset("{}", limits);
    ASSERT_EQ(r.errors.size(), 4u);
    EXPECT_EQ(r.errors[3].line, 0);
    EXPECT_EQ(r.errors[3].message, "5 more errors not shown");
    EXPECT_EQ(format_error("f.json", r.errors[3]), "f.json: /: 5 more errors not shown");
}

// However the errors fall (all in the skeleton, spread over many entities, past the cap
// in the first piece), the capped load shows the first ones and counts exactly the rest.
TEST(DatasetLoader, TheCountOfErrorsNotShownIsExact) {
    std::string spread = minimal_json();
    const std::size_t entities = spread.find("\"entities\": [") + 14;
    spread.insert(entities, "{}, {\"id\": 1}, {}, ");
    for (const std::string& text : {std::string("{}"), spread}) {
        const LoadResult all = load_dataset(text);
        ASSERT_GT(all.errors.size(), 6u) << text;
        for (const std::size_t cap : {1u, 3u, 5u}) {
            LoadLimits limits;
            limits.max_errors = cap;
            const LoadResult capped = load_dataset(text, limits);
            ASSERT_EQ(capped.errors.size(), cap + 1) << describe_errors(capped);
            EXPECT_EQ(capped.errors.back().message,
                      std::to_string(all.errors.size() - cap) + " more errors not shown")
                << "cap " << cap << " of " << all.errors.size();
        }
    }
}

TEST(DatasetLoader, RejectsDeepNestingQuicklyAndSafely) {
    for (const char open : {'[', '{'}) {
        std::string deep;
        if (open == '[') {
            deep.assign(1000000, '[');
        } else {
            for (int i = 0; i < 1000000; ++i) deep += "{\"a\":";
        }
        const auto start = std::chrono::steady_clock::now();
        const LoadResult r = load_dataset(deep);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        ASSERT_EQ(r.errors.size(), 1u) << describe_errors(r);
        EXPECT_EQ(r.errors[0].line, 1);
        EXPECT_EQ(r.errors[0].column, open == '[' ? 65 : 64 * 5 + 1);
        EXPECT_EQ(r.errors[0].message, "nesting is deeper than the limit of 64 levels");
        EXPECT_EQ(r.errors[0].pointer.size(), open == '[' ? 128u : 128u);
        EXPECT_LT(seconds, 2.0);
    }
}

TEST(DatasetLoader, NestingWithinTheLimitIsNotAnError) {
    LoadLimits limits;
    limits.max_depth = 6;  // the format itself needs 6: document, entities, entity, figures, figure, label
    const LoadResult r = load_dataset(minimal_json(), limits);
    EXPECT_TRUE(r.ok()) << describe_errors(r);
    limits.max_depth = 5;
    const LoadResult r5 = load_dataset(minimal_json(), limits);
    ASSERT_FALSE(r5.ok());
    EXPECT_EQ(r5.errors[0].message, "nesting is deeper than the limit of 5 levels");
    EXPECT_EQ(r5.errors[0].pointer, "/entities/3/figures/0/label");
}

TEST(DatasetLoader, RejectsInputOverTheSizeLimitUnread) {
    LoadLimits limits;
    limits.max_bytes = 100;
    const LoadResult r = load_dataset(std::string(101, ' '), limits);
    ASSERT_EQ(r.errors.size(), 1u);
    expect_error(r.errors[0], 1, 1, "", "the input is 101 bytes, more than the limit of 100 bytes");
    const LoadResult at_limit = load_dataset(std::string(100, ' '), limits);
    ASSERT_EQ(at_limit.errors.size(), 1u);
    EXPECT_NE(at_limit.errors[0].message.find("syntax error"), std::string::npos);
}

TEST(DatasetLoader, ReportsEveryOverLongString) {
    LoadLimits limits;
    limits.max_string_bytes = 4;
    const LoadResult r = load_dataset(
        "{\"id\": \"abcd\", \"format\": \"abcde\",\n \"toolong\": 1, \"x\": \"a\\\"bc\"}", limits);
    ASSERT_EQ(r.errors.size(), 4u) << describe_errors(r);
    expect_error(r.errors[0], 1, 16, "", "a string of 6 bytes is longer than the limit of 4 bytes");  // a key
    expect_error(r.errors[1], 1, 26, "/format", "a string of 5 bytes is longer than the limit of 4 bytes");
    expect_error(r.errors[2], 2, 2, "", "a string of 7 bytes is longer than the limit of 4 bytes");
    expect_error(r.errors[3], 2, 21, "/x", "a string of 5 bytes is longer than the limit of 4 bytes");
}

TEST(DatasetLoader, ReportsEveryInvalidUtf8Sequence) {
    const std::string text =
        "{\"a\": \"ok \xE5\xA5\xBD\", \"b\": \"\xFF\",\n\"c\": [\"x\xE5\xA5\", \"\xED\xA0\x80\"]}";
    const LoadResult r = load_dataset(text);
    ASSERT_EQ(r.errors.size(), 3u) << describe_errors(r);
    // One error per malformed sequence: a cut-short one (E5 A5) and a surrogate (ED A0 80).
    expect_error(r.errors[0], 1, 23, "/b", "invalid UTF-8: byte 0xFF does not begin a well-formed sequence");
    expect_error(r.errors[1], 2, 9, "/c/0", "invalid UTF-8: byte 0xE5 does not begin a well-formed sequence");
    expect_error(r.errors[2], 2, 15, "/c/1",
                 "invalid UTF-8: byte 0xED does not begin a well-formed sequence");
}

TEST(DatasetLoader, ADuplicatedKeyIsAnError) {
    std::string text = minimal_json();
    const std::string once = "\"id\": \"sample-stem-cell\",";
    text.replace(text.find(once), once.size(), once + " \"id\": \"sample-stem-cell\",");
    const LoadResult r = load_dataset(text);
    ASSERT_EQ(r.errors.size(), 1u) << describe_errors(r);
    expect_error(r.errors[0], 3, 29, "/id", "field \"id\" appears twice in the same object");
}

TEST(DatasetLoader, EntitiesAndLinksMustBeArrays) {
    std::string text = minimal_json();
    const std::size_t entities = text.find("\"entities\": [");
    // The entities array becomes an object and the links array a number.
    const std::string replaced = text.substr(0, entities) + "\"entities\": {}, \"links\": 5\n}\n";
    const LoadResult r = load_dataset(replaced);
    ASSERT_EQ(r.errors.size(), 2u) << describe_errors(r);
    EXPECT_EQ(r.errors[0].pointer, "/entities");
    EXPECT_EQ(r.errors[0].message, "expected an array, found an object");
    EXPECT_EQ(r.errors[1].pointer, "/links");
    EXPECT_EQ(r.errors[1].message, "expected an array, found a number");
}

TEST(DatasetLoader, EmptyEntitiesIsAnError) {
    std::string text = minimal_json();
    const std::size_t entities = text.find("\"entities\": [");
    const LoadResult r = load_dataset(text.substr(0, entities) + "\"entities\": [], \"links\": []\n}\n");
    ASSERT_EQ(r.errors.size(), 1u) << describe_errors(r);
    EXPECT_EQ(r.errors[0].pointer, "/entities");
    EXPECT_EQ(r.errors[0].message, "must hold at least 1 item");
}

TEST(DatasetLoader, FormatsErrorsForTheCommandLine) {
    LoadError e;
    e.line = 12;
    e.column = 7;
    e.pointer = "/entities/3/start/date";
    e.message = "\"2025-02-30\" is not a calendar date: February 2025 has 28 days";
    EXPECT_EQ(format_error("data.json", e),
              "data.json:12:7: /entities/3/start/date: \"2025-02-30\" is not a calendar date: February 2025 "
              "has 28 days");
    e.pointer = "";
    e.message = "expected an object, found an array";
    EXPECT_EQ(format_error("data.json", e), "data.json:12:7: /: expected an object, found an array");
}

TEST(DatasetLoader, SyntaxMessagesAreValidUtf8) {
    // The parser reads byte by byte and quotes what it read: here the first byte of 中.
    const LoadResult r = load_dataset("{\"a\": \xE4\xB8\xAD}");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].column, 7);
    EXPECT_TRUE(is_valid_utf8(r.errors[0].message)) << r.errors[0].message;
    EXPECT_NE(r.errors[0].message.find("invalid literal"), std::string::npos);
}

TEST(Utf8, SequenceLengths) {
    EXPECT_EQ(utf8_sequence_length("a", 0), 1u);
    EXPECT_EQ(utf8_sequence_length("\xC3\xA9", 0), 2u);          // é
    EXPECT_EQ(utf8_sequence_length("\xE4\xB8\xAD", 0), 3u);      // 中
    EXPECT_EQ(utf8_sequence_length("\xF0\x9F\x98\x80", 0), 4u);  // 😀
    EXPECT_EQ(utf8_sequence_length("\xE4\xB8", 0), 0u);          // cut short
    EXPECT_EQ(utf8_sequence_length("\xB8", 0), 0u);              // a continuation byte
    EXPECT_EQ(utf8_sequence_length("\xC0\xAF", 0), 0u);          // overlong '/'
    EXPECT_EQ(utf8_sequence_length("\xE0\x80\xAF", 0), 0u);      // overlong
    EXPECT_EQ(utf8_sequence_length("\xED\xA0\x80", 0), 0u);      // surrogate U+D800
    EXPECT_EQ(utf8_sequence_length("\xED\x9F\xBF", 0), 3u);      // U+D7FF
    EXPECT_EQ(utf8_sequence_length("\xF4\x90\x80\x80", 0), 0u);  // above U+10FFFF
    EXPECT_EQ(utf8_sequence_length("\xF4\x8F\xBF\xBF", 0), 4u);  // U+10FFFF
    EXPECT_EQ(utf8_sequence_length("\xFF", 0), 0u);
    EXPECT_EQ(utf8_sequence_length("", 0), 0u);
}

TEST(Utf8, FindsAndRepairsMalformedSequences) {
    EXPECT_EQ(find_invalid_utf8("abc \xE4\xB8\xAD"), std::string_view::npos);
    EXPECT_EQ(find_invalid_utf8("ab\xE4\xB8 x"), 2u);
    EXPECT_TRUE(is_valid_utf8(""));
    EXPECT_EQ(repair_utf8("a\xE4\xB8"
                          "b\xFF\xC3\xA9"),
              "a\xEF\xBF\xBD"
              "b\xEF\xBF\xBD\xC3\xA9");
    std::string out;
    append_utf8(out, U'中');
    append_utf8(out, 0x1F600);
    append_utf8(out, 0xD800);
    EXPECT_EQ(out, "\xE4\xB8\xAD\xF0\x9F\x98\x80\xEF\xBF\xBD");
}

// Every prefix and many corrupted copies of a valid file: the loader must return (with
// errors, never with a dataset built from a broken text), never crash, never throw.
TEST(DatasetLoader, SurvivesTruncatedAndCorruptedInput) {
    const std::string text = minimal_json();
    for (std::size_t length = 0; length + 1 < text.size(); length += 13) {  // all lack the last '}'
        const LoadResult r = load_dataset(std::string_view(text).substr(0, length));
        ASSERT_FALSE(r.ok()) << length;
        ASSERT_FALSE(r.errors.empty()) << length;
        for (const LoadError& e : r.errors) ASSERT_GE(e.line, 1) << length << ": " << e.message;
    }
    std::mt19937 random(12345);
    const char replacements[] = {'{', '}', '[', ']', '"', ',', ':', '\\', '\0', '\xFF', 'x', '1', ' ', '-'};
    for (int round = 0; round < 600; ++round) {
        std::string copy = text;
        const int changes = 1 + static_cast<int>(random() % 4);
        for (int k = 0; k < changes; ++k) {
            const std::size_t at = random() % copy.size();
            copy[at] = replacements[random() % sizeof(replacements)];
        }
        const LoadResult r = load_dataset(copy);
        if (!r.ok()) {
            ASSERT_FALSE(r.errors.empty());
        } else {
            ASSERT_TRUE(r.errors.empty());
        }
    }
}

}  // namespace
}  // namespace pe

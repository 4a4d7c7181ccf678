#include "text/string_table.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "load/embedded_assets.h"
#include "model/entity_types.h"
#include "support/test_files.h"
#include "text/text_format.h"

namespace pe {
namespace {

// Every problem with the table's placeholders, "key: what": a key whose two translations use
// different placeholders, or a translation that holds a printf conversion.
std::vector<std::string> placeholder_problems(const StringTable& table) {
    static const std::regex printf_conversion(
        R"(%[-+#0]*(\*|[0-9]+)?(\.(\*|[0-9]+))?(hh|h|ll|l|j|z|t|L)?[diouxXeEfFgGaAcspn%])");
    std::vector<std::string> problems;
    for (const auto& [key, text] : table.entries) {
        if (placeholder_indices(text.zh) != placeholder_indices(text.en))
            problems.push_back(key + ": zh and en use different placeholders");
        for (const std::string* translation : {&text.zh, &text.en}) {
            if (std::regex_search(*translation, printf_conversion))
                problems.push_back(key + ": a printf conversion in \"" + *translation + "\"");
        }
    }
    return problems;
}

TEST(StringTable, LooksUpBothLanguagesWithEnglishFallbackAndVisibleMissingKeys) {
    const StringTableLoad load = load_string_table(R"({"a": {"zh": "甲", "en": "A"}})");
    ASSERT_TRUE(load.errors.empty());
    EXPECT_EQ(lookup(load.table, "a", Language::Zh), "甲");
    EXPECT_EQ(lookup(load.table, "a", Language::En), "A");
    EXPECT_EQ(lookup(load.table, "no.such.key", Language::Zh), "no.such.key");
}

TEST(StringTable, ReportsMalformedEntriesAndKeepsTheRest) {
    const StringTableLoad load = load_string_table(
        R"({"ok": {"zh": "好", "en": "OK"}, "bad": {"zh": "坏"}, "empty": {"zh": "", "en": "E"}})");
    ASSERT_EQ(load.errors.size(), 2u);
    EXPECT_EQ(lookup(load.table, "ok", Language::Zh), "好");
    EXPECT_EQ(lookup(load.table, "empty", Language::Zh), "E");  // falls back to English
    EXPECT_FALSE(load_string_table("[1, 2]").errors.empty());
    EXPECT_FALSE(load_string_table("{not json").errors.empty());
}

TEST(EmbeddedStringTable, EveryKeyHasChineseAndEnglish) {
    const StringTableLoad load = load_string_table(embedded_ui_strings_json());
    EXPECT_TRUE(load.errors.empty()) << load.errors.front();
    EXPECT_GT(load.table.entries.size(), 20u);
}

TEST(EmbeddedStringTable, NamesEveryEntityTypeAndRelation) {
    const StringTable table = load_string_table(embedded_ui_strings_json()).table;
    for (const std::string_view type : kEntityTypes) {
        EXPECT_EQ(table.entries.count("type." + std::string(type)), 1u) << type;
    }
    for (const std::string_view relation : kRelationTypes) {
        EXPECT_EQ(table.entries.count("relation." + std::string(relation)), 1u) << relation;
    }
}

// A key is used when the sources name it as a literal ("tab.figures"), or when it is one of
// the keys made from a vocabulary: "type.<entity type>", "scope.<scope>",
// "relation.<relation>" and its ".out" / ".in" phrasings.
bool key_is_used(const std::string& key, const std::string& sources) {
    if (sources.find('"' + key + '"') != std::string::npos) return true;
    const auto after = [&](std::string_view prefix) {
        return key.rfind(prefix, 0) == 0 ? std::string_view(key).substr(prefix.size()) : std::string_view();
    };
    if (const std::string_view type = after("type."); !type.empty()) return is_entity_type(type);
    if (const std::string_view scope = after("scope."); !scope.empty()) return parse_scope(scope).has_value();
    std::string_view relation = after("relation.");
    for (const std::string_view direction : {".out", ".in"}) {
        if (relation.size() > direction.size() &&
            relation.substr(relation.size() - direction.size()) == direction)
            relation.remove_suffix(direction.size());
    }
    return !relation.empty() && is_relation_type(relation);
}

TEST(EmbeddedStringTable, EveryKeyIsUsed) {
    std::string sources;
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(std::filesystem::path(PE_SOURCE_DIR) / "app")) {
        const std::string extension = entry.path().extension().string();
        if (extension == ".cpp" || extension == ".h") sources += read_file(entry.path());
    }
    ASSERT_GT(sources.size(), 100000u);
    const StringTable table = load_string_table(embedded_ui_strings_json()).table;
    std::string unused;
    for (const auto& [key, text] : table.entries) {
        if (!key_is_used(key, sources)) unused += key + " ";
    }
    EXPECT_TRUE(unused.empty()) << "keys no code uses (remove them, or use them): " << unused;
    EXPECT_FALSE(key_is_used("type.not-a-type", sources));
    EXPECT_FALSE(key_is_used("relation.enables.sideways", sources));
}

TEST(EmbeddedStringTable, BothLanguagesUseTheSamePlaceholdersAndNoPrintfConversions) {
    const StringTable table = load_string_table(embedded_ui_strings_json()).table;
    const std::vector<std::string> problems = placeholder_problems(table);
    EXPECT_TRUE(problems.empty()) << problems.size() << " problems, the first: " << problems.front();
    // The keys the UI formats, with the placeholders it fills.
    EXPECT_EQ(placeholder_indices(lookup(table, "filter.shown", Language::Zh)),
              (std::vector<std::size_t>{0, 1}));
    EXPECT_EQ(placeholder_indices(lookup(table, "timeline.undated", Language::En)),
              (std::vector<std::size_t>{0}));
}

TEST(StringTablePlaceholders, TheCheckFindsMismatchesAndPrintfConversions) {
    const StringTable table = load_string_table(R"({
        "same": {"zh": "{1} 和 {0}", "en": "{0} and {1}, {0}"},
        "fewer": {"zh": "{0}", "en": "none"},
        "other": {"zh": "{0}", "en": "{1}"},
        "printf": {"zh": "%d 个", "en": "{0} of them"},
        "sized": {"zh": "{0}", "en": "%zu of {0} shown, %.2f ms"},
        "percent": {"zh": "百分之百", "en": "100%% sure"},
        "literal": {"zh": "{{0}}", "en": "{{0}}"}
    })")
                                  .table;
    std::vector<std::string> problems = placeholder_problems(table);
    std::sort(problems.begin(), problems.end());
    ASSERT_EQ(problems.size(), 6u);
    EXPECT_EQ(problems[0].rfind("fewer:", 0), 0u);
    EXPECT_EQ(problems[1].rfind("other:", 0), 0u);
    EXPECT_EQ(problems[2].rfind("percent:", 0), 0u);
    EXPECT_EQ(problems[3].rfind("printf: a printf", 0), 0u);
    EXPECT_EQ(problems[4].rfind("printf: zh and en", 0), 0u);
    EXPECT_EQ(problems[5].rfind("sized:", 0), 0u);
}

}  // namespace
}  // namespace pe

#include "text/string_table.h"

#include <gtest/gtest.h>

#include "load/embedded_assets.h"
#include "model/entity_types.h"

namespace pe {
namespace {

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

}  // namespace
}  // namespace pe

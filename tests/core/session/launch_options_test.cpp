#include "session/launch_options.h"

#include <gtest/gtest.h>

namespace pe {
namespace {

TEST(LaunchOptions, NoArgumentsMeansEmbeddedDataAndNoLanguage) {
    const LaunchOptions options = parse_launch_options({});
    EXPECT_FALSE(options.has_language);
    EXPECT_TRUE(options.data_path.empty());
    EXPECT_TRUE(options.errors.empty());
}

TEST(LaunchOptions, LanguageAndData) {
    const LaunchOptions options =
        parse_launch_options({"--lang", "zh-CN", "--data", "my.json", "--select", "x"});
    EXPECT_TRUE(options.has_language);
    EXPECT_EQ(options.language, Language::Zh);
    EXPECT_EQ(options.data_path, "my.json");
    EXPECT_EQ(options.select_id, "x");
    EXPECT_TRUE(options.errors.empty());
}

TEST(LaunchOptions, MissingValueAndUnknownArgumentAreErrors) {
    const LaunchOptions options = parse_launch_options({"--frobnicate", "--data"});
    ASSERT_EQ(options.errors.size(), 2u);
    EXPECT_EQ(options.errors[0], "unknown argument: --frobnicate");
    EXPECT_EQ(options.errors[1], "--data needs a value");
}

TEST(LanguageFromLocale, PosixLocalesAndBcp47Tags) {
    EXPECT_EQ(language_from_locale("zh_CN.UTF-8"), Language::Zh);
    EXPECT_EQ(language_from_locale("zh-Hant-TW"), Language::Zh);
    EXPECT_EQ(language_from_locale("en-US"), Language::En);
    EXPECT_EQ(language_from_locale("C"), Language::En);
    EXPECT_EQ(language_from_locale("fr_FR"), Language::En);
    EXPECT_EQ(language_from_locale(""), Language::En);
}

}  // namespace
}  // namespace pe

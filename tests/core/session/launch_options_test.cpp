#include "session/launch_options.h"

#include <gtest/gtest.h>

#include "load/embedded_assets.h"
#include "session/app_session.h"

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

TEST(LaunchOptions, BecomeLanguageThenSelectCommands) {
    EXPECT_TRUE(launch_commands(parse_launch_options({"--data", "my.json"})).empty());
    const std::vector<SessionCommand> commands =
        launch_commands(parse_launch_options({"--select", "x", "--lang", "zh_CN.UTF-8"}));
    ASSERT_EQ(commands.size(), 2u);
    EXPECT_EQ(commands[0].kind, CommandKind::Language);
    EXPECT_EQ(commands[0].argument, "zh");  // the parsed language, so any locale is accepted
    EXPECT_EQ(commands[1].kind, CommandKind::Select);
    EXPECT_EQ(commands[1].argument, "x");
}

TEST(LaunchOptions, AppliedCommandsChangeTheSessionAndAnUnknownIdIsReported) {
    AppSession session;
    ASSERT_TRUE(start_session(session, embedded_dataset_json(), embedded_ui_strings_json(), Language::En));
    const std::string id = session.dataset->entities.front().id.str();
    EXPECT_TRUE(
        apply_launch_commands(session, parse_launch_options({"--lang", "fr_FR", "--select", id})).empty());
    EXPECT_EQ(session.state.language, Language::En);
    EXPECT_EQ(session.state.selected_id, id);
    const std::vector<std::string> errors =
        apply_launch_commands(session, parse_launch_options({"--lang", "zh", "--select", "nobody"}));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0], "--select nobody: no such entity");
    EXPECT_EQ(session.state.language, Language::Zh);
    EXPECT_EQ(session.state.selected_id, id);
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

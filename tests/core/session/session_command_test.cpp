// apply_command: the one way the page API and the desktop command line change the session.
#include "session/session_command.h"

#include <gtest/gtest.h>

#include "load/embedded_assets.h"
#include "session/app_session.h"

namespace pe {
namespace {

AppSession started_session() {
    AppSession session;
    EXPECT_TRUE(start_session(session, embedded_dataset_json(), embedded_ui_strings_json(), Language::En));
    return session;
}

TEST(SessionCommand, SelectTakesAnExistingIdAndAnEmptyOneClears) {
    AppSession session = started_session();
    const std::string id = session.dataset->entities.back().id;
    EXPECT_EQ(apply_command(session, {CommandKind::Select, id}), CommandResult::Applied);
    EXPECT_EQ(session.state.selected_id, id);
    EXPECT_EQ(apply_command(session, {CommandKind::Select, "does-not-exist"}), CommandResult::UnknownId);
    EXPECT_EQ(session.state.selected_id, id);
    EXPECT_EQ(apply_command(session, {CommandKind::Select, ""}), CommandResult::Applied);
    EXPECT_TRUE(session.state.selected_id.empty());
}

TEST(SessionCommand, SelectBeforeAnyDatasetIsRefused) {
    AppSession session;  // not started: no dataset
    EXPECT_EQ(apply_command(session, {CommandKind::Select, ""}), CommandResult::NoDataset);
}

TEST(SessionCommand, LanguageTakesZhAndEnTagsOnly) {
    AppSession session = started_session();
    EXPECT_EQ(apply_command(session, {CommandKind::Language, "zh-CN"}), CommandResult::Applied);
    EXPECT_EQ(session.state.language, Language::Zh);
    EXPECT_EQ(apply_command(session, {CommandKind::Language, "fr"}), CommandResult::BadValue);
    EXPECT_EQ(session.state.language, Language::Zh);
    EXPECT_EQ(apply_command(session, {CommandKind::Language, "en"}), CommandResult::Applied);
    EXPECT_EQ(session.state.language, Language::En);
}

TEST(SessionCommand, ThemeTakesDarkAndLightInAnyCase) {
    AppSession session = started_session();
    EXPECT_EQ(apply_command(session, {CommandKind::Theme, "Light"}), CommandResult::Applied);
    EXPECT_EQ(session.state.theme, Theme::Light);
    EXPECT_EQ(apply_command(session, {CommandKind::Theme, "sepia"}), CommandResult::BadValue);
    EXPECT_EQ(session.state.theme, Theme::Light);
}

TEST(SessionCommand, ViewTakesOnlyTheLowerTabs) {
    AppSession session = started_session();
    EXPECT_EQ(apply_command(session, {CommandKind::View, "figures"}), CommandResult::Applied);
    EXPECT_EQ(session.state.view, View::Figures);
    EXPECT_EQ(apply_command(session, {CommandKind::View, "Figures"}), CommandResult::BadValue);
    EXPECT_EQ(apply_command(session, {CommandKind::View, "overview"}), CommandResult::BadValue);
    EXPECT_EQ(session.state.view, View::Figures);
    EXPECT_EQ(apply_command(session, {CommandKind::View, "entities"}), CommandResult::Applied);
    EXPECT_EQ(session.state.view, View::Entities);
}

}  // namespace
}  // namespace pe

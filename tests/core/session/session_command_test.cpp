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
    const std::string id = session.dataset->entities.back().id.str();
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

// Language, theme, view and tab as one text, "zh/dark/timeline/entities", to check all four
// after each step.
std::string look(const ViewState& state) {
    return std::string(language_code(state.language)) + "/" + std::string(theme_name(state.theme)) + "/" +
           std::string(view_name(state.view)) + "/" + std::string(tab_name(state.tab));
}

TEST(SessionCommand, LanguageThemeViewAndTabTakeOnlyTheirNames) {
    struct Step {
        CommandKind kind;
        const char* argument;
        CommandResult result;
        const char* after;
    };
    const Step steps[] = {
        {CommandKind::Language, "zh-CN", CommandResult::Applied, "zh/dark/timeline/entities"},
        {CommandKind::Language, "fr", CommandResult::BadValue, "zh/dark/timeline/entities"},
        {CommandKind::Language, "en", CommandResult::Applied, "en/dark/timeline/entities"},
        {CommandKind::Theme, "Light", CommandResult::Applied, "en/light/timeline/entities"},  // any case
        {CommandKind::Theme, "sepia", CommandResult::BadValue, "en/light/timeline/entities"},
        {CommandKind::Tab, "figures", CommandResult::Applied, "en/light/timeline/figures"},
        {CommandKind::Tab, "Figures", CommandResult::BadValue, "en/light/timeline/figures"},  // exact names
        {CommandKind::Tab, "network", CommandResult::BadValue, "en/light/timeline/figures"},
        {CommandKind::View, "network", CommandResult::Applied, "en/light/network/figures"},
        {CommandKind::View, "figures", CommandResult::BadValue, "en/light/network/figures"},
        {CommandKind::View, "overview", CommandResult::BadValue, "en/light/network/figures"},
        {CommandKind::View, "timeline", CommandResult::Applied, "en/light/timeline/figures"},
        {CommandKind::Tab, "entities", CommandResult::Applied, "en/light/timeline/entities"},
    };
    AppSession session = started_session();
    ASSERT_EQ(look(session.state), "en/dark/timeline/entities");
    for (const Step& step : steps) {
        SCOPED_TRACE(step.argument);
        EXPECT_EQ(apply_command(session, {step.kind, step.argument}), step.result);
        EXPECT_EQ(look(session.state), step.after);
    }
}

TEST(SessionCommand, ViewTakesEachOfTheFourMainViews) {
    AppSession session = started_session();
    for (const char* name : {"map", "pathway", "network", "timeline"}) {
        EXPECT_EQ(apply_command(session, {CommandKind::View, name}), CommandResult::Applied) << name;
        EXPECT_EQ(view_name(session.state.view), name);
    }
}

TEST(ViewState, CycleFocusStepsOffOneTwoThreeOff) {
    ViewState state;
    std::string seen;
    for (int k = 0; k < 5; ++k) {
        cycle_focus(state);
        seen += std::to_string(state.focus_hops);
    }
    EXPECT_EQ(seen, "12301");
}

TEST(SessionCommand, FocusTakesZeroToThreeHopsOrOff) {
    AppSession session = started_session();
    EXPECT_EQ(apply_command(session, {CommandKind::Focus, "2"}), CommandResult::Applied);
    EXPECT_EQ(session.state.focus_hops, 2);
    for (const char* bad : {"4", "-1", "", "two", "22"}) {
        EXPECT_EQ(apply_command(session, {CommandKind::Focus, bad}), CommandResult::BadValue) << bad;
        EXPECT_EQ(session.state.focus_hops, 2);
    }
    EXPECT_EQ(apply_command(session, {CommandKind::Focus, "off"}), CommandResult::Applied);
    EXPECT_EQ(session.state.focus_hops, 0);
}

// Selecting a product and connecting it to the dual-track policy gives chains that start at
// the selection and end at the second entity, reported by the status; a bad id changes nothing.
TEST(SessionCommand, ConnectFindsChainsBetweenTheSelectionAndTheSecondEntity) {
    AppSession session = started_session();
    ASSERT_EQ(apply_command(session, {CommandKind::Select, "product-amimestrocel"}), CommandResult::Applied);
    ASSERT_EQ(apply_command(session, {CommandKind::Connect, "policy-dual-track-system"}),
              CommandResult::Applied);
    const ExplorerStatus status = session_status(session);
    EXPECT_EQ(status.connect_id, "policy-dual-track-system");
    ASSERT_FALSE(status.chains.empty());
    for (const std::vector<std::string>& chain : status.chains) {
        EXPECT_EQ(chain.front(), "product-amimestrocel");
        EXPECT_EQ(chain.back(), "policy-dual-track-system");
    }
    EXPECT_EQ(apply_command(session, {CommandKind::Connect, "no-such-id"}), CommandResult::UnknownId);
    EXPECT_EQ(session.state.connect_id, "policy-dual-track-system");
    EXPECT_EQ(apply_command(session, {CommandKind::Connect, ""}), CommandResult::Applied);
    EXPECT_TRUE(session_status(session).chains.empty());
}

}  // namespace
}  // namespace pe

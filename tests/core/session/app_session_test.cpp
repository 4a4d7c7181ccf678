#include "session/app_session.h"

#include <gtest/gtest.h>

#include "load/embedded_assets.h"

namespace pe {
namespace {

TEST(AppSession, StartsWithTheEmbeddedDatasetAndStrings) {
    AppSession session;
    ASSERT_TRUE(start_session(session, embedded_dataset_json(), embedded_ui_strings_json(), Language::Zh));
    EXPECT_TRUE(session.load_errors.empty());
    EXPECT_GT(session.dataset->entities.size(), 0u);
    EXPECT_EQ(session.dataset_origin, "<embedded>");
    EXPECT_EQ(session.state.language, Language::Zh);
    const ExplorerStatus status = session_status(session);
    EXPECT_FALSE(status.ready);  // no frame drawn yet
    EXPECT_EQ(status.entity_count, session.dataset->entities.size());
    EXPECT_EQ(status.link_count, session.dataset->links.size());
}

TEST(AppSession, ABadFileKeepsTheDatasetAndSelectionAndNamesThePlace) {
    AppSession session;
    ASSERT_TRUE(start_session(session, embedded_dataset_json(), embedded_ui_strings_json(), Language::En));
    const auto before = session.dataset;
    const std::string first_id = before->entities.front().id.str();
    ASSERT_TRUE(select_entity(session.state, *session.dataset, first_id));
    const std::uint64_t generation = session.dataset_generation;

    EXPECT_FALSE(load_into_session(session, "{\n  \"format\": 3,\n", "mine.json"));
    EXPECT_EQ(session.dataset, before);
    EXPECT_EQ(session.dataset_generation, generation);
    EXPECT_EQ(session.state.selected_id, first_id);
    ASSERT_FALSE(session.load_errors.empty());
    EXPECT_EQ(session.load_errors.front().rfind("mine.json:", 0), 0u) << session.load_errors.front();
    EXPECT_EQ(session_status(session).error, session.load_errors.front());
}

TEST(AppSession, AGoodFileReplacesTheDatasetAndDropsAStaleSelection) {
    AppSession session;
    ASSERT_TRUE(start_session(session, embedded_dataset_json(), embedded_ui_strings_json(), Language::En));
    ASSERT_TRUE(select_entity(session.state, *session.dataset, session.dataset->entities.front().id));
    session.state.selected_id = "no-such-entity-in-new-data";
    EXPECT_TRUE(load_into_session(session, embedded_dataset_json(), "copy.json"));
    EXPECT_EQ(session.dataset_origin, "copy.json");
    EXPECT_TRUE(session.state.selected_id.empty());
    EXPECT_TRUE(session.load_errors.empty());
}

TEST(ViewState, SelectsOnlyExistingEntities) {
    AppSession session;
    ASSERT_TRUE(start_session(session, embedded_dataset_json(), embedded_ui_strings_json(), Language::En));
    const std::string id = session.dataset->entities.back().id.str();
    EXPECT_TRUE(select_entity(session.state, *session.dataset, id));
    EXPECT_FALSE(select_entity(session.state, *session.dataset, "does-not-exist"));
    EXPECT_EQ(session.state.selected_id, id);
    EXPECT_TRUE(select_entity(session.state, *session.dataset, ""));
    EXPECT_TRUE(session.state.selected_id.empty());
}

// The click rule every view shares: a plain click selects; Shift+click connects to the
// selection, except with nothing selected or on the selection itself, where it selects.
TEST(ViewState, ShiftClickConnectsOnlyToAnotherSelectedEntity) {
    AppSession session;
    ASSERT_TRUE(start_session(session, embedded_dataset_json(), embedded_ui_strings_json(), Language::En));
    const Dataset& d = *session.dataset;
    ViewState& state = session.state;
    const std::string a = d.entities.front().id.str(), b = d.entities.back().id.str();
    EXPECT_EQ(apply_entity_click(state, d, a, true), EntityClick::Selected);  // nothing selected yet
    EXPECT_EQ(state.selected_id, a);
    EXPECT_TRUE(state.connect_id.empty());
    EXPECT_EQ(apply_entity_click(state, d, a, true), EntityClick::Selected);  // the selection itself
    EXPECT_TRUE(state.connect_id.empty());
    EXPECT_EQ(apply_entity_click(state, d, b, true), EntityClick::Connected);
    EXPECT_EQ(state.selected_id, a);
    EXPECT_EQ(state.connect_id, b);
    EXPECT_EQ(apply_entity_click(state, d, "no-such-id", true), EntityClick::Refused);
    EXPECT_EQ(apply_entity_click(state, d, "no-such-id", false), EntityClick::Refused);
    EXPECT_EQ(state.connect_id, b);
    EXPECT_EQ(apply_entity_click(state, d, b, false), EntityClick::Selected);
    EXPECT_EQ(state.selected_id, b);
    EXPECT_EQ(selected_entity(session), d.entities.size() - 1);
    select_entity(state, d, "");
    EXPECT_EQ(selected_entity(session), kNoEntity);
}

TEST(ViewState, SetViewTakesTheMainViewsAndSetTabTheLowerTabs) {
    ViewState state;
    EXPECT_EQ(view_name(state.view), "timeline");
    EXPECT_EQ(tab_name(state.tab), "entities");
    EXPECT_TRUE(set_tab(state, "figures"));
    EXPECT_EQ(tab_name(state.tab), "figures");
    EXPECT_FALSE(set_tab(state, "network"));  // a main view is not a tab
    EXPECT_FALSE(set_tab(state, ""));
    EXPECT_EQ(tab_name(state.tab), "figures");
    EXPECT_TRUE(set_view(state, "network"));
    EXPECT_EQ(view_name(state.view), "network");
    EXPECT_FALSE(set_view(state, "figures"));  // a tab is not a main view
    EXPECT_FALSE(set_view(state, "overview"));
    EXPECT_EQ(view_name(state.view), "network");
    EXPECT_EQ(tab_name(state.tab), "figures");  // each call changes only its own field
}

TEST(ViewState, ViewAndTabNamesRoundTripAndNothingElseParses) {
    for (const MainView view : {MainView::Timeline, MainView::Network}) {
        MainView parsed = view == MainView::Timeline ? MainView::Network : MainView::Timeline;
        EXPECT_TRUE(parse_view(view_name(view), parsed));
        EXPECT_EQ(parsed, view);
    }
    for (const LowerTab tab : {LowerTab::Entities, LowerTab::Figures}) {
        LowerTab parsed = tab == LowerTab::Entities ? LowerTab::Figures : LowerTab::Entities;
        EXPECT_TRUE(parse_tab(tab_name(tab), parsed));
        EXPECT_EQ(parsed, tab);
    }
    LowerTab kept = LowerTab::Figures;
    EXPECT_FALSE(parse_tab("ENTITIES", kept));
    EXPECT_FALSE(parse_tab("entities ", kept));
    EXPECT_EQ(kept, LowerTab::Figures);
    MainView kept_view = MainView::Network;
    EXPECT_FALSE(parse_view("Timeline", kept_view));
    EXPECT_EQ(kept_view, MainView::Network);
}

}  // namespace
}  // namespace pe

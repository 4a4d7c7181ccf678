// The pathway drawn for real, without a GPU, in the whole app on the built-in dataset: it opens
// on 艾米迈托赛注射液 with both tracks; a click on the approval step selects it (and the
// session agrees), Shift+click on a place connects it; the picker switches the journey and a
// product selected elsewhere switches it too; the focus fades what core says it fades.
#include <gtest/gtest.h>

#include <string>

#include "pathway_view.h"
#include "ui_harness.h"

namespace pe {
namespace {

using testing::UiHarness;

const std::string kApproval = "milestone-2025-amimestrocel-approval";
const std::string kAmimestrocel = "product-amimestrocel";
const std::string kBeilai = "product-beilai-umbilical-cord-msc";

// The whole app on the pathway view, a few frames drawn.
struct PathwayStory {
    UiHarness app;

    PathwayStory() {
        app.session.state.view = MainView::Pathway;
        for (int i = 0; i < 3; ++i) app.frame();
    }

    const PathwayView& view() const { return app.ui.pathway; }
    const Dataset& dataset() const { return *app.session.dataset; }
    std::uint32_t entity(const std::string& id) const { return dataset().index.entity_by_id.at(id); }

    std::vector<std::string> step_ids() const {
        std::vector<std::string> ids;
        for (const JourneyStep& s : view().data.model.journey.steps)
            ids.push_back(dataset().entities[s.entity].id.str());
        return ids;
    }

    // The box of `id` as the last frame registered it (its label is "##pathway:<id>").
    const RecordedItem* item(const std::string& id) const { return find_recorded_item("##pathway:" + id); }

    // The last recorded item whose label ends with `suffix` (a combo entry "name##id").
    const RecordedItem* item_ending(const std::string& suffix) const {
        const auto& items = recorded_items();
        for (auto it = items.rbegin(); it != items.rend(); ++it) {
            if (it->label.size() >= suffix.size() &&
                it->label.compare(it->label.size() - suffix.size(), suffix.size(), suffix) == 0)
                return &*it;
        }
        return nullptr;
    }
};

TEST(PathwayView, OpensOnTheDefaultProductWithBothTracks) {
    PathwayStory story;
    const PathwayView& view = story.view();
    EXPECT_EQ(story.app.session.state.view, MainView::Pathway);
    ASSERT_TRUE(view.data.model.has_journey);
    EXPECT_EQ(view.data.model.journey.product, story.entity(kAmimestrocel));
    EXPECT_EQ(view.layout.lanes.size(), 2u);
    EXPECT_EQ(view.layout.markers.size(), 5u);
    EXPECT_EQ(view.looks.size(), view.layout.boxes.size());
    // Every box is registered where it is drawn, and the dates are at their precision.
    for (const char* id : {"track-iit", "track-ind", "policy-2015-stem-cell-clinical-research-measures",
                           "milestone-2025-06-first-prescription", "hospital-pkuph", kAmimestrocel.c_str()}) {
        EXPECT_NE(story.item(id), nullptr) << id;
    }
    EXPECT_EQ(view.data.step_dates[2], "2025");
    EXPECT_EQ(view.data.step_dates[3], "Jun 2025");
    EXPECT_EQ(view.data.step_dates[4], "no date · by links");
    EXPECT_EQ(view.data.step_dates[0], "no date · order unknown");
}

TEST(PathwayView, ClickingAStepSelectsItAndShiftClickConnects) {
    PathwayStory story;
    const RecordedItem* approval = story.item(kApproval);
    ASSERT_NE(approval, nullptr);
    // It is inside the visible area of the main view (no scrolling needed at the built-in size).
    EXPECT_GT(approval->min.x, 0.0f);
    EXPECT_LT(approval->max.x, 1280.0f);
    EXPECT_LT(approval->max.y, 800.0f);
    story.app.click_at(approval->center());
    EXPECT_EQ(story.app.session.state.selected_id, kApproval);
    story.app.frame();
    const int box = pathway_box_of(story.view().layout, story.entity(kApproval));
    ASSERT_GE(box, 0);
    EXPECT_TRUE(story.view().looks[static_cast<std::size_t>(box)].selected);

    // Shift+click on the hospital beside the first prescription: the second entity.
    const RecordedItem* hospital = story.item("hospital-pkuph");
    ASSERT_NE(hospital, nullptr);
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Shift, true);
    story.app.click_at(hospital->center());
    io.AddKeyEvent(ImGuiMod_Shift, false);
    story.app.frame();
    EXPECT_EQ(story.app.session.state.selected_id, kApproval);
    EXPECT_EQ(story.app.session.state.connect_id, "hospital-pkuph");
    // The chain runs through the journey: the first prescription is on it, drawn so.
    const int prescription =
        pathway_box_of(story.view().layout, story.entity("milestone-2025-06-first-prescription"));
    ASSERT_GE(prescription, 0);
    EXPECT_TRUE(story.view().looks[static_cast<std::size_t>(prescription)].on_chain);
    // The journey did not move: selecting a step is not choosing a product.
    EXPECT_EQ(story.view().data.model.journey.product, story.entity(kAmimestrocel));
}

TEST(PathwayView, ThePickerAndASelectedProductChooseTheJourney) {
    PathwayStory story;
    ASSERT_TRUE(story.app.click("##pathway_product"));
    const RecordedItem* entry = story.item_ending("##" + kBeilai);
    ASSERT_NE(entry, nullptr);
    story.app.click_at(entry->center());
    story.app.frame();
    EXPECT_EQ(story.app.session.state.pathway_product, kBeilai);
    EXPECT_EQ(story.view().data.model.journey.product, story.entity(kBeilai));
    // Its own milestone and its developer's (undated, with no link: its place unknown, first).
    EXPECT_EQ(story.step_ids(), (std::vector<std::string>{"milestone-beilai-msc-indications-in-trials",
                                                          "milestone-2003-beilai-msc-attempts"}));
    EXPECT_NE(story.item("milestone-2003-beilai-msc-attempts"), nullptr);
    EXPECT_EQ(story.item(kApproval), nullptr);

    // Selecting 艾米迈托赛注射液 elsewhere (the table, the network) switches the journey back.
    ASSERT_TRUE(select_entity(story.app.session.state, story.dataset(), kAmimestrocel));
    story.app.frame();
    story.app.frame();
    EXPECT_EQ(story.app.session.state.pathway_product, kAmimestrocel);
    EXPECT_EQ(story.view().data.model.journey.product, story.entity(kAmimestrocel));
    // Choosing in the picker afterwards is not undone while that selection stays.
    ASSERT_TRUE(story.app.click("##pathway_product"));
    entry = story.item_ending("##" + kBeilai);
    ASSERT_NE(entry, nullptr);
    story.app.click_at(entry->center());
    for (int i = 0; i < 3; ++i) story.app.frame();
    EXPECT_EQ(story.app.session.state.pathway_product, kBeilai);
    EXPECT_EQ(story.app.session.state.selected_id, kAmimestrocel);
}

TEST(PathwayView, FocusFadesWhatCoreSaysAndTheFilterGreys) {
    PathwayStory story;
    AppSession& session = story.app.session;
    ASSERT_TRUE(select_entity(session.state, story.dataset(), kApproval));
    ASSERT_TRUE(set_focus(session.state, 1));
    story.app.frame();
    const PathwayView& view = story.view();
    ASSERT_FALSE(session.links.in_focus.empty());
    int faded = 0;
    for (std::size_t i = 0; i < view.layout.boxes.size(); ++i) {
        const std::uint32_t e = view.layout.boxes[i].entity;
        EXPECT_EQ(view.looks[i].faded, faded_by_focus(session.links, e)) << story.dataset().entities[e].id;
        faded += view.looks[i].faded ? 1 : 0;
    }
    EXPECT_GT(faded, 0);
    EXPECT_FALSE(
        view.looks[static_cast<std::size_t>(pathway_box_of(view.layout, story.entity(kApproval)))].faded);
    EXPECT_TRUE(
        view.looks[static_cast<std::size_t>(pathway_box_of(view.layout, story.entity("track-iit")))].faded);

    // A filter to milestones only greys the rest and keeps every step in its place.
    ASSERT_TRUE(set_focus(session.state, 0));
    session.state.filter.types = {"milestone"};
    story.app.frame();
    story.app.frame();
    ASSERT_EQ(view.layout.markers.size(), 5u);
    for (std::size_t i = 0; i < view.layout.boxes.size(); ++i) {
        const Entity& entity = story.dataset().entities[view.layout.boxes[i].entity];
        EXPECT_EQ(view.looks[i].filtered_out, entity.type != "milestone") << entity.id;
    }
}

}  // namespace
}  // namespace pe

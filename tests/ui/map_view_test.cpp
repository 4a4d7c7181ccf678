// The map drawn for real, without a GPU, in a window of its own, with the built-in dataset: a
// person clicks a park's marker and it is selected everywhere; Shift+click on another connects
// the two; the focus fades a park outside the selection's neighbourhood (as core's frame
// says); the wheel zooms at the cursor and Fit comes back; a selection made elsewhere off
// screen is brought into view; a dataset without any `geo` gets the message, not a frame.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <imgui_internal.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

#include "map_view.h"
#include "ui_harness.h"

namespace pe {
namespace {

using testing::UiHarness;

const std::string kDaxing = "park-daxing-biomedicine-base";
const std::string kYizhuang = "park-yizhuang-biomedicine";
const std::string kZgc = "park-zgc-life-science";

// The harness's session and ImGui context, with only the map drawn in a window.
struct MapStage {
    UiHarness ui;
    MapView view;

    void frame() {
        refresh_links(ui.session);
        update_explorer_models(ui.ui.models, *ui.session.dataset, ui.session.dataset_generation,
                               ui.session.strings, ui.session.state.language, ui.session.state.filter,
                               ui.ui.table_order);
        clear_recorded_items();
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
        ImGui::SetNextWindowSize(ImVec2(1280.0f, 800.0f));
        ImGui::Begin("Map", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
        draw_map_view(view, ui.session, ui.ui.models, ImVec2(1000.0f, 700.0f));
        ImGui::End();
        ImGui::Render();
    }
    // A click and a wheel turn through the harness's sequences, each frame this stage's.
    void click_at(ImVec2 at) {
        testing::mouse_click(at, [this] { frame(); });
    }
    std::uint32_t entity(const std::string& id) const {
        return ui.session.dataset->index.entity_by_id.at(id);
    }

    // The marker of entity `id` in the last frame (what core reports), or null.
    const MapMarkerShape* marker_of(const std::string& id) const {
        for (const MapMarkerShape& m : view.frame.markers) {
            if (view.scene.markers[m.marker].entity == entity(id)) return &m;
        }
        return nullptr;
    }
    // The item the view registered for `id`'s marker, as a test or the page finds it.
    ImVec2 item_centre(const std::string& id) const {
        const RecordedItem* item = find_recorded_item("map:" + id);
        EXPECT_NE(item, nullptr) << id;
        return item ? item->center() : ImVec2(-1.0f, -1.0f);
    }
    void mouse_away() {
        ImGui::GetIO().AddMousePosEvent(-100.0f, -100.0f);
        frame();
    }
};

TEST(MapView, ClickingAParkSelectsItAndShiftClickConnectsAnother) {
    MapStage stage;
    stage.frame();
    stage.frame();
    ASSERT_FALSE(stage.view.frame.no_geography);
    EXPECT_EQ(stage.view.frame.districts.size(), 16u);
    ASSERT_NE(stage.marker_of(kDaxing), nullptr);
    EXPECT_FALSE(stage.view.frame.labels.empty());

    stage.click_at(stage.item_centre(kDaxing));
    EXPECT_EQ(stage.ui.session.state.selected_id, kDaxing);
    stage.mouse_away();
    EXPECT_EQ(stage.marker_of(kDaxing)->role, MapRole::Selected);

    // Shift+click on another park: the second entity of "connect two things".
    ImGui::GetIO().AddKeyEvent(ImGuiMod_Shift, true);
    stage.frame();
    stage.click_at(stage.item_centre(kZgc));
    ImGui::GetIO().AddKeyEvent(ImGuiMod_Shift, false);
    stage.frame();
    EXPECT_EQ(stage.ui.session.state.selected_id, kDaxing);
    EXPECT_EQ(stage.ui.session.state.connect_id, kZgc);
}

TEST(MapView, ATapFromElsewhereSelectsWithoutPanning) {
    // A touch (or a fast click) moves and presses at once: the press's mouse delta is the
    // jump from where the cursor was, which must not pan the map away from under the tap.
    MapStage stage;
    stage.frame();
    stage.mouse_away();
    const ImVec2 at = stage.item_centre(kYizhuang);
    const MapCamera before = stage.view.camera;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(at.x, at.y);
    io.AddMouseButtonEvent(0, true);
    stage.frame();
    stage.frame();
    io.AddMouseButtonEvent(0, false);
    stage.frame();
    stage.frame();
    EXPECT_EQ(stage.view.camera.centre.x, before.centre.x);
    EXPECT_EQ(stage.view.camera.centre.y, before.centre.y);
    EXPECT_EQ(stage.ui.session.state.selected_id, kYizhuang);
}

TEST(MapView, TheFocusFadesAParkOutsideTheSelectionsNeighbourhood) {
    MapStage stage;
    stage.frame();
    stage.click_at(stage.item_centre(kZgc));
    ASSERT_EQ(stage.ui.session.state.selected_id, kZgc);
    stage.mouse_away();
    EXPECT_EQ(stage.marker_of(kYizhuang)->role, MapRole::Normal);  // no focus yet

    ASSERT_TRUE(set_focus(stage.ui.session.state, 1));
    stage.frame();
    EXPECT_EQ(stage.marker_of(kZgc)->role, MapRole::Selected);
    EXPECT_EQ(stage.marker_of(kYizhuang)->role, MapRole::Faded);
    EXPECT_EQ(stage.marker_of(kDaxing)->role, MapRole::Faded);
}

TEST(MapView, WheelZoomsAtTheCursorFitComesBackAndAnOffScreenSelectionIsCentred) {
    MapStage stage;
    stage.frame();
    stage.frame();
    const MapCamera fitted = stage.view.camera;
    // ImGui keeps the mouse at whole pixels.
    const ImVec2 centre = stage.item_centre(kZgc);
    const ImVec2 at(std::floor(centre.x), std::floor(centre.y));
    const MapPoint under = screen_to_map(fitted, stage.view.viewport, MapScreenPoint{at.x, at.y});
    testing::mouse_wheel(at, 6.0f, [&stage] { stage.frame(); });
    EXPECT_NEAR(stage.view.camera.px_per_km, fitted.px_per_km * std::pow(1.25, 6.0), 1e-6);
    const MapScreenPoint still = map_to_screen(stage.view.camera, stage.view.viewport, under);
    EXPECT_NEAR(still.x, at.x, 0.01);  // the point under the cursor stays under it
    EXPECT_NEAR(still.y, at.y, 0.01);
    const MapMarkerShape* zgc = stage.marker_of(kZgc);
    EXPECT_NEAR(zgc->at.x, at.x, 4.0);  // and so does the park, give or take its item's rounding
    EXPECT_NEAR(zgc->at.y, at.y, 4.0);

    // Daxing is far south, off screen at this zoom; selected elsewhere, it is centred.
    const MapMarkerShape* daxing = stage.marker_of(kDaxing);
    const MapViewport v = stage.view.viewport;
    ASSERT_TRUE(daxing->at.y > v.top + v.height);
    ASSERT_TRUE(select_entity(stage.ui.session.state, *stage.ui.session.dataset, kDaxing));
    stage.frame();
    daxing = stage.marker_of(kDaxing);
    EXPECT_NEAR(daxing->at.x, v.left + v.width / 2.0, 1.0);
    EXPECT_NEAR(daxing->at.y, v.top + v.height / 2.0, 1.0);

    const RecordedItem* fit = find_recorded_item("Fit");
    ASSERT_NE(fit, nullptr);
    stage.click_at(fit->center());
    EXPECT_NEAR(stage.view.camera.px_per_km, fitted.px_per_km, 1e-9);
}

TEST(MapView, ADatasetWithoutGeographySaysSo) {
    std::ifstream in(std::string(PE_TEST_DATA_DIR) + "/good/minimal.json");
    std::stringstream text;
    text << in.rdbuf();
    nlohmann::json data = nlohmann::json::parse(text.str());
    std::size_t removed = 0;
    for (auto& e : data["entities"]) removed += e.erase("geo");
    ASSERT_GT(removed, 0u);  // minimal.json has a place: the test takes it away

    MapStage stage;
    ASSERT_TRUE(load_into_session(stage.ui.session, data.dump(), "minimal-no-geo.json"));
    stage.frame();
    EXPECT_FALSE(stage.view.scene.has_geography);
    EXPECT_TRUE(stage.view.frame.no_geography);
    EXPECT_TRUE(stage.view.frame.markers.empty());
    EXPECT_EQ(find_recorded_item("Fit"), nullptr);  // no toolbar, no canvas: the message
    // The message itself is drawn in the child window's draw list (text vertices).
    ImGuiWindow* child = nullptr;
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
        if (std::string(w->Name).find("##map") != std::string::npos) child = w;
    }
    ASSERT_NE(child, nullptr);
    EXPECT_GT(child->DrawList->VtxBuffer.Size, 100);

    // With the geography back (the built-in dataset), the map is drawn again, fitted.
    ASSERT_TRUE(load_into_session(stage.ui.session, embedded_dataset_json(), "<embedded>"));
    stage.frame();
    EXPECT_FALSE(stage.view.frame.no_geography);
    EXPECT_NE(find_recorded_item("Fit"), nullptr);
}

}  // namespace
}  // namespace pe

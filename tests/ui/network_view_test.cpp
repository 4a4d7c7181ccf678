// The network drawn for real, without a GPU, in a window of its own: the layout runs over a
// few frames and then stops asking for more, a click on a node selects it, the wheel zooms
// at the cursor, a drag pans, and a selection made elsewhere is brought into view.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "network_view.h"
#include "ui_harness.h"

namespace pe {
namespace {

using testing::UiHarness;

constexpr int kMaxFrames = 300;

// The harness's session and ImGui context, with only the network view drawn in a window.
struct NetworkStage {
    UiHarness ui;
    NetworkView view;
    bool wants_more = true;

    NetworkStage() {
        update_explorer_models(ui.ui.models, *ui.session.dataset, ui.session.dataset_generation,
                               ui.session.strings, ui.session.state.language, ui.session.state.filter,
                               ui.ui.table_order);
    }

    void frame() {
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
        ImGui::SetNextWindowSize(ImVec2(1280.0f, 800.0f));
        ImGui::Begin("Network", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
        wants_more = draw_network_view(view, ui.session, ui.ui.models, ImVec2(1000.0f, 700.0f));
        ImGui::End();
        ImGui::Render();
    }

    // Draws until the view stops asking for frames; returns how many it took.
    int settle() {
        int frames = 0;
        do {
            frame();
            ++frames;
        } while (wants_more && frames < kMaxFrames);
        return frames;
    }

    // Mouse input one change per frame, through the harness's sequences.
    void click_at(ImVec2 at) {
        testing::mouse_click(at, [this] { frame(); });
    }
    void wheel_at(ImVec2 at, float notches) {
        testing::mouse_wheel(at, notches, [this] { frame(); });
    }
    void drag(ImVec2 from, ImVec2 to) {
        testing::mouse_drag(from, to, [this] { frame(); });
    }

    std::uint32_t entity(const std::string& id) const {
        return ui.session.dataset->index.entity_by_id.at(id);
    }

    // The node of entity `id` in the last frame drawn, or null when it was not drawn.
    const FrameNode* node_of(const std::string& id) const {
        for (const FrameNode& node : view.frame.nodes) {
            if (node.entity == entity(id)) return &node;
        }
        return nullptr;
    }

    ImVec2 canvas_centre() const {
        const NetworkViewport& v = view.camera.viewport;
        return ImVec2(static_cast<float>(v.left + v.width / 2.0), static_cast<float>(v.top + v.height / 2.0));
    }

    // A point of the canvas with nothing drawn under it (nor within a few pixels).
    ImVec2 empty_point() const {
        const NetworkViewport& v = view.camera.viewport;
        for (double y = v.top + 20.0; y < v.top + v.height - 20.0; y += 13.0) {
            for (double x = v.left + 20.0; x < v.left + v.width - 20.0; x += 17.0) {
                const NetworkPick pick = pick_in_frame(view.frame, x, y, 8.0);
                if (pick.entity == kNoEntity && pick.edge == kNoEntity)
                    return ImVec2(static_cast<float>(x), static_cast<float>(y));
            }
        }
        ADD_FAILURE() << "no empty point on the canvas";
        return canvas_centre();
    }
};

const std::string kProduct = "product-amimestrocel";

TEST(NetworkView, AsksForFramesWhileLayingOutThenStops) {
    NetworkStage stage;
    stage.frame();
    // The layout runs for a slice of wall time per frame (how many frames depends on the
    // machine): the view asks for more frames exactly while it is not finished, and draws the
    // positions so far meanwhile.
    EXPECT_EQ(stage.wants_more, !stage.view.layout.run.finished);
    EXPECT_FALSE(stage.view.frame.nodes.empty());

    const int frames = stage.settle();
    EXPECT_LT(frames, kMaxFrames);
    EXPECT_FALSE(stage.wants_more);
    EXPECT_TRUE(stage.view.layout.run.finished);
    stage.frame();
    EXPECT_FALSE(stage.wants_more);  // an idle view asks for nothing

    // The finished layout is fitted: every entity is drawn, and some labels fit.
    EXPECT_EQ(stage.view.frame.nodes.size(), stage.ui.session.dataset->entities.size());
    EXPECT_FALSE(stage.view.frame.edges.empty());
    EXPECT_FALSE(stage.view.frame.labels.empty());
}

TEST(NetworkView, ClickingANodeSelectsItAndHighlightsItsLinks) {
    NetworkStage stage;
    stage.settle();
    const FrameNode* node = stage.node_of(kProduct);
    ASSERT_NE(node, nullptr);
    stage.click_at(ImVec2(node->x, node->y));
    EXPECT_EQ(stage.ui.session.state.selected_id, kProduct);

    // The next frames show it as the selection, with its links highlighted as core decides.
    ImGui::GetIO().AddMousePosEvent(-100.0f, -100.0f);  // away, so hover does not take over
    stage.frame();
    node = stage.node_of(kProduct);
    ASSERT_NE(node, nullptr);
    EXPECT_EQ(node->role, NodeRole::Selected);
    bool highlighted = false;
    for (const FrameEdge& edge : stage.view.frame.edges) {
        const NetworkEdge& e = stage.view.layout.graph.edges[edge.edge];
        if (e.from == stage.entity(kProduct) || e.to == stage.entity(kProduct)) {
            EXPECT_EQ(edge.role, EdgeRole::Highlighted);
            highlighted = true;
        }
    }
    EXPECT_TRUE(highlighted);

    // A click on empty space keeps the selection.
    stage.click_at(stage.empty_point());
    EXPECT_EQ(stage.ui.session.state.selected_id, kProduct);
}

TEST(NetworkView, WheelZoomsAtTheCursorAndDragPans) {
    NetworkStage stage;
    stage.settle();
    const ImVec2 at = stage.empty_point();
    const NetworkCamera before = stage.view.camera.camera;
    const ScreenPoint world = screen_to_world(before, stage.view.camera.viewport, at.x, at.y);
    stage.wheel_at(at, 2.0f);
    const NetworkCamera zoomed = stage.view.camera.camera;
    EXPECT_NEAR(zoomed.scale, before.scale * 1.25 * 1.25, before.scale * 1e-6);
    const ScreenPoint still = world_to_screen(zoomed, stage.view.camera.viewport, world.x, world.y);
    EXPECT_NEAR(still.x, at.x, 0.01);  // the point under the cursor stays under it
    EXPECT_NEAR(still.y, at.y, 0.01);

    const ImVec2 from = stage.empty_point();
    stage.drag(from, ImVec2(from.x - 100.0f, from.y + 40.0f));
    const NetworkCamera panned = stage.view.camera.camera;
    EXPECT_NEAR(panned.centre_x - zoomed.centre_x, 100.0 / zoomed.scale, 1e-6);
    EXPECT_NEAR(panned.centre_y - zoomed.centre_y, -40.0 / zoomed.scale, 1e-6);
    EXPECT_EQ(panned.scale, zoomed.scale);
    EXPECT_TRUE(stage.ui.session.state.selected_id.empty());  // a drag is not a click
}

TEST(NetworkView, ASelectionMadeElsewhereOffScreenIsCentred) {
    NetworkStage stage;
    stage.settle();
    const FrameNode* node = stage.node_of(kProduct);
    ASSERT_NE(node, nullptr);
    // Zoom in far from the product, until it is off screen.
    const ImVec2 centre = stage.canvas_centre();
    const ImVec2 away(node->x < centre.x ? centre.x + 400.0f : centre.x - 400.0f,
                      node->y < centre.y ? centre.y + 300.0f : centre.y - 300.0f);
    for (int i = 0; i < 6 && stage.node_of(kProduct) != nullptr; ++i) stage.wheel_at(away, 3.0f);
    ASSERT_EQ(stage.node_of(kProduct), nullptr);
    const double scale = stage.view.camera.camera.scale;

    ASSERT_TRUE(select_entity(stage.ui.session.state, *stage.ui.session.dataset, kProduct));
    stage.frame();
    node = stage.node_of(kProduct);
    ASSERT_NE(node, nullptr);
    EXPECT_NEAR(node->x, centre.x, 1.0);
    EXPECT_NEAR(node->y, centre.y, 1.0);
    EXPECT_EQ(stage.view.camera.camera.scale, scale);  // the zoom is kept
}

}  // namespace
}  // namespace pe

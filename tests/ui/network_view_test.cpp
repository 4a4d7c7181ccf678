// The network drawn for real, without a GPU, in a window of its own: the layout runs over a
// few frames and then stops asking for more, a click on a node selects it, the wheel zooms
// at the cursor, a drag pans, and a selection made elsewhere is brought into view; the
// legend filters every view by type, the relations list hides a relation, Shift+click
// connects two entities, and the focus fades through core's roles.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>

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
        // As draw_app: the shared filter's models and the links' emphasis first.
        update_explorer_models(ui.ui.models, *ui.session.dataset, ui.session.dataset_generation,
                               ui.session.strings, ui.session.state.language, ui.session.state.filter,
                               ui.ui.table_order);
        refresh_links(ui.session);
        clear_recorded_items();
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

    // The centre of the last item drawn whose label ends with `suffix` (a "###id").
    bool click_item(std::string_view suffix) {
        const auto& items = recorded_items();
        for (auto it = items.rbegin(); it != items.rend(); ++it) {
            if (it->label.size() >= suffix.size() &&
                it->label.compare(it->label.size() - suffix.size(), suffix.size(), suffix) == 0) {
                click_at(it->center());
                return true;
            }
        }
        return false;
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
    // The hash the view keeps (the page reports it as state().networkLayoutHash) is the one the
    // core test NetworkLayout.BuiltinHashIsPinned pins, however the run was cut into frames.
    EXPECT_EQ(stage.view.layout.hash, 0xc55c009cef607453ull);
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

TEST(NetworkView, ALegendClickFiltersEveryViewByType) {
    NetworkStage stage;
    stage.settle();
    ASSERT_TRUE(stage.click_item("###legend_park"));
    EXPECT_EQ(stage.ui.session.state.filter.types, std::vector<std::string>{"park"});
    stage.frame();
    // The shared models (the table's rows) and the network agree: the parks and nothing else.
    const Dataset& dataset = *stage.ui.session.dataset;
    const std::vector<std::uint32_t>& rows = stage.ui.ui.models.shown.rows;
    ASSERT_FALSE(rows.empty());
    for (const std::uint32_t e : rows) EXPECT_EQ(dataset.entities[e].type, "park");
    EXPECT_EQ(stage.view.frame.nodes.size(), rows.size());
    for (const FrameNode& n : stage.view.frame.nodes) EXPECT_EQ(dataset.entities[n.entity].type, "park");

    // A second click drops the type: everything again.
    ASSERT_TRUE(stage.click_item("###legend_park"));
    EXPECT_TRUE(stage.ui.session.state.filter.types.empty());
    stage.frame();
    EXPECT_EQ(stage.view.frame.nodes.size(), dataset.entities.size());
}

TEST(NetworkView, TheRelationsListHidesARelationsEdges) {
    NetworkStage stage;
    stage.settle();
    const auto count_located = [&] {
        std::size_t n = 0;
        for (const FrameEdge& e : stage.view.frame.edges)
            n += stage.ui.session.dataset->links[e.link].relation == "located_in" ? 1 : 0;
        return n;
    };
    ASSERT_GT(count_located(), 0u);
    ASSERT_TRUE(stage.click_item("##network_relations_button"));
    ASSERT_TRUE(stage.click_item("###relation_located_in"));
    EXPECT_EQ(stage.ui.session.state.hidden_relations, std::vector<std::string>{"located_in"});
    stage.frame();
    EXPECT_EQ(count_located(), 0u);
    EXPECT_FALSE(stage.view.frame.edges.empty());
}

TEST(NetworkView, ShiftClickConnectsAndTheChainIsHighlighted) {
    NetworkStage stage;
    stage.settle();
    ASSERT_TRUE(select_entity(stage.ui.session.state, *stage.ui.session.dataset, kProduct));
    stage.frame();
    // An entity five links away from the product (core's chains test walks the same data).
    const std::string other = "policy-dual-track-system";
    const FrameNode* node = stage.node_of(other);
    ASSERT_NE(node, nullptr);
    const ImVec2 at(node->x, node->y);
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Shift, true);
    stage.frame();  // one input change a frame
    stage.click_at(at);
    io.AddKeyEvent(ImGuiMod_Shift, false);
    EXPECT_EQ(stage.ui.session.state.selected_id, kProduct);  // the selection stays
    EXPECT_EQ(stage.ui.session.state.connect_id, other);

    io.AddMousePosEvent(-100.0f, -100.0f);
    stage.frame();
    ASSERT_FALSE(stage.ui.session.links.chain_links.empty());
    std::size_t on_chain = 0;
    for (const FrameEdge& e : stage.view.frame.edges) {
        if (link_on_chain(stage.ui.session.links, e.link)) {
            EXPECT_EQ(e.role, EdgeRole::Highlighted);
            ++on_chain;
        }
    }
    EXPECT_GT(on_chain, 0u);

    // With nothing selected, Shift+click selects (past the double-click time of the first click).
    stage.ui.session.state.selected_id.clear();
    stage.ui.session.state.connect_id.clear();
    for (int i = 0; i < 30; ++i) stage.frame();
    node = stage.node_of(other);
    ASSERT_NE(node, nullptr);
    const ImVec2 again(node->x, node->y);
    io.AddKeyEvent(ImGuiMod_Shift, true);
    stage.frame();  // one input change a frame
    stage.click_at(again);
    io.AddKeyEvent(ImGuiMod_Shift, false);
    EXPECT_EQ(stage.ui.session.state.selected_id, other);
    EXPECT_TRUE(stage.ui.session.state.connect_id.empty());
}

TEST(NetworkView, TheFocusFadesWhatLiesOutsideIt) {
    NetworkStage stage;
    stage.settle();
    ASSERT_TRUE(select_entity(stage.ui.session.state, *stage.ui.session.dataset, kProduct));
    ASSERT_TRUE(set_focus(stage.ui.session.state, 1));
    ImGui::GetIO().AddMousePosEvent(-100.0f, -100.0f);
    stage.frame();
    const LinkEmphasis& links = stage.ui.session.links;
    ASSERT_FALSE(links.in_focus.empty());
    std::size_t faded = 0, kept = 0;
    for (const FrameNode& n : stage.view.frame.nodes) {
        if (faded_by_focus(links, n.entity)) {
            EXPECT_EQ(n.role, NodeRole::Faded) << n.entity;
            ++faded;
        } else {
            EXPECT_NE(n.role, NodeRole::Faded) << n.entity;
            ++kept;
        }
    }
    EXPECT_GT(faded, 0u);
    EXPECT_GT(kept, 1u);
    // Focus off: nothing faded.
    ASSERT_TRUE(set_focus(stage.ui.session.state, 0));
    stage.frame();
    for (const FrameNode& n : stage.view.frame.nodes) EXPECT_NE(n.role, NodeRole::Faded);
}

}  // namespace
}  // namespace pe

// The network's first view: components re-packed to the viewport's shape (moved or turned
// whole, never overlapping, the built-in network fitting larger than the square packing),
// the fit, and bringing an off-screen point to the centre.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "network/network_fit.h"
#include "network_fixture.h"

namespace pe {
namespace {

NetworkGraph builtin_graph() {
    const auto dataset = network_test::builtin_dataset();
    return build_network_graph(*dataset, dataset->index);
}

double width_of(const NetworkBounds& b) {
    return b.max_x - b.min_x;
}
double height_of(const NetworkBounds& b) {
    return b.max_y - b.min_y;
}

// Pixels per world unit when the layout is fitted in the viewport.
double fitted_scale(const NetworkLayout& l, const NetworkViewport& view) {
    return fit_network(l, view, 20.0).scale;
}

TEST(NetworkFit, PackingToTheViewportKeepsEachComponentWholeAndApart) {
    const NetworkGraph g = builtin_graph();
    const NetworkLayout base = layout_network(g);
    const double gap = NetworkLayoutParams{}.component_gap;
    for (const double aspect : {0.5, 1.0, 1.8, 3.0}) {
        const NetworkLayout packed = pack_for_viewport(g, base, aspect, gap);
        ASSERT_EQ(packed.x.size(), base.x.size());
        // Within a component, every distance is kept (a move or a quarter turn).
        for (const NetworkEdge& e : g.edges) {
            const double before = std::hypot(base.x[e.from] - base.x[e.to], base.y[e.from] - base.y[e.to]);
            const double after =
                std::hypot(packed.x[e.from] - packed.x[e.to], packed.y[e.from] - packed.y[e.to]);
            EXPECT_NEAR(after, before, 1e-6) << aspect;
        }
        const std::vector<NetworkBounds> boxes = network_test::component_boxes(g, packed);
        for (std::size_t a = 0; a < boxes.size(); ++a) {
            for (std::size_t c = a + 1; c < boxes.size(); ++c)
                EXPECT_TRUE(network_test::boxes_apart(boxes[a], boxes[c], gap))
                    << aspect << ": " << a << " " << c;
        }
        // The same input, the same bits.
        const NetworkLayout again = pack_for_viewport(g, base, aspect, gap);
        EXPECT_EQ(network_layout_hash(again), network_layout_hash(packed));
    }
}

TEST(NetworkFit, TheBuiltinNetworkFillsAWideViewportLargerThanTheSquarePacking) {
    const NetworkGraph g = builtin_graph();
    const NetworkLayout base = layout_network(g);
    for (const NetworkViewport view : {NetworkViewport{0, 0, 1200, 560}, NetworkViewport{0, 0, 500, 900}}) {
        const NetworkLayout packed = pack_for_viewport(g, base, view.width / view.height, 60.0);
        EXPECT_GE(fitted_scale(packed, view), fitted_scale(base, view) * 1.1) << view.width;
        // Its shape follows the viewport's.
        EXPECT_EQ(width_of(packed.bounds) > height_of(packed.bounds), view.width > view.height);
    }
}

TEST(NetworkFit, ManyComponentsMakeRowsShapedLikeTheViewport) {
    network_test::Builder b;
    for (int i = 0; i < 30; ++i) {
        const std::string hub = "h" + std::to_string(i);
        b.entity(hub, "park");
        b.entity(hub + "c", "company");
        b.link(hub + "c", hub, "located_in");
    }
    const Dataset d = b.done();
    const NetworkGraph g = build_network_graph(d, d.index);
    const NetworkLayout base = layout_network(g);
    const NetworkLayout wide = pack_for_viewport(g, base, 3.0, 60.0);
    const NetworkLayout tall = pack_for_viewport(g, base, 1.0 / 3.0, 60.0);
    const double wide_aspect = width_of(wide.bounds) / height_of(wide.bounds);
    const double tall_aspect = width_of(tall.bounds) / height_of(tall.bounds);
    EXPECT_GT(wide_aspect, 1.5);
    EXPECT_LT(tall_aspect, 0.75);
}

TEST(NetworkFit, EmptyGraphsAndBadAspectsChangeNothing) {
    const NetworkGraph empty;
    EXPECT_TRUE(pack_for_viewport(empty, NetworkLayout{}, 1.5, 60.0).x.empty());
    const NetworkGraph g = builtin_graph();
    const NetworkLayout base = layout_network(g);
    EXPECT_EQ(network_layout_hash(pack_for_viewport(g, base, 0.0, 60.0)), network_layout_hash(base));
    EXPECT_EQ(network_layout_hash(pack_for_viewport(g, base, std::nan(""), 60.0)), network_layout_hash(base));
}

TEST(NetworkFit, FitShowsEveryEntity) {
    const NetworkGraph g = builtin_graph();
    const NetworkLayout l = layout_network(g);
    const NetworkViewport view{30.0, 40.0, 900.0, 600.0};
    const NetworkCamera cam = fit_network(l, view, 20.0);
    for (std::uint32_t v = 0; v < g.node_count; ++v) {
        const ScreenPoint s = world_to_screen(cam, view, l.x[v], l.y[v]);
        EXPECT_GE(s.x, view.left + 20.0 - 1e-6);
        EXPECT_LE(s.x, view.left + view.width - 20.0 + 1e-6);
        EXPECT_GE(s.y, view.top + 20.0 - 1e-6);
        EXPECT_LE(s.y, view.top + view.height - 20.0 + 1e-6);
    }
}

TEST(NetworkFit, FitLeavesTheLegendsBandFree) {
    const NetworkGraph g = builtin_graph();
    const NetworkLayout l = layout_network(g);
    const NetworkViewport view{30.0, 40.0, 900.0, 600.0};
    const NetworkCamera cam = fit_network(l, view, 20.0, 200.0);
    double right = 0.0;
    for (std::uint32_t v = 0; v < g.node_count; ++v) {
        const ScreenPoint s = world_to_screen(cam, view, l.x[v], l.y[v]);
        EXPECT_GE(s.x, view.left + 20.0 - 1e-6);
        EXPECT_LE(s.x, view.left + view.width - 200.0 - 20.0 + 1e-6);
        right = std::max(right, s.x);
    }
    // A band wider than half the viewport is cut to half.
    const NetworkCamera half = fit_network(l, view, 20.0, 5000.0);
    for (std::uint32_t v = 0; v < g.node_count; ++v)
        EXPECT_LE(world_to_screen(half, view, l.x[v], l.y[v]).x, view.left + view.width * 0.5 - 20.0 + 1e-6);
    EXPECT_GT(right, view.left + view.width * 0.5);
}

TEST(NetworkFit, APointOnScreenKeepsTheCameraAndOneOffScreenIsCentred) {
    const NetworkViewport view{10.0, 20.0, 800.0, 600.0};
    const NetworkCamera cam{0.0, 0.0, 2.0};
    // (100, 50) is at (610, 420): on screen, beyond a 16 px margin.
    const NetworkCamera same = camera_showing(cam, view, 100.0, 50.0, 16.0);
    EXPECT_EQ(same.centre_x, cam.centre_x);
    EXPECT_EQ(same.centre_y, cam.centre_y);
    // (195, 0) is at (800, 320): on screen but inside the margin, so it is centred.
    const NetworkCamera near_edge = camera_showing(cam, view, 195.0, 0.0, 16.0);
    EXPECT_EQ(near_edge.centre_x, 195.0);
    // Far off: centred, the zoom kept.
    const NetworkCamera moved = camera_showing(cam, view, -1000.0, 700.0, 16.0);
    EXPECT_EQ(moved.centre_x, -1000.0);
    EXPECT_EQ(moved.centre_y, 700.0);
    EXPECT_EQ(moved.scale, 2.0);
    const ScreenPoint s = world_to_screen(moved, view, -1000.0, 700.0);
    EXPECT_DOUBLE_EQ(s.x, 410.0);
    EXPECT_DOUBLE_EQ(s.y, 320.0);
}

}  // namespace
}  // namespace pe

// Writes laid-out networks as SVG for a person to look at (fitted to 1400 x 1000, labels as
// the frame places them): build/network-builtin.svg (the built-in dataset) and
// build/network-synthetic-2k.svg (2000 generated entities). Convert them to PNG to view.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "bench/synthetic_dataset.h"
#include "network/network_frame.h"
#include "network_fixture.h"

namespace pe {
namespace {

// The frame of `dataset` fitted to the picture, written to build/<name>; returns it.
NetworkFrame write_picture(const Dataset& dataset, const std::string& name) {
    const NetworkGraph graph = build_network_graph(dataset, dataset.index);
    const NetworkLayout layout = layout_network(graph);
    const NetworkGrid grid = build_network_grid(graph, layout);
    // About 6.2 px per character of an 11 px DejaVu Sans, names cut at 28 characters.
    const std::vector<float> widths = label_widths(
        dataset, Language::En, [](std::string_view t) { return 6.2f * static_cast<float>(t.size()); },
        28 * 6.2f);
    NetworkFrameInput in;
    in.viewport = NetworkViewport{0.0, 0.0, 1400.0, 1000.0};
    in.camera = fit_bounds(layout.bounds, in.viewport, 60.0);
    in.label_widths = &widths;
    in.params.labels.height = 13.0;
    NetworkFrame frame = build_network_frame(graph, layout, grid, in);

    std::ofstream out(std::string(PE_SOURCE_DIR) + "/build/" + name, std::ios::binary);
    out << "<svg xmlns='http://www.w3.org/2000/svg' width='1400' height='1000'>\n"
        << "<rect width='100%' height='100%' fill='white'/>\n";
    for (const FrameEdge& e : frame.edges) {
        out << "<line x1='" << e.x0 << "' y1='" << e.y0 << "' x2='" << e.x1 << "' y2='" << e.y1
            << "' stroke='#" << (graph.edges[e.edge].structural != 0 ? "555" : "aaa") << "' stroke-width='"
            << (frame.detail == NetworkDetail::Points ? 0.3 : 1.0) << "'/>\n";
        if (e.arrow) out << "<circle cx='" << e.x1 << "' cy='" << e.y1 << "' r='2' fill='#555'/>\n";
    }
    for (const FrameNode& n : frame.nodes) {
        out << "<circle cx='" << n.x << "' cy='" << n.y << "' r='" << n.radius << "' fill='"
            << network_test::type_colour(n.type) << "' stroke='black' stroke-width='0.5'/>\n";
    }
    for (const PlacedLabel& l : frame.labels) {
        out << "<text x='" << l.left << "' y='" << l.top + l.height - 3.0
            << "' font-family='DejaVu Sans' font-size='11'>"
            << dataset.entities[l.entity].name.en.substr(0, 28) << "</text>\n";
    }
    out << "</svg>\n";
    EXPECT_TRUE(static_cast<bool>(out)) << name;
    return frame;
}

TEST(NetworkPicture, BuiltinDatasetIsWrittenAsSvg) {
    const auto dataset = network_test::builtin_dataset();
    ASSERT_NE(dataset, nullptr);
    const NetworkFrame frame = write_picture(*dataset, "network-builtin.svg");
    EXPECT_EQ(frame.nodes.size(), dataset->entities.size());
    EXPECT_GE(frame.labels.size(), 30u);
}

TEST(NetworkPicture, SyntheticDatasetIsWrittenAsSvg) {
    Dataset dataset = synthetic::synthetic_dataset(2000, 7);
    dataset.index = build_dataset_index(dataset.entities, dataset.links);
    const NetworkFrame frame = write_picture(dataset, "network-synthetic-2k.svg");
    EXPECT_EQ(frame.nodes.size(), 2000u);
}

}  // namespace
}  // namespace pe

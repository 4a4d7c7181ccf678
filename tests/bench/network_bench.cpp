// The network view's core cost, natively: the full layout (1k, 10k with ~20k links, 50k
// entities of the synthetic dataset; and a "hubs" shape where a few entities have thousands
// of links), and one frame's model (culling, roles, labels) at 10k entities for a typical
// viewport (a quarter of the layout, shapes and labels) and the whole layout (points).
// Figures are medians over repetitions; each layout benchmark also reports its hash.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "model/dataset_index.h"
#include "network/network_frame.h"
#include "synthetic_dataset.h"

namespace {

using namespace pe;

struct Prepared {
    Dataset dataset;
    NetworkGraph graph;
};

// The synthetic dataset (about 2 links per entity).
std::unique_ptr<Prepared> synthetic(std::size_t n) {
    auto p = std::make_unique<Prepared>();
    p->dataset = synthetic::synthetic_dataset(n, 7);
    p->dataset.index = build_dataset_index(p->dataset.entities, p->dataset.links);
    p->graph = build_network_graph(p->dataset, p->dataset.index);
    return p;
}

// Hubs: `hubs` entities, every other entity links to one hub and to one other entity.
std::unique_ptr<Prepared> hubs(std::size_t n, std::size_t hub_count) {
    auto p = std::make_unique<Prepared>();
    synthetic::Rng rng{11};
    for (std::size_t i = 0; i < n; ++i) {
        Entity e;
        e.id = "e" + std::to_string(i);
        e.type = i < hub_count ? "regulator" : "company";
        e.name = {e.id, e.id};
        p->dataset.entities.push_back(e);
        if (i >= hub_count) {
            p->dataset.links.push_back(
                Link{e.id, "e" + std::to_string(rng.below(hub_count)), "consulted", {}});
            p->dataset.links.push_back(
                Link{e.id, "e" + std::to_string(hub_count + rng.below(i - hub_count + 1)), "supports", {}});
        }
    }
    p->dataset.index = build_dataset_index(p->dataset.entities, p->dataset.links);
    p->graph = build_network_graph(p->dataset, p->dataset.index);
    return p;
}

const Prepared& cached_synthetic(std::size_t n) {
    static std::map<std::size_t, std::unique_ptr<Prepared>> cache;
    auto& slot = cache[n];
    if (!slot) slot = synthetic(n);
    return *slot;
}

void BM_LayoutSynthetic(benchmark::State& state) {
    const Prepared& p = cached_synthetic(static_cast<std::size_t>(state.range(0)));
    std::uint64_t hash = 0;
    for (auto _ : state) {
        const NetworkLayout layout = layout_network(p.graph);
        hash = network_layout_hash(layout);
        benchmark::DoNotOptimize(hash);
    }
    state.counters["entities"] = static_cast<double>(p.graph.node_count);
    state.counters["edges"] = static_cast<double>(p.graph.edges.size());
    state.counters["components"] = static_cast<double>(p.graph.component_count);
    state.counters["hash_low32"] = static_cast<double>(hash & 0xFFFFFFFFu);
}
BENCHMARK(BM_LayoutSynthetic)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(50000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

void BM_LayoutHubs(benchmark::State& state) {
    static const std::unique_ptr<Prepared> p = hubs(10000, 5);
    for (auto _ : state) {
        const NetworkLayout layout = layout_network(p->graph);
        benchmark::DoNotOptimize(layout.x.data());
    }
    state.counters["edges"] = static_cast<double>(p->graph.edges.size());
}
BENCHMARK(BM_LayoutHubs)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

// One frame at 10k entities on a 1600 x 1000 viewport: 0 the whole layout (Points) with a
// hover, 1 a quarter of its width (Shapes and labels) with a selection, 2 the same with a
// hover (the rest faded). Each call is timed: median and p95 per call, in microseconds.
void BM_Frame10k(benchmark::State& state) {
    const Prepared& p = cached_synthetic(10000);
    static const NetworkLayout layout = layout_network(p.graph);
    static const NetworkGrid grid = build_network_grid(p.graph, layout);
    static const std::vector<float> widths = label_widths(
        p.dataset, Language::En, [](std::string_view t) { return 7.0f * static_cast<float>(t.size()); },
        160.0f);
    NetworkFrameInput in;
    in.viewport = NetworkViewport{0.0, 0.0, 1600.0, 1000.0};
    in.camera = fit_bounds(layout.bounds, in.viewport, 20.0);
    if (state.range(0) != 0) in.camera.scale *= 4.0;
    in.label_widths = &widths;
    in.selected = 100;
    if (state.range(0) != 1) in.hovered = 200;
    std::size_t nodes = 0, edges = 0, labels = 0;
    std::vector<double> micros;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const NetworkFrame frame = build_network_frame(p.graph, layout, grid, in);
        micros.push_back(
            std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
        nodes = frame.nodes.size();
        edges = frame.edges.size();
        labels = frame.labels.size();
        benchmark::DoNotOptimize(frame.nodes.data());
    }
    std::sort(micros.begin(), micros.end());
    state.counters["median_us"] = micros[micros.size() / 2];
    state.counters["p95_us"] =
        micros[static_cast<std::size_t>(0.95 * static_cast<double>(micros.size() - 1))];
    state.counters["nodes"] = static_cast<double>(nodes);
    state.counters["edges"] = static_cast<double>(edges);
    state.counters["labels"] = static_cast<double>(labels);
}
BENCHMARK(BM_Frame10k)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMicrosecond);

void BM_Grid10k(benchmark::State& state) {
    const Prepared& p = cached_synthetic(10000);
    static const NetworkLayout layout = layout_network(p.graph);
    std::size_t long_edges = 0, cells = 0;
    for (auto _ : state) {
        const NetworkGrid grid = build_network_grid(p.graph, layout);
        long_edges = grid.long_edges.size();
        cells = std::size_t{grid.edge_lattice.cols} * grid.edge_lattice.rows;
        benchmark::DoNotOptimize(grid.nodes.data());
    }
    state.counters["long_edges"] = static_cast<double>(long_edges);
    state.counters["edge_cells"] = static_cast<double>(cells);
}
BENCHMARK(BM_Grid10k)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();

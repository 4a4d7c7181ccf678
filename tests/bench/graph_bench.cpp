// Speed of the graph questions: the focus neighbourhood (1, 2, 3 hops) and "connect two
// things" (3 chains of at most 6 links) from random entities, at 10k and 100k synthetic
// entities (~2 links each) and on a hub-shaped graph (8 links each plus hubs). Each query is
// timed alone; the counters give its median and p95 in microseconds (the benchmark's own
// time is the whole batch).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "graph/chains.h"
#include "graph/neighbourhood.h"
#include "model/dataset_index.h"
#include "synthetic_dataset.h"

namespace {

constexpr std::size_t kQueries = 400;

struct Graph {
    pe::Dataset dataset;
    pe::GraphIndex index;
};

// n entities with ~8 links each to random others, and n/1000 hubs each linked to 2% of all.
pe::Dataset hub_dataset(std::size_t n, std::uint64_t seed) {
    pe::synthetic::Rng rng{seed};
    pe::Dataset d;
    for (std::size_t e = 0; e < n; ++e) {
        pe::Entity entity;
        entity.id = "e" + std::to_string(e);
        entity.type = "company";
        d.entities.push_back(entity);
    }
    for (std::size_t e = 0; e < n; ++e) {
        for (int k = 0; k < 4; ++k)
            d.links.push_back(pe::Link{d.entities[e].id, d.entities[rng.below(n)].id, "supports", {}});
    }
    for (std::size_t h = 0; h < n / 1000; ++h) {
        for (std::size_t k = 0; k < n / 50; ++k)
            d.links.push_back(pe::Link{d.entities[h].id, d.entities[rng.below(n)].id, "about", {}});
    }
    return d;
}

const Graph& graph_of(const std::string& shape, std::size_t n) {
    static std::map<std::string, std::unique_ptr<Graph>> cache;
    const std::string key = shape + std::to_string(n);
    auto& slot = cache[key];
    if (!slot) {
        slot = std::make_unique<Graph>();
        slot->dataset = shape == "hubs" ? hub_dataset(n, 7) : pe::synthetic::synthetic_dataset(n, 42);
        slot->dataset.index = pe::build_dataset_index(slot->dataset.entities, slot->dataset.links);
        slot->index = pe::build_graph_index(slot->dataset);
    }
    return *slot;
}

std::vector<std::uint32_t> random_entities(std::size_t count, std::size_t n, std::uint64_t seed) {
    pe::synthetic::Rng rng{seed};
    std::vector<std::uint32_t> out;
    for (std::size_t k = 0; k < count; ++k) out.push_back(static_cast<std::uint32_t>(rng.below(n)));
    return out;
}

void report(benchmark::State& state, std::vector<double>& micros) {
    std::sort(micros.begin(), micros.end());
    state.counters["p50_us"] = micros[micros.size() / 2];
    state.counters["p95_us"] = micros[micros.size() * 95 / 100];
    state.counters["max_us"] = micros.back();
}

void BM_Neighbourhood(benchmark::State& state, const std::string& shape, std::size_t n, int hops) {
    const Graph& g = graph_of(shape, n);
    const std::vector<std::uint32_t> centres = random_entities(kQueries, n, 99);
    pe::Neighbourhood result;
    pe::update_neighbourhood(g.index, centres[0], hops, {}, result);  // the one O(n) fill
    std::vector<double> micros;
    double reached = 0;
    for (auto _ : state) {
        for (const std::uint32_t centre : centres) {
            const auto t0 = std::chrono::steady_clock::now();
            pe::update_neighbourhood(g.index, centre, hops, {}, result);
            const auto t1 = std::chrono::steady_clock::now();
            micros.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
            reached += static_cast<double>(result.entities.size());
        }
    }
    state.counters["reached_avg"] = reached / static_cast<double>(micros.size());
    report(state, micros);
}

void BM_Chains(benchmark::State& state, const std::string& shape, std::size_t n) {
    const Graph& g = graph_of(shape, n);
    const std::vector<std::uint32_t> from = random_entities(kQueries, n, 5);
    const std::vector<std::uint32_t> to = random_entities(kQueries, n, 6);
    pe::ChainScratch scratch;
    std::vector<double> micros;
    double found = 0;
    double stopped = 0;
    double expanded = 0;
    for (auto _ : state) {
        for (std::size_t k = 0; k < kQueries; ++k) {
            const auto t0 = std::chrono::steady_clock::now();
            const pe::ChainsResult r = pe::find_chains(g.dataset, g.index, from[k], to[k], {}, {}, scratch);
            const auto t1 = std::chrono::steady_clock::now();
            micros.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
            found += r.chains.empty() ? 0 : 1;
            stopped += r.stopped_early ? 1 : 0;
            expanded += static_cast<double>(r.expanded);
        }
    }
    const auto count = static_cast<double>(micros.size());
    state.counters["found_pct"] = 100.0 * found / count;
    state.counters["stopped_pct"] = 100.0 * stopped / count;
    state.counters["expanded_avg"] = expanded / count;
    report(state, micros);
}

const bool kRegistered = [] {
    for (const char* shape : {"synthetic", "hubs"}) {
        for (const std::size_t n : {std::size_t{10000}, std::size_t{100000}}) {
            const std::string size = std::to_string(n / 1000) + "k";
            for (const int hops : {1, 2, 3}) {
                benchmark::RegisterBenchmark(
                    (std::string("BM_Neighbourhood/") + shape + "/" + size + "/hops" + std::to_string(hops))
                        .c_str(),
                    BM_Neighbourhood, shape, n, hops)
                    ->Unit(benchmark::kMillisecond)
                    ->Iterations(3);
            }
            benchmark::RegisterBenchmark((std::string("BM_Chains/") + shape + "/" + size).c_str(), BM_Chains,
                                         shape, n)
                ->Unit(benchmark::kMillisecond)
                ->Iterations(1);
        }
    }
    return true;
}();

}  // namespace

BENCHMARK_MAIN();

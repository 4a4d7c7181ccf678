// The timeline's core cost, natively: building the TimelineIndex, one frame's layout (cull,
// pack, cluster) and a whole frame (layout, ticks, links) at three zooms (the whole span,
// one year, one month), and hit testing, over 1k to 1M generated dated entities in 6 lanes,
// 2003-2027, of mixed precision. Self-contained: the datasets are made here, in memory.
#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "model/date.h"
#include "synthetic_dataset.h"
#include "timeline/timeline_frame.h"
#include "timeline/timeline_hit_test.h"

namespace {

using namespace pe;

using synthetic::Rng;  // splitmix64, shared with the synthetic dataset generator

constexpr std::array<const char*, 6> kLanes = {"national", "city",      "district",
                                               "parks",    "companies", "clinical"};
constexpr std::array<const char*, 8> kTopicsEn = {"stem cell measures", "park opening",     "IND approval",
                                                  "phase II trial",     "district subsidy", "record filing",
                                                  "first prescription", "action plan"};
constexpr std::array<const char*, 8> kTopicsZh = {"干细胞管理办法", "园区开园", "临床默示许可", "二期临床",
                                                  "区级补贴",       "备案",     "首张处方",     "行动计划"};

// Dates: 50% a day, 20% a month, 20% a year, 7% a period of 1 to 48 months, 3% ongoing.
Date random_day(Rng& rng) {
    const std::int64_t first = days_from_civil(2003, 1, 1), last = days_from_civil(2027, 12, 31);
    return date_from_days(
        first + static_cast<std::int64_t>(rng.next() % static_cast<std::uint64_t>(last - first + 1)));
}

std::unique_ptr<Dataset> make_dataset(std::size_t n) {
    auto data = std::make_unique<Dataset>();
    for (const char* lane : kLanes) data->lanes.push_back(Lane{lane, {lane, lane}});
    data->entities.resize(n);
    Rng rng{n};
    for (std::size_t i = 0; i < n; ++i) {
        Entity& e = data->entities[i];
        e.id = "e" + std::to_string(i);
        e.type = "event";
        e.lane = kLanes[static_cast<std::size_t>(rng.below(6u))];
        const auto topic = static_cast<std::size_t>(rng.below(8u));
        e.name.en = std::string(kTopicsEn[topic]) + " " + std::to_string(i);
        e.name.zh = std::string(kTopicsZh[topic]) + std::to_string(i);
        TimeSpan& t = e.time;
        t.has_start = true;
        t.start = random_day(rng);
        const int kind = rng.between(0, 99);
        if (kind < 50) continue;
        if (kind < 70) {
            t.start = Date{t.start.year, t.start.month, 0, DatePrecision::Month};
        } else if (kind < 90) {
            t.start = Date{t.start.year, 0, 0, DatePrecision::Year};
        } else if (kind < 97) {
            t.has_end = true;
            const int months = t.start.month - 1 + 1 + rng.between(0, 47);
            t.end = Date{t.start.year + months / 12, months % 12 + 1, 0, DatePrecision::Month};
        } else {
            t.start = Date{t.start.year, 0, 0, DatePrecision::Year};
            t.open_end = true;
        }
    }
    // The selected entity (0) links to 8 others; only those ids are indexed.
    data->index.links_out.resize(n);
    data->index.links_in.resize(n);
    for (std::uint32_t k = 0; k < 8 && k + 1 < n; ++k) {
        const std::uint32_t other = static_cast<std::uint32_t>(rng.next() % (n - 1)) + 1;
        data->links.push_back(Link{"e0", "e" + std::to_string(other), "enabled", {}});
        data->index.links_out[0].push_back(k);
        data->index.links_in[other].push_back(k);
        data->index.entity_by_id["e" + std::to_string(other)] = other;
    }
    data->index.entity_by_id["e0"] = 0;
    return data;
}

const std::int64_t kToday = days_from_civil(2025, 11, 10);

struct Prepared {
    std::unique_ptr<Dataset> data;
    TimelineIndex index;
};

const Prepared& prepared(std::size_t n) {
    static std::map<std::size_t, std::unique_ptr<Prepared>> cache;
    auto& slot = cache[n];
    if (!slot) {
        slot = std::make_unique<Prepared>();
        slot->data = make_dataset(n);
        slot->index = build_timeline_index(*slot->data, kToday);
    }
    return *slot;
}

constexpr double kWidth = 1600.0;

// Zoom 0: the whole span; 1: one year; 2: one month; centred on mid-2015.
TimeWindow window_for(const TimelineIndex& index, int zoom) {
    if (zoom == 0) return fit_all(index, kWidth, 40.0, AxisLimits{});
    const double middle = static_cast<double>(days_from_civil(2015, 6, 15));
    const double span = zoom == 1 ? kDaysPerYear : 30.0;
    return TimeWindow{middle - span / 2.0, middle + span / 2.0};
}

TimelineLayoutInput layout_input(const TimelineIndex& index, int zoom) {
    TimelineLayoutInput in;
    in.axis = TimelineAxis{window_for(index, zoom), 200.0, kWidth};
    in.top = 40.0f;
    in.selected = 0;
    in.params.max_rows = 6;
    return in;
}

// Pans through 64 positions a few pixels apart so no two frames are the same.
TimelineAxis panned(TimelineAxis axis, std::int64_t frame) {
    const double shift = static_cast<double>(frame % 64) * 3.0 / px_per_day(axis);
    axis.window.start_day += shift;
    axis.window.end_day += shift;
    return axis;
}

void BM_IndexBuild(benchmark::State& state) {
    const Prepared& p = prepared(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        TimelineIndex index = build_timeline_index(*p.data, kToday);
        benchmark::DoNotOptimize(index.item_count);
    }
    state.counters["items"] = static_cast<double>(p.index.item_count);
}

void BM_Layout(benchmark::State& state) {
    const Prepared& p = prepared(static_cast<std::size_t>(state.range(0)));
    TimelineLayoutInput in = layout_input(p.index, static_cast<int>(state.range(1)));
    const TimelineAxis base = in.axis;
    TimelineLayout layout;
    std::int64_t frame = 0;
    double visible = 0.0, shown = 0.0, clusters = 0.0;
    for (auto _ : state) {
        in.axis = panned(base, frame++);
        layout_timeline(*p.data, p.index, in, layout);
        benchmark::DoNotOptimize(layout.items.data());
        for (const TimelineLaneBox& lane : layout.lanes) visible += static_cast<double>(lane.visible_count);
        shown += static_cast<double>(layout.items.size());
        clusters += static_cast<double>(layout.clusters.size());
    }
    const double frames = static_cast<double>(frame);
    state.counters["visible"] = visible / frames;
    state.counters["shown"] = shown / frames;
    state.counters["clusters"] = clusters / frames;
}

void BM_Frame(benchmark::State& state) {
    const Prepared& p = prepared(static_cast<std::size_t>(state.range(0)));
    TimelineFrameInput in;
    in.layout = layout_input(p.index, static_cast<int>(state.range(1)));
    const TimelineAxis base = in.layout.axis;
    TimelineFrame frame;
    std::int64_t n = 0;
    for (auto _ : state) {
        in.layout.axis = panned(base, n++);
        build_timeline_frame(*p.data, p.index, in, frame);
        benchmark::DoNotOptimize(frame.links.marks.data());
    }
}

void BM_HitTest(benchmark::State& state) {
    const Prepared& p = prepared(static_cast<std::size_t>(state.range(0)));
    const TimelineLayoutInput in = layout_input(p.index, static_cast<int>(state.range(1)));
    const TimelineLayout layout = layout_timeline(*p.data, p.index, in);
    Rng rng{7};
    std::size_t hits = 0, tests = 0;
    for (auto _ : state) {
        const float x = 200.0f + static_cast<float>(rng.below(1600u));
        const float y = 40.0f + static_cast<float>(rng.below(static_cast<std::size_t>(layout.height) + 1u));
        const TimelineHit hit = hit_test(layout, x, y, 3.0f);
        hits += hit.kind != TimelineHitKind::None ? 1 : 0;
        ++tests;
        benchmark::DoNotOptimize(hit);
    }
    state.counters["hit_rate"] = tests > 0 ? static_cast<double>(hits) / static_cast<double>(tests) : 0.0;
}

void sizes_and_zooms(benchmark::internal::Benchmark* b) {
    for (std::int64_t n : {1000, 10000, 100000, 1000000}) {
        for (std::int64_t zoom : {0, 1, 2}) b->Args({n, zoom});
    }
}

BENCHMARK(BM_IndexBuild)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_Layout)
    ->Apply(sizes_and_zooms)
    ->Unit(benchmark::kMicrosecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_Frame)
    ->Apply(sizes_and_zooms)
    ->Unit(benchmark::kMicrosecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_HitTest)->Apply(sizes_and_zooms)->Unit(benchmark::kNanosecond);

}  // namespace

BENCHMARK_MAIN();

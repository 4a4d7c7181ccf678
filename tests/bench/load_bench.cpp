// Loading speed: load_dataset (parse + validate + index) on generated datasets of 10k,
// 100k and 1M entities, in bytes per second, and build_search_index on the same data.
// Also a small tool for scripts/bench-load.sh (see main):
//   load_bench --write-synthetic N PATH [SEED] [--shape NAME] [--lanes 24 ...]
//                                                 write a generated dataset (of a shape) and exit
//   load_bench --load-file PATH                   read and load one file, print the result
#include <benchmark/benchmark.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "load/dataset_loader.h"
#include "search/search.h"
#include "synthetic_dataset.h"

namespace {

constexpr std::uint64_t kSeed = 42;

// The 1M dataset is about 1.2 GB of JSON, over the loader's default 512 MiB limit.
pe::LoadLimits bench_limits() {
    pe::LoadLimits limits;
    limits.max_bytes = std::size_t{4} << 30;
    return limits;
}

// One generated text at a time (the 1M one is large): the last size asked for.
const std::string& text_for(std::size_t entities) {
    static std::size_t cached_size = 0;
    static std::string cached;
    if (cached_size != entities) {
        cached = std::string();
        cached = pe::synthetic::synthetic_dataset_json(entities, kSeed);
        cached_size = entities;
    }
    return cached;
}

void BM_LoadDataset(benchmark::State& state) {
    const auto entities = static_cast<std::size_t>(state.range(0));
    const std::string& text = text_for(entities);
    const pe::LoadLimits limits = bench_limits();
    for (auto _ : state) {
        pe::LoadResult result = pe::load_dataset(text, limits);
        if (!result.ok()) {
            state.SkipWithError("the generated dataset did not load");
            break;
        }
        benchmark::DoNotOptimize(result.dataset.get());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(text.size()));
    state.counters["MB"] = static_cast<double>(text.size()) / 1e6;
    state.counters["entities/s"] =
        benchmark::Counter(static_cast<double>(entities), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_LoadDataset)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_BuildSearchIndex(benchmark::State& state) {
    const auto entities = static_cast<std::size_t>(state.range(0));
    const pe::Dataset dataset = pe::synthetic::synthetic_dataset(entities, kSeed);
    for (auto _ : state) {
        pe::SearchIndex index = pe::build_search_index(dataset);
        benchmark::DoNotOptimize(index.arena.data());
    }
    state.counters["entities/s"] =
        benchmark::Counter(static_cast<double>(entities), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_BuildSearchIndex)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

int write_synthetic(int argc, char** argv) {
    const char* usage =
        "usage: load_bench --write-synthetic N PATH [SEED] [--shape NAME] [--lanes 1-60] [--dates "
        "even|bunched]\n"
        "       [--periods SHARE] [--names short|long] [--links PER_ENTITY] [--undated SHARE]\n"
        "       [--precision base|year|month|day|mixed]   (options after --shape change the preset)\n"
        "shapes: base lanes24 lanes60 bunched periods longnames links undated mixed\n";
    if (argc < 4) {
        std::fputs(usage, stderr);
        return 2;
    }
    const std::size_t entities = std::strtoull(argv[2], nullptr, 10);
    int next = 4;
    std::uint64_t seed = kSeed;
    if (argc > 4 && std::strncmp(argv[4], "--", 2) != 0) {
        seed = std::strtoull(argv[4], nullptr, 10);
        next = 5;
    }
    pe::synthetic::Shape shape;
    for (; next < argc; next += 2) {
        const std::string_view key = argv[next];
        const std::string_view value = next + 1 < argc ? argv[next + 1] : "";
        std::string error;
        if (key == "--shape") {
            const auto preset = pe::synthetic::shape_preset(value);
            if (!preset) {
                error = "unknown shape: " + std::string(value);
            }
            shape = preset.value_or(shape);
        } else {
            pe::synthetic::set_shape_option(shape, key, value, error);
        }
        if (!error.empty()) {
            std::fprintf(stderr, "load_bench: %s\n%s", error.c_str(), usage);
            return 2;
        }
    }
    const std::string text = pe::synthetic::synthetic_dataset_json(entities, seed, shape);
    if (!pe::synthetic::write_text_file(argv[3], text)) {
        std::fprintf(stderr, "load_bench: cannot write %s\n", argv[3]);
        return 2;
    }
    std::printf("%s: %zu entities, %zu bytes (%s)\n", argv[3], entities, text.size(),
                pe::synthetic::describe(shape).c_str());
    return 0;
}

int load_file(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: load_bench --load-file PATH\n");
        return 2;
    }
    std::FILE* file = std::fopen(argv[2], "rb");
    if (file == nullptr) {
        std::fprintf(stderr, "load_bench: cannot read %s: %s\n", argv[2], std::strerror(errno));
        return 2;
    }
    std::string text;
    std::fseek(file, 0, SEEK_END);
    text.resize(static_cast<std::size_t>(std::ftell(file)));
    std::rewind(file);
    const bool read = std::fread(text.data(), 1, text.size(), file) == text.size();
    std::fclose(file);
    if (!read) {
        std::fprintf(stderr, "load_bench: cannot read %s\n", argv[2]);
        return 2;
    }
    const pe::LoadResult result = pe::load_dataset(text, bench_limits());
    if (!result.ok()) {
        std::fprintf(stderr, "%s\n", pe::format_error(argv[2], result.errors.front()).c_str());
        return 1;
    }
    std::printf("%s: ok: %zu entities, %zu links\n", argv[2], result.dataset->entities.size(),
                result.dataset->links.size());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc > 1 && std::strcmp(argv[1], "--write-synthetic") == 0) {
        return write_synthetic(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "--load-file") == 0) {
        return load_file(argc, argv);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

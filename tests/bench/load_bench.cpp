// Loading speed: load_dataset (parse + validate + index) on generated datasets of 10k,
// 100k and 1M entities, in bytes per second, and build_search_index on the same data.
// Also a small tool for scripts/bench-load.sh (see main):
//   load_bench --write-synthetic N PATH [SEED] [--shape NAME] [--lanes 24 ...]
//                                                 write a generated dataset (of a shape) and exit
//   load_bench --load-file PATH                   read and load one file, print the result
//   load_bench --memory PATH                      stream one file through the loader and print
//                                                 where the Dataset's memory goes, per structure
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "files/file_io.h"
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

// [SECTION] --memory: bytes per structure of a loaded Dataset (glibc's malloc: a block of n
// bytes takes max(32, n + 8 rounded up to 16)). Strings count their heap block when they
// have one; the arena (when the Dataset has one) counts its chunks.
std::size_t block(std::size_t bytes) {
    if (bytes == 0) return 0;
    const std::size_t rounded = (bytes + 8 + 15) / 16 * 16;
    return rounded < 32 ? 32 : rounded;
}
std::size_t heap_in_use() {  // small blocks, plus the large ones malloc maps on their own
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}
std::size_t heap_of(const pe::DataString& s) {  // a view into the arena has none of its own
    return s.owned() ? block(s.size() + 1) : 0;
}
template <class T>
std::size_t array_of(const std::vector<T>& v) {
    return block(v.capacity() * sizeof(T));
}

struct Tally {
    std::size_t arrays = 0;   // the vectors' blocks (elements in place)
    std::size_t slack = 0;    // of which unused capacity
    std::size_t strings = 0;  // the strings' own heap blocks
    template <class T>
    void array(const std::vector<T>& v) {
        arrays += array_of(v);
        slack += (v.capacity() - v.size()) * sizeof(T);
    }
    void text(const pe::Text& t) { strings += heap_of(t.zh) + heap_of(t.en); }
    void ref(const pe::SourceRef& r) { strings += heap_of(r.source_id) + heap_of(r.quote); }
};

void print_tally(const char* name, const Tally& t) {
    std::printf("  %-34s %9.1f MB  (arrays %.1f, of which slack %.1f; strings %.1f)\n", name,
                static_cast<double>(t.arrays + t.strings) / 1e6, static_cast<double>(t.arrays) / 1e6,
                static_cast<double>(t.slack) / 1e6, static_cast<double>(t.strings) / 1e6);
}

int memory_report(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: load_bench --memory PATH\n");
        return 2;
    }
    const std::size_t heap_before = heap_in_use();
    pe::LoadResult result;
    {
        pe::DatasetLoadStream stream(bench_limits());
        if (!pe::read_file_chunks(argv[2], stream).ok()) {
            std::fprintf(stderr, "load_bench: cannot read %s\n", argv[2]);
            return 2;
        }
        result = stream.finish();
    }
    if (!result.ok()) {
        std::fprintf(stderr, "%s\n", pe::format_error(argv[2], result.errors.front()).c_str());
        return 1;
    }
    const std::size_t heap_after = heap_in_use();
    const pe::Dataset& d = *result.dataset;
    Tally ids, names, summaries, pinyin, refs, small, tags, sources, figures, links, link_sources;
    ids.array(d.entities);
    for (const pe::Entity& e : d.entities) {
        ids.strings += heap_of(e.id);
        names.text(e.name);
        summaries.text(e.summary);
        pinyin.strings += heap_of(e.pinyin) + heap_of(e.pinyin_initials);
        refs.strings += heap_of(e.district_id) + heap_of(e.park_id) + heap_of(e.lane);
        small.strings += heap_of(e.type);
        tags.array(e.tags);
        for (const auto& tag : e.tags) tags.strings += heap_of(tag);
        sources.array(e.sources);
        for (const pe::SourceRef& r : e.sources) sources.ref(r);
        figures.array(e.figures);
        for (const pe::KeyFigure& f : e.figures) {
            figures.text(f.label);
            figures.text(f.display);
            figures.ref(f.source);
            figures.strings += heap_of(f.unit);
        }
    }
    links.array(d.links);
    for (const pe::Link& l : d.links) {
        links.strings += heap_of(l.from) + heap_of(l.to) + heap_of(l.relation);
        link_sources.array(l.sources);
        for (const pe::SourceRef& r : l.sources) link_sources.ref(r);
    }
    Tally index;
    const pe::DatasetIndex& x = d.index;
    // unordered_map: one node per entry (next pointer, the pair, the cached hash) and buckets.
    index.arrays += x.entity_by_id.size() * block(8 + sizeof(pe::IdMap::Map::value_type) + 8) +
                    x.entity_by_id.bucket_count() * 8;
    index.strings += x.entity_by_id.key_bytes();
    for (const auto& entry : x.entities_by_type) index.array(entry.second);
    index.array(x.events_by_time);
    index.array(x.links_out);
    index.array(x.links_in);
    for (const auto& v : x.links_out) index.array(v);
    for (const auto& v : x.links_in) index.array(v);

    std::printf("%s: %zu entities, %zu links; sizeof Entity %zu, Link %zu, SourceRef %zu\n", argv[2],
                d.entities.size(), d.links.size(), sizeof(pe::Entity), sizeof(pe::Link),
                sizeof(pe::SourceRef));
    print_tally("entities array + ids", ids);
    print_tally("names (zh + en)", names);
    print_tally("summaries (zh + en)", summaries);
    print_tally("pinyin + initials", pinyin);
    print_tally("lane, district, park ids", refs);
    print_tally("types", small);
    print_tally("tags", tags);
    print_tally("entity sources (ids + quotes)", sources);
    print_tally("figures", figures);
    print_tally("links array + ends + relation", links);
    print_tally("link sources (ids + quotes)", link_sources);
    print_tally("DatasetIndex", index);
    if (d.strings) {
        std::printf("  %-34s %9.1f MB  (of which used %.1f)\n", "string arena (all the strings above)",
                    static_cast<double>(d.strings->allocated_bytes()) / 1e6,
                    static_cast<double>(d.strings->used_bytes()) / 1e6);
    }
    std::printf("  heap in use after loading (mallinfo2): %.1f MB; peak RSS: see /usr/bin/time -v\n",
                static_cast<double>(heap_after - heap_before) / 1e6);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc > 1 && std::strcmp(argv[1], "--write-synthetic") == 0) {
        return write_synthetic(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "--memory") == 0) {
        return memory_report(argc, argv);
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

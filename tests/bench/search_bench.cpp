// Search speed at 100k generated entities: one benchmark per kind of query (pinyin,
// initials, Chinese, English, summary-only, no match, one letter), top 20 as the search
// box shows, and every hit for a few, as a filtered table needs. Time is per query.
#include <benchmark/benchmark.h>

#include <limits>
#include <string>

#include "search/search.h"
#include "synthetic_dataset.h"

namespace {

constexpr std::size_t kEntities = 100000;

const pe::SearchIndex& index_100k() {
    static const pe::SearchIndex index =
        pe::build_search_index(pe::synthetic::synthetic_dataset(kEntities, 42));
    return index;
}

struct Query {
    const char* label;
    const char* text;
};

constexpr Query kQueries[] = {
    {"pinyin_prefix", "aimi"},    {"pinyin_full", "beilaishengwu"},
    {"pinyin_spaced", "bei lai"}, {"initials", "ammts"},
    {"zh_name", "艾米"},          {"zh_common", "干细胞"},
    {"zh_milestone", "首张处方"}, {"en_name", "Haidian"},
    {"en_common", "stem cell"},   {"summary_only", "qualifying project"},
    {"no_match", "xyzzy"},        {"one_letter", "a"},
};

void BM_Search(benchmark::State& state, const char* query, std::size_t limit) {
    const pe::SearchIndex& index = index_100k();
    std::size_t hits = 0;
    for (auto _ : state) {
        const std::vector<pe::SearchHit> result = pe::search(index, query, limit);
        hits = result.size();
        benchmark::DoNotOptimize(result.data());
    }
    state.counters["hits"] = static_cast<double>(hits);
}

const bool kRegistered = [] {
    for (const Query& q : kQueries) {
        benchmark::RegisterBenchmark((std::string("BM_Search100k/top20/") + q.label).c_str(), BM_Search,
                                     q.text, std::size_t{20})
            ->Unit(benchmark::kMicrosecond);
    }
    for (const char* label : {"pinyin_prefix", "zh_common", "en_common", "summary_only"}) {
        for (const Query& q : kQueries) {
            if (std::string(q.label) == label) {
                benchmark::RegisterBenchmark((std::string("BM_Search100k/all/") + q.label).c_str(), BM_Search,
                                             q.text, std::numeric_limits<std::size_t>::max())
                    ->Unit(benchmark::kMicrosecond);
            }
        }
    }
    return true;
}();

}  // namespace

BENCHMARK_MAIN();

// The synthetic data generator of the benchmarks (tests/bench/synthetic_dataset.h): its
// 10k output loads with zero errors (through the loader and through the CLI), is the same
// for the same seed, and looks like the real data (types, lanes, links, dates, pinyin).
#include <gtest/gtest.h>

#include <set>

#include "bench/synthetic_dataset.h"
#include "cli_test_support.h"
#include "load/dataset_loader.h"
#include "model/entity_types.h"

namespace pe {
namespace {

// Han characters (3-byte UTF-8 sequences in U+4E00..U+9FFF) plus runs of ASCII letters and
// digits: each is one pinyin word.
std::size_t expected_pinyin_words(std::string_view zh) {
    std::size_t words = 0;
    bool in_run = false;
    for (std::size_t i = 0; i < zh.size();) {
        const auto b = static_cast<unsigned char>(zh[i]);
        const bool alnum = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
        if (alnum || b == '-') {
            words += (!in_run && alnum) ? 1 : 0;
            in_run = in_run || alnum;
            ++i;
            continue;
        }
        in_run = false;
        if (b >= 0xE4 && b <= 0xE9) {
            ++words;
            i += 3;
        } else {
            ++i;
        }
    }
    return words;
}

class Synthetic10k : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        text_ = new std::string(synthetic::synthetic_dataset_json(10000, 42));
        result_ = new LoadResult(load_dataset(*text_));
    }
    static void TearDownTestSuite() {
        delete result_;
        delete text_;
    }
    static std::string* text_;
    static LoadResult* result_;
};

std::string* Synthetic10k::text_ = nullptr;
LoadResult* Synthetic10k::result_ = nullptr;

TEST_F(Synthetic10k, LoadsWithZeroErrors) {
    std::string errors;
    for (std::size_t i = 0; i < result_->errors.size() && i < 20; ++i) {
        errors += format_error("synthetic", result_->errors[i]) + "\n";
    }
    ASSERT_TRUE(result_->ok()) << errors;
    EXPECT_TRUE(result_->errors.empty());
    EXPECT_EQ(result_->dataset->entities.size(), 10000u);
}

TEST_F(Synthetic10k, HasEveryTypeSixLanesAndAboutTwoLinksEach) {
    ASSERT_TRUE(result_->ok());
    const Dataset& d = *result_->dataset;
    std::set<std::string> types;
    std::set<std::string> lanes;
    for (const Entity& e : d.entities) {
        types.insert(e.type.str());
        lanes.insert(e.lane.str());
    }
    EXPECT_EQ(types.size(), kEntityTypes.size());
    EXPECT_EQ(lanes,
              (std::set<std::string>{"national", "city", "district", "parks", "companies", "clinical"}));
    EXPECT_GT(d.links.size(), 19000u);
    EXPECT_LT(d.links.size(), 21000u);
    // Text sizes like the real data: hundreds of bytes per entity, not a few.
    EXPECT_GT(text_->size() / d.entities.size(), 800u);
}

TEST_F(Synthetic10k, DatesOfEveryPrecisionWithin2003To2027) {
    ASSERT_TRUE(result_->ok());
    std::set<DatePrecision> precisions;
    int first = 9999;
    int last = 0;
    std::size_t periods = 0;
    std::size_t ongoing = 0;
    for (const Entity& e : result_->dataset->entities) {
        if (e.time.has_start) {
            precisions.insert(e.time.start.precision);
            first = std::min(first, e.time.start.year);
            last = std::max(last, e.time.start.year);
        }
        if (e.time.has_end) {
            ++periods;
            last = std::max(last, e.time.end.year);
        }
        ongoing += e.time.open_end ? 1 : 0;
    }
    EXPECT_EQ(precisions.size(), 3u);
    EXPECT_EQ(first, 2003);
    EXPECT_EQ(last, 2027);
    EXPECT_GT(periods, 100u);
    EXPECT_GT(ongoing, 100u);
}

TEST_F(Synthetic10k, PinyinHasOneWordPerCharacter) {
    ASSERT_TRUE(result_->ok());
    for (const Entity& e : result_->dataset->entities) {
        std::size_t words = 1;
        for (const char c : e.pinyin) {
            words += c == ' ' ? 1 : 0;
        }
        ASSERT_EQ(words, expected_pinyin_words(e.name.zh)) << e.id << " " << e.name.zh << " / " << e.pinyin;
    }
}

TEST_F(Synthetic10k, ValidatesThroughTheCli) {
    cli_test::TempDir dir;
    const std::string path = dir.file("synthetic-10k.json");
    write_file(path, *text_);
    const auto r = cli_test::run({"validate", path});
    EXPECT_EQ(r.code, 0) << r.err.substr(0, 2000);
    EXPECT_EQ(r.out.rfind(path + ": ok: 10000 entities, ", 0), 0u) << r.out;
}

TEST(Synthetic, SameSeedSameTextOtherSeedOtherText) {
    const std::string a = synthetic::synthetic_dataset_json(1000, 5);
    EXPECT_EQ(a, synthetic::synthetic_dataset_json(1000, 5));
    EXPECT_NE(a, synthetic::synthetic_dataset_json(1000, 6));
}

TEST(Synthetic, TinySizesAreValidToo) {
    for (const std::size_t n : {std::size_t{1}, std::size_t{16}, std::size_t{17}, std::size_t{30}}) {
        const LoadResult r = load_dataset(synthetic::synthetic_dataset_json(n, 1));
        EXPECT_TRUE(r.ok()) << n << ": " << (r.errors.empty() ? "" : format_error("tiny", r.errors[0]));
    }
}

}  // namespace
}  // namespace pe

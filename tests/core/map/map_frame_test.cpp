// One frame of the map in pixels: labels in the current language, company groups as a
// count badge that spreads out on zoom, hover or a selected company, the scale bar, hit
// testing, and the "no geography" frame.
#include <gtest/gtest.h>

#include "map/map_frame.h"
#include "map/map_hit_test.h"
#include "map_fixture.h"

namespace pe {
namespace {

using map_test::builtin_dataset;
using map_test::builtin_outlines;
using map_test::position;

struct Fixture {
    const Dataset& data = builtin_dataset();
    MapScene scene = build_map_scene(data, builtin_outlines(), beijing_projection(), MapRoleInput{});
    MapFrameParams params;
    Fixture() {
        params.viewport = MapViewport{0.0, 0.0, 800.0, 600.0};
        params.camera = fit_bounds(MapCamera{}, scene.bounds, params.viewport, 20.0, MapCameraLimits{});
    }
    const MapMarkerShape& marker(const MapFrame& frame, const std::string& id) const {
        for (const MapMarkerShape& m : frame.markers) {
            if (scene.markers[m.marker].entity == position(data, id)) return m;
        }
        ADD_FAILURE() << id;
        return frame.markers.front();
    }
    const MapDistrictShape& district(const MapFrame& frame, const std::string& zh) const {
        for (const MapDistrictShape& d : frame.districts) {
            if (scene.districts[d.district].name.zh == zh) return d;
        }
        ADD_FAILURE() << zh;
        return frame.districts.front();
    }
};

TEST(MapFrame, FittedToBeijingGroupsAreBadgesAndLabelsFollowTheLanguage) {
    Fixture f;
    EXPECT_NEAR(f.params.camera.px_per_km, 3.2, 0.4);  // 560 px for Beijing's ~176 km north-south
    MapFrame frame = build_map_frame(f.data, f.scene, MapRoleInput{}, f.params);
    EXPECT_FALSE(frame.no_geography);
    ASSERT_EQ(frame.districts.size(), 16u);
    EXPECT_EQ(f.district(frame, "海淀区").label, "海淀区");
    EXPECT_EQ(f.district(frame, "海淀区").policy_count, 3u);
    EXPECT_TRUE(f.district(frame, "海淀区").selectable);
    EXPECT_FALSE(f.district(frame, "朝阳区").selectable);
    EXPECT_TRUE(f.district(frame, "怀柔区").label_visible);
    EXPECT_FALSE(f.district(frame, "东城区").label_visible);  // ~4 km across: 13 px at this zoom
    EXPECT_EQ(f.marker(frame, "park-daxing-biomedicine-base").company_count, 4u);
    EXPECT_FALSE(f.marker(frame, "park-daxing-biomedicine-base").expanded);
    EXPECT_TRUE(frame.members.empty());
    EXPECT_EQ(frame.scale_label, "20 km");  // 50 km would be ~160 px, over the 120 px bar

    f.params.language = Language::En;
    frame = build_map_frame(f.data, f.scene, MapRoleInput{}, f.params);
    EXPECT_EQ(f.district(frame, "海淀区").label, "Haidian District");
    EXPECT_EQ(f.district(frame, "朝阳区").label, "Chaoyang District");  // the outline's own table
    EXPECT_EQ(f.marker(frame, "park-zgc-life-science").label, "Zhongguancun Life Science Park");
}

TEST(MapFrame, GroupsSpreadOutOnZoomHoverOrASelectedCompany) {
    Fixture f;
    const std::uint32_t zgc = position(f.data, "park-zgc-life-science");
    f.params.hovered_park = zgc;
    MapFrame frame = build_map_frame(f.data, f.scene, MapRoleInput{}, f.params);
    ASSERT_EQ(frame.members.size(), 2u);
    EXPECT_TRUE(f.marker(frame, "park-zgc-life-science").expanded);
    EXPECT_EQ(f.marker(frame, "park-zgc-life-science").company_count, 0u);
    EXPECT_EQ(frame.members[0].entity, position(f.data, "company-boyalife-stem-cell"));
    EXPECT_LT(frame.members[0].at.y, frame.members[1].at.y);  // a column under the park
    EXPECT_EQ(frame.members[0].at.x, frame.members[1].at.x);
    EXPECT_GT(frame.members[0].at.y, f.marker(frame, "park-zgc-life-science").at.y);

    f.params.hovered_park.reset();
    MapRoleInput roles;
    roles.has_selection = true;
    roles.selected = position(f.data, "company-platinum-life");
    frame = build_map_frame(f.data, f.scene, roles, f.params);
    ASSERT_EQ(frame.members.size(), 1u);
    EXPECT_EQ(frame.members[0].role, MapRole::Selected);

    f.params.camera.px_per_km = f.params.expand_px_per_km;
    frame = build_map_frame(f.data, f.scene, MapRoleInput{}, f.params);
    EXPECT_EQ(frame.members.size(), 7u);  // 4 + 1 + 2
}

TEST(MapFrame, HitTestingFindsCompaniesParksAndDistricts) {
    Fixture f;
    f.params.hovered_park = position(f.data, "park-daxing-biomedicine-base");
    const MapFrame frame = build_map_frame(f.data, f.scene, MapRoleInput{}, f.params);
    const MapMarkerShape& park = f.marker(frame, "park-daxing-biomedicine-base");

    MapHit hit = hit_test_map(f.scene, frame, f.params, MapScreenPoint{park.at.x + 1.0, park.at.y - 1.0});
    EXPECT_EQ(hit.kind, MapHitKind::Marker);
    EXPECT_EQ(hit.entity, position(f.data, "park-daxing-biomedicine-base"));

    ASSERT_EQ(frame.members.size(), 4u);
    hit = hit_test_map(f.scene, frame, f.params,
                       MapScreenPoint{frame.members[2].at.x, frame.members[2].at.y + 2.0});
    EXPECT_EQ(hit.kind, MapHitKind::Member);
    EXPECT_EQ(hit.entity, frame.members[2].entity);

    const MapDistrictShape& haidian = f.district(frame, "海淀区");
    hit = hit_test_map(f.scene, frame, f.params, MapScreenPoint{haidian.label_at.x, haidian.label_at.y});
    EXPECT_EQ(hit.kind, MapHitKind::District);
    EXPECT_TRUE(hit.has_entity);
    EXPECT_EQ(hit.entity, position(f.data, "district-haidian"));

    const MapDistrictShape& chaoyang = f.district(frame, "朝阳区");
    hit = hit_test_map(f.scene, frame, f.params, MapScreenPoint{chaoyang.label_at.x, chaoyang.label_at.y});
    EXPECT_EQ(hit.kind, MapHitKind::District);
    EXPECT_FALSE(hit.has_entity);

    hit = hit_test_map(f.scene, frame, f.params, MapScreenPoint{2.0, 598.0});  // Hebei, south-west
    EXPECT_EQ(hit.kind, MapHitKind::None);
}

TEST(MapFrame, WithoutGeographyTheFrameSaysSoAndHoldsNothing) {
    const Dataset data = map_test::Builder{}.entity("p", "park", "园").build();
    const MapScene scene = build_map_scene(data, builtin_outlines(), beijing_projection(), MapRoleInput{});
    MapFrameParams params;
    const MapFrame frame = build_map_frame(data, scene, MapRoleInput{}, params);
    EXPECT_TRUE(frame.no_geography);
    EXPECT_TRUE(frame.districts.empty());
    EXPECT_TRUE(frame.markers.empty());
    EXPECT_EQ(hit_test_map(scene, frame, params, MapScreenPoint{0.5, 0.5}).kind, MapHitKind::None);
}

}  // namespace
}  // namespace pe

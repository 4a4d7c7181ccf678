// The map's scene: on the built-in dataset the parks are placed, the companies grouped at
// their park with their counts and the district policies counted on their district; on
// hand-made datasets every rule (park_id or located_in, district_id or applies_to, masks,
// a dataset without geography).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "map/map_hit_test.h"
#include "map/map_scene.h"
#include "map_fixture.h"

namespace pe {
namespace {

using map_test::builtin_dataset;
using map_test::builtin_outlines;
using map_test::position;

const MapDistrict* district_named(const MapScene& scene, const std::string& zh) {
    for (const MapDistrict& d : scene.districts) {
        if (d.name.zh == zh) return &d;
    }
    return nullptr;
}

const MapMarker* marker_of(const MapScene& scene, std::uint32_t entity) {
    for (const MapMarker& m : scene.markers) {
        if (m.entity == entity) return &m;
    }
    return nullptr;
}

std::string ids(const Dataset& dataset, const std::vector<std::uint32_t>& entities) {
    std::string out;
    for (const std::uint32_t e : entities) out += (out.empty() ? "" : ", ") + dataset.entities[e].id;
    return out;
}

TEST(MapScene, TheBuiltInDatasetPlacesParksGroupsCompaniesAndCountsDistrictPolicies) {
    const Dataset& data = builtin_dataset();
    const MapScene scene = build_map_scene(data, builtin_outlines(), beijing_projection(), MapRoleInput{});
    ASSERT_TRUE(scene.has_geography);
    ASSERT_EQ(scene.districts.size(), 16u);
    for (const MapMarker& m : scene.markers) {
        const auto in = district_at(scene, m.point);
        std::printf("marker %-40s at (%7.2f, %7.2f) km in %s%s: %zu companies [%s], %zu park policies\n",
                    data.entities[m.entity].id.c_str(), m.point.x, m.point.y,
                    in ? scene.districts[*in].name.zh.c_str() : "no district",
                    m.approximate ? " (approximate)" : "", m.companies.size(), ids(data, m.companies).c_str(),
                    m.policies.size());
    }
    for (const MapDistrict& d : scene.districts) {
        if (d.has_entity || !d.policies.empty()) {
            std::printf("district %s = %s: %zu policies [%s]\n", d.name.zh.c_str(),
                        data.entities[d.entity].id.c_str(), d.policies.size(), ids(data, d.policies).c_str());
        }
    }
    std::printf("%zu markers, %zu shown entities the map cannot place\n", scene.markers.size(),
                scene.unplaced);

    // The three parks with coordinates; the national base has none and is not drawn.
    ASSERT_EQ(scene.markers.size(), 3u);
    const MapMarker* daxing_base = marker_of(scene, position(data, "park-daxing-biomedicine-base"));
    const MapMarker* yizhuang = marker_of(scene, position(data, "park-yizhuang-biomedicine"));
    const MapMarker* zgc = marker_of(scene, position(data, "park-zgc-life-science"));
    ASSERT_TRUE(daxing_base && yizhuang && zgc);
    EXPECT_EQ(marker_of(scene, position(data, "park-national-biomedicine-industry-base")), nullptr);
    EXPECT_EQ(daxing_base->kind, MapMarkerKind::Park);
    EXPECT_TRUE(daxing_base->approximate);
    EXPECT_EQ(daxing_base->companies.size(), 4u);
    EXPECT_EQ(yizhuang->companies.size(), 1u);
    EXPECT_EQ(zgc->companies.size(), 2u);
    EXPECT_EQ(ids(data, zgc->companies), "company-boyalife-stem-cell, company-edigene");
    EXPECT_EQ(daxing_base->policies.size(), 1u);  // the park-scope enterprise support subsidy

    const MapDistrict* haidian = district_named(scene, "海淀区");
    const MapDistrict* daxing = district_named(scene, "大兴区");
    ASSERT_TRUE(haidian && daxing);
    ASSERT_TRUE(haidian->has_entity);
    EXPECT_EQ(data.entities[haidian->entity].id, "district-haidian");
    EXPECT_EQ(data.entities[daxing->entity].id, "district-daxing");
    EXPECT_EQ(haidian->policies.size(), 3u);
    EXPECT_EQ(daxing->policies.size(), 1u);
    EXPECT_FALSE(district_named(scene, "朝阳区")->has_entity);  // not in the data: drawn plain
    EXPECT_TRUE(district_named(scene, "朝阳区")->policies.empty());

    // Where the parks fall on the real outlines.
    EXPECT_EQ(scene.districts[district_at(scene, daxing_base->point).value()].name.zh, "大兴区");
    EXPECT_EQ(scene.districts[district_at(scene, yizhuang->point).value()].name.zh, "大兴区");
    EXPECT_EQ(scene.districts[district_at(scene, zgc->point).value()].name.zh, "昌平区");
    EXPECT_FALSE(scene.data_bounds.empty);
    EXPECT_GT(scene.bounds.max_x - scene.bounds.min_x, 150.0);  // Beijing is ~170 km across
}

TEST(MapScene, EachDistrictEntitysOwnPointFallsInsideItsOutline) {
    const Dataset& data = builtin_dataset();
    const MapProjection projection = beijing_projection();
    const MapScene scene = build_map_scene(data, builtin_outlines(), projection, MapRoleInput{});
    std::size_t checked = 0;
    for (const MapDistrict& d : scene.districts) {
        if (!d.has_entity) continue;
        const GeoPoint& geo = data.entities[d.entity].geo;
        ASSERT_TRUE(geo.present);
        const MapPoint point = project(projection, GeoCoord{geo.lon, geo.lat});
        EXPECT_TRUE(rings_contain(d.rings, point)) << d.name.zh;
        EXPECT_TRUE(rings_contain(d.rings, d.anchor)) << d.name.zh << "'s label anchor";
        ++checked;
    }
    EXPECT_EQ(checked, 2u);  // 海淀区 and 大兴区
    // Every anchor lies in its own district and in no other.
    for (std::size_t d = 0; d < scene.districts.size(); ++d) {
        EXPECT_EQ(district_at(scene, scene.districts[d].anchor), d) << scene.districts[d].name.zh;
    }
    EXPECT_FALSE(district_at(scene, project(projection, GeoCoord{115.0, 39.0})).has_value());  // Hebei
}

TEST(MapScene, ADatasetWithoutGeographySaysSo) {
    const Dataset data = map_test::Builder{}
                             .entity("p", "park", "园")
                             .entity("c", "company", "公司")
                             .link("c", "p", "located_in")
                             .build();
    const MapScene scene = build_map_scene(data, builtin_outlines(), beijing_projection(), MapRoleInput{});
    EXPECT_FALSE(scene.has_geography);
    EXPECT_TRUE(scene.markers.empty());
    EXPECT_EQ(scene.unplaced, 2u);
}

Dataset small_dataset() {
    return map_test::Builder{}
        .entity("district-hd", "district", "海淀区", Scope::District)
        .at(39.96, 116.30)
        .entity("district-x", "district", "某区", Scope::District)
        .at(40.5, 116.0)  // no outline
        .entity("park-a", "park", "甲园", Scope::Park)
        .at(40.0, 116.3)
        .entity("park-b", "park", "乙园", Scope::Park)  // no geo
        .entity("c1", "company", "一")
        .link("c1", "park-a", "located_in")
        .entity("c2", "company", "二")
        .entity("c3", "company", "三")
        .at(39.9, 116.4, false)  // its own point
        .entity("c4", "company", "四")
        .link("c4", "park-b", "located_in")
        .entity("pol-1", "policy", "政策一", Scope::District)
        .link("pol-1", "district-hd", "applies_to")
        .entity("pol-2", "subsidy", "补贴", Scope::District)
        .entity("pol-3", "policy", "市政策", Scope::City)
        .link("pol-3", "district-hd", "applies_to")
        .entity("pol-4", "reward", "园区奖励", Scope::Park)
        .link("pol-4", "park-a", "applies_to")
        .build();
}

Dataset with_fields(Dataset data) {
    data.entities[5].park_id = "park-a";           // c2 by park_id
    data.entities[9].district_id = "district-hd";  // pol-2 by district_id
    return data;
}

TEST(MapScene, GroupsByParkIdOrLocatedInAndCountsByDistrictIdOrAppliesTo) {
    const Dataset data = with_fields(small_dataset());
    const MapScene scene = build_map_scene(data, builtin_outlines(), beijing_projection(), MapRoleInput{});
    const MapMarker* park = marker_of(scene, position(data, "park-a"));
    ASSERT_NE(park, nullptr);
    EXPECT_EQ(ids(data, park->companies), "c1, c2");
    EXPECT_EQ(ids(data, park->policies), "pol-4");
    const MapMarker* own = marker_of(scene, position(data, "c3"));
    ASSERT_NE(own, nullptr);
    EXPECT_EQ(own->kind, MapMarkerKind::Place);
    EXPECT_FALSE(own->approximate);
    ASSERT_NE(marker_of(scene, position(data, "district-x")), nullptr);   // a district with no outline
    EXPECT_EQ(marker_of(scene, position(data, "district-hd")), nullptr);  // drawn as its outline
    const MapDistrict* haidian = district_named(scene, "海淀区");
    EXPECT_EQ(ids(data, haidian->policies), "pol-1, pol-2");  // not the city-scope pol-3
    // Unplaced: park-b (no geo), c4 (its park has none), pol-3 (city scope).
    EXPECT_EQ(scene.unplaced, 3u);
}

TEST(MapScene, TheFilterHidesTheFocusFadesTheSelectionStandsOut) {
    const Dataset data = with_fields(small_dataset());
    MapRoleInput roles;
    roles.shown.assign(data.entities.size(), 1);
    roles.shown[position(data, "c2")] = 0;
    roles.shown[position(data, "park-a")] = 0;  // the park hidden, c1 still shown
    roles.shown[position(data, "pol-1")] = 0;
    roles.shown[position(data, "district-hd")] = 0;
    roles.in_focus.assign(data.entities.size(), 1);
    roles.in_focus[position(data, "c3")] = 0;
    roles.has_selection = true;
    roles.selected = position(data, "district-x");
    const MapScene scene = build_map_scene(data, builtin_outlines(), beijing_projection(), roles);
    const MapMarker* park = marker_of(scene, position(data, "park-a"));
    ASSERT_NE(park, nullptr);  // kept as c1's anchor
    EXPECT_FALSE(park->entity_shown);
    EXPECT_EQ(ids(data, park->companies), "c1");
    EXPECT_EQ(marker_of(scene, position(data, "c3"))->role, MapRole::Faded);
    EXPECT_EQ(marker_of(scene, position(data, "district-x"))->role, MapRole::Selected);
    const MapDistrict* haidian = district_named(scene, "海淀区");
    EXPECT_TRUE(haidian->has_entity);
    EXPECT_FALSE(haidian->entity_shown);
    EXPECT_EQ(ids(data, haidian->policies), "pol-2");

    roles.shown[position(data, "c1")] = 0;
    roles.shown[position(data, "pol-4")] = 0;
    const MapScene emptier = build_map_scene(data, builtin_outlines(), beijing_projection(), roles);
    EXPECT_EQ(marker_of(emptier, position(data, "park-a")), nullptr);  // nothing left to anchor
}

}  // namespace
}  // namespace pe

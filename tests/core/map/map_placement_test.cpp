// Where entities are on the map and the chain steps drawn between them: a park at its disc, a
// grouped company at its park (or its own disc once the group is spread out), a district at
// its label, a policy nowhere; a chain step only when both ends are placed apart. And the
// chain mask reaching the frame's shapes.
#include <gtest/gtest.h>

#include "map/map_placement.h"
#include "map_fixture.h"

namespace pe {
namespace {

using map_test::builtin_outlines;

// The built-in map fitted to an 800 by 600 viewport, with roles a test can change.
struct Fixture {
    const Dataset& data = map_test::builtin_dataset();
    MapRoleInput roles;
    MapScene scene = build_map_scene(data, builtin_outlines(), beijing_projection(), roles);
    MapFrameParams params;
    Fixture() {
        params.viewport = MapViewport{0.0, 0.0, 800.0, 600.0};
        params.camera = fit_bounds(MapCamera{}, scene.bounds, params.viewport, 20.0, MapCameraLimits{});
    }
    std::uint32_t at(std::string_view id) const { return map_test::position(data, std::string(id)); }
};

TEST(MapPlacement, ParksCompaniesAndDistrictsArePlacedPoliciesAreNot) {
    Fixture f;
    MapFrame frame = build_map_frame(f.data, f.scene, f.roles, f.params);
    const auto park = entity_pixel(f.scene, frame, f.at("park-daxing-biomedicine-base"));
    ASSERT_TRUE(park.has_value());
    const auto company = entity_pixel(f.scene, frame, f.at("company-platinum-life"));
    ASSERT_TRUE(company.has_value());
    EXPECT_TRUE(entity_pixel(f.scene, frame, f.at("district-haidian")).has_value());
    EXPECT_TRUE(entity_map_point(f.scene, f.at("company-platinum-life")).has_value());

    // Expanded, the company has its own disc below its park.
    f.params.hovered_park = f.scene.markers[0].entity;
    for (const MapMarker& marker : f.scene.markers) {
        for (const std::uint32_t c : marker.companies) {
            if (c == f.at("company-platinum-life")) f.params.hovered_park = marker.entity;
        }
    }
    const auto collapsed_at = *company;
    frame = build_map_frame(f.data, f.scene, f.roles, f.params);
    const auto spread = entity_pixel(f.scene, frame, f.at("company-platinum-life"));
    ASSERT_TRUE(spread.has_value());
    EXPECT_GT(spread->y, collapsed_at.y);

    for (std::uint32_t e = 0; e < f.data.entities.size(); ++e) {
        if (is_policy_type(f.data.entities[e].type)) {
            EXPECT_FALSE(entity_pixel(f.scene, frame, e).has_value()) << f.data.entities[e].id;
        }
    }
}

TEST(MapPlacement, ChainStepsJoinPlacedEndsAndTheShapesKnowTheyAreOnAChain) {
    Fixture f;
    // A hand-made chain over the built-in links: a company located in its park.
    std::size_t located = f.data.links.size();
    for (std::size_t l = 0; l < f.data.links.size(); ++l) {
        if (f.data.links[l].relation == "located_in" && f.data.links[l].to == "park-daxing-biomedicine-base")
            located = l;
    }
    ASSERT_LT(located, f.data.links.size());
    std::vector<std::uint8_t> chain_links(f.data.links.size(), 0);
    chain_links[located] = 1;
    f.roles.on_chain.assign(f.data.entities.size(), 0);
    const std::uint32_t company = f.at(f.data.links[located].from);
    f.roles.on_chain[company] = 1;
    f.roles.on_chain[f.at("park-daxing-biomedicine-base")] = 1;
    f.scene = build_map_scene(f.data, builtin_outlines(), beijing_projection(), f.roles);

    // Collapsed: the company sits at its park, the step has no length and is not drawn.
    MapFrame frame = build_map_frame(f.data, f.scene, f.roles, f.params);
    EXPECT_TRUE(map_chain_steps(f.data, f.scene, frame, chain_links).empty());
    bool park_on_chain = false;
    for (const MapMarkerShape& m : frame.markers) {
        if (f.scene.markers[m.marker].entity == f.at("park-daxing-biomedicine-base"))
            park_on_chain = m.on_chain;
    }
    EXPECT_TRUE(park_on_chain);

    // Spread out: one line from the company's disc to the park's.
    f.params.hovered_park = f.at("park-daxing-biomedicine-base");
    frame = build_map_frame(f.data, f.scene, f.roles, f.params);
    const auto steps = map_chain_steps(f.data, f.scene, frame, chain_links);
    ASSERT_EQ(steps.size(), 1u);
    EXPECT_EQ(steps[0].link, located);
    EXPECT_EQ(steps[0].to.x, entity_pixel(f.scene, frame, f.at("park-daxing-biomedicine-base"))->x);
    bool member_on_chain = false;
    for (const MapMemberShape& m : frame.members)
        member_on_chain = member_on_chain || (m.entity == company && m.on_chain);
    EXPECT_TRUE(member_on_chain);
}

}  // namespace
}  // namespace pe

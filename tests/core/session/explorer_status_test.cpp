#include "session/explorer_status.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace pe {
namespace {

TEST(ExplorerStatus, JsonHasTheFieldsThePageApiPromises) {
    ExplorerStatus status;
    status.ready = true;
    status.dataset_id = "beijing";
    status.entity_count = 12;
    status.link_count = 34;
    status.view = MainView::Network;
    status.tab = LowerTab::Figures;
    status.selected_id = "company-x";
    status.language = Language::Zh;
    status.frame_count = 7;
    status.frame_ms = 1.5;
    status.frame_ms_p95 = 3.25;
    status.focus_hops = 2;
    status.connect_id = "policy-y";
    status.chains = {{"company-x", "park-z", "policy-y"}};
    status.network_layout_hash = hex_hash(0xc55c009cef607453ull);
    const auto json = nlohmann::json::parse(explorer_status_json(status));
    EXPECT_EQ(json["ready"], true);
    EXPECT_EQ(json["datasetId"], "beijing");
    EXPECT_EQ(json["entityCount"], 12);
    EXPECT_EQ(json["linkCount"], 34);
    EXPECT_EQ(json["view"], "network");
    EXPECT_EQ(json["tab"], "figures");
    EXPECT_EQ(json["selectedId"], "company-x");
    EXPECT_EQ(json["language"], "zh");
    EXPECT_EQ(json["frameCount"], 7);
    EXPECT_EQ(json["frameMs"], 1.5);
    EXPECT_EQ(json["frameMsP95"], 3.25);
    EXPECT_EQ(json["focus"], 2);
    EXPECT_EQ(json["connectId"], "policy-y");
    EXPECT_EQ(json["chains"], nlohmann::json::parse(R"([["company-x", "park-z", "policy-y"]])"));
    EXPECT_EQ(json["networkLayoutHash"], "c55c009cef607453");
}

TEST(ExplorerStatus, HexHashKeepsLeadingZeros) {
    EXPECT_EQ(hex_hash(0), "0000000000000000");
    EXPECT_EQ(hex_hash(0xabcull), "0000000000000abc");
    EXPECT_EQ(hex_hash(0xffffffffffffffffull), "ffffffffffffffff");
}

TEST(ExplorerStatus, NoSelectionIsNullAndBadUtf8DoesNotThrow) {
    ExplorerStatus status;
    status.error = "bad \xff byte";
    const auto json = nlohmann::json::parse(explorer_status_json(status));
    EXPECT_TRUE(json["selectedId"].is_null());
    EXPECT_TRUE(json["connectId"].is_null());
    EXPECT_TRUE(json["networkLayoutHash"].is_null());
    EXPECT_TRUE(json["chains"].empty());
    EXPECT_EQ(json["ready"], false);
    EXPECT_NE(json["error"].get<std::string>().find("bad"), std::string::npos);
}

}  // namespace
}  // namespace pe

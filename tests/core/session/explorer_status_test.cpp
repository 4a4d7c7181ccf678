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
}

TEST(ExplorerStatus, NoSelectionIsNullAndBadUtf8DoesNotThrow) {
    ExplorerStatus status;
    status.error = "bad \xff byte";
    const auto json = nlohmann::json::parse(explorer_status_json(status));
    EXPECT_TRUE(json["selectedId"].is_null());
    EXPECT_EQ(json["ready"], false);
    EXPECT_NE(json["error"].get<std::string>().find("bad"), std::string::npos);
}

}  // namespace
}  // namespace pe

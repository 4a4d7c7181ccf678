#include "explore/dataset_header_model.h"

#include <gtest/gtest.h>

namespace pe {
namespace {

// Builds a dataset by hand so the expectations do not depend on the real data's content.
Dataset three_entities() {
    Dataset dataset;
    dataset.title = {"标题", "Title"};
    dataset.links.resize(2);
    dataset.sources.resize(1);
    dataset.lanes.resize(3);
    auto add = [&](const char* id, const char* zh, const char* en, int year) {
        Entity entity;
        entity.id = id;
        entity.type = "company";
        entity.name = {zh, en};
        entity.pinyin = "bei lai sheng wu";
        entity.pinyin_initials = "blsw";
        if (year != 0) {
            entity.time.has_start = true;
            entity.time.start = Date{year, 0, 0, DatePrecision::Year};
        }
        dataset.entities.push_back(entity);
    };
    add("late", "晚", "Late", 2025);
    add("undated", "无日期", "Undated", 0);
    add("early", "早", "Early", 2003);
    dataset.index.events_by_time = {2, 0};
    return dataset;
}

TEST(DatasetHeaderModel, TitleCountsAndTheSpanOfDatedYears) {
    const DatasetHeaderModel model = build_dataset_header(three_entities(), Language::Zh);
    EXPECT_EQ(model.title, "标题");
    EXPECT_EQ(model.entity_count, 3u);
    EXPECT_EQ(model.link_count, 2u);
    EXPECT_EQ(model.source_count, 1u);
    EXPECT_EQ(model.lane_count, 3u);
    EXPECT_EQ(model.span_label, "2003–2025");
}

}  // namespace
}  // namespace pe

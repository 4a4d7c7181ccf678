// The view model of the dataset overview: title, counts, time span and one row per entity
// in time order, with both names, ready for the UI to draw without further lookups.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dataset.h"
#include "language.h"
#include "string_table.h"

namespace pe {

struct OverviewRow {
    std::uint32_t entity = 0;  // index into Dataset::entities
    std::string id;
    std::string name_zh;
    std::string name_en;
    std::string type_label;  // in the UI language
    std::string date_label;  // at the data's precision, in the UI language
    std::string search_key;  // lower-cased names, id and pinyin, for the name filter
};

struct OverviewModel {
    std::string title;
    std::string description;
    std::size_t entity_count = 0;
    std::size_t link_count = 0;
    std::size_t source_count = 0;
    std::size_t lane_count = 0;
    std::string span_label;         // first to last dated year, e.g. "2003–2027"
    std::vector<OverviewRow> rows;  // dated entities by time, then undated ones by id
};

OverviewModel build_dataset_overview(const Dataset& dataset, const StringTable& strings, Language language);

// Rows whose names, id or pinyin contain `needle` (ASCII case-insensitive); all when empty.
std::vector<std::uint32_t> filter_overview_rows(const OverviewModel& model, std::string_view needle);

}  // namespace pe

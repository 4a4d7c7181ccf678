// The view model of the dataset header: title, description, counts and the time span, in
// the UI language. (The entities themselves are the entity table's: entity_table.h.)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/dataset.h"
#include "model/language.h"
#include "text/string_table.h"

namespace pe {

struct DatasetHeaderModel {
    std::string title;
    std::string description;
    std::size_t entity_count = 0;
    std::size_t link_count = 0;
    std::size_t source_count = 0;
    std::size_t lane_count = 0;
    std::string span_label;  // first to last dated year, e.g. "2003–2027"
};

DatasetHeaderModel build_dataset_header(const Dataset& dataset, Language language);

}  // namespace pe

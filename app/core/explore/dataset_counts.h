// Counts over a dataset, shared by the CLI's stats and the figures view: entities per
// type, lane, park and start year, the span of their years, key figures, links per
// relation and source quotes. Only counting: order, labels and layout are the callers'.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/dataset.h"

namespace pe {

struct EntityCounts {
    std::size_t entities = 0;                     // entities counted
    std::map<std::string, std::size_t> per_type;  // type as in the data
    std::map<std::string, std::size_t> per_lane;  // lane id as in the data ("" included)
    std::map<std::string, std::size_t> per_park;  // park id, for entities that name one
    std::map<int, std::size_t> starts_per_year;   // dated entities, at their start year
    // The earliest and latest year among the starts and ends; has_years false when no
    // counted entity has either.
    bool has_years = false;
    int first_year = 0;
    int last_year = 0;
    std::size_t figures = 0;  // key figures stated
};

struct QuoteCounts {
    std::size_t quotes = 0;    // source references of entities, key figures and links
    std::size_t distinct = 0;  // different quote texts among them
};

struct DatasetCounts {
    EntityCounts entities;  // every entity
    std::map<std::string, std::size_t> links_per_relation;
    QuoteCounts quotes;
};

// `visible` as in FilterResult (entity_filter.h): an empty mask counts every entity.
EntityCounts count_entities(const Dataset& dataset, const std::vector<std::uint8_t>& visible);

// Everything above over the whole dataset.
DatasetCounts count_dataset(const Dataset& dataset);

}  // namespace pe

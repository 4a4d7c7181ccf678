// Builds the dataset header's view model (dataset_header_model.h).
#include "explore/dataset_header_model.h"

#include <algorithm>

namespace pe {

DatasetHeaderModel build_dataset_header(const Dataset& dataset, Language language) {
    DatasetHeaderModel model;
    model.title = pick(dataset.title, language);
    model.description = pick(dataset.description, language);
    model.entity_count = dataset.entities.size();
    model.link_count = dataset.links.size();
    model.source_count = dataset.sources.size();
    model.lane_count = dataset.lanes.size();

    int first_year = 0;
    int last_year = 0;
    for (const std::uint32_t index : dataset.index.events_by_time) {
        const Entity& entity = dataset.entities[index];
        const int end_year = entity.time.has_end ? entity.time.end.year : entity.time.start.year;
        first_year = first_year == 0 ? entity.time.start.year : std::min(first_year, entity.time.start.year);
        last_year = std::max(last_year, end_year);
    }
    if (first_year != 0) model.span_label = std::to_string(first_year) + "–" + std::to_string(last_year);
    return model;
}

}  // namespace pe

// The counts of dataset_counts.h: one pass over the entities (and one over the links for
// the whole-dataset counts), tallies in ordered maps.
#include "explore/dataset_counts.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "explore/entity_filter.h"

namespace pe {

namespace {

void count_year(EntityCounts& counts, int year) {
    counts.first_year = counts.has_years ? std::min(counts.first_year, year) : year;
    counts.last_year = counts.has_years ? std::max(counts.last_year, year) : year;
    counts.has_years = true;
}

}  // namespace

EntityCounts count_entities(const Dataset& dataset, const std::vector<std::uint8_t>& visible) {
    EntityCounts counts;
    for (std::uint32_t e = 0; e < dataset.entities.size(); ++e) {
        if (!entity_visible(visible, e)) continue;
        const Entity& entity = dataset.entities[e];
        ++counts.entities;
        ++counts.per_type[entity.type.str()];
        ++counts.per_lane[entity.lane.str()];
        if (!entity.park_id.empty()) ++counts.per_park[entity.park_id.str()];
        if (entity.time.has_start) {
            ++counts.starts_per_year[entity.time.start.year];
            count_year(counts, entity.time.start.year);
        }
        if (entity.time.has_end) count_year(counts, entity.time.end.year);
        counts.figures += entity.figures.size();
    }
    return counts;
}

DatasetCounts count_dataset(const Dataset& dataset) {
    DatasetCounts counts;
    counts.entities = count_entities(dataset, {});
    std::unordered_set<std::string_view> distinct;
    const auto count_quote = [&](const SourceRef& ref) {
        ++counts.quotes.quotes;
        distinct.insert(ref.quote);
    };
    for (const Entity& entity : dataset.entities) {
        for (const SourceRef& ref : entity.sources) count_quote(ref);
        for (const KeyFigure& figure : entity.figures) count_quote(figure.source);
    }
    for (const Link& link : dataset.links) {
        ++counts.links_per_relation[link.relation.str()];
        for (const SourceRef& ref : link.sources) count_quote(ref);
    }
    counts.quotes.distinct = distinct.size();
    return counts;
}

}  // namespace pe

// Builds the figures view model (figures_model.h): the chart counts come from
// count_entities (dataset_counts.h), then the cards and each chart's bars are sorted.
#include "explore/figures_model.h"

#include <algorithm>
#include <map>

#include "explore/dataset_counts.h"
#include "explore/entity_filter.h"
#include "model/date.h"

namespace pe {

FiguresModel build_figures_model(const Dataset& dataset, const StringTable& strings, Language language,
                                 const std::vector<std::uint8_t>& visible) {
    FiguresModel model;
    const EntityCounts counts = count_entities(dataset, visible);
    std::vector<std::uint32_t> with_figures;
    for (std::uint32_t e = 0; e < dataset.entities.size(); ++e) {
        if (entity_visible(visible, e) && !dataset.entities[e].figures.empty()) with_figures.push_back(e);
    }

    std::sort(with_figures.begin(), with_figures.end(), [&](std::uint32_t a, std::uint32_t b) {
        const Entity& ea = dataset.entities[a];
        const Entity& eb = dataset.entities[b];
        if (ea.time.has_start != eb.time.has_start) return ea.time.has_start;
        if (ea.time.has_start) {
            const int c = compare_dates(ea.time.start, eb.time.start);
            if (c != 0) return c < 0;
        }
        return ea.id < eb.id;
    });
    for (const std::uint32_t e : with_figures) {
        const Entity& entity = dataset.entities[e];
        for (const KeyFigure& figure : entity.figures) {
            model.cards.push_back(FigureCard{
                pick(figure.label, language).str(), pick(figure.display, language).str(), figure.value,
                figure.unit.str(), e, pick(entity.name, language).str(), figure.source.quote.str()});
        }
    }

    const std::map<int, std::size_t>& years = counts.starts_per_year;
    if (!years.empty()) {
        for (int year = years.begin()->first; year <= years.rbegin()->first; ++year) {
            const auto found = years.find(year);
            model.events_per_year.push_back(YearCount{year, found == years.end() ? 0 : found->second});
        }
    }

    for (const auto& [type, count] : counts.per_type) {
        model.per_type.push_back(TypeCount{type, lookup(strings, "type." + type, language), count});
    }
    std::sort(model.per_type.begin(), model.per_type.end(), [](const TypeCount& a, const TypeCount& b) {
        if (a.count != b.count) return a.count > b.count;
        if (a.label != b.label) return a.label < b.label;
        return a.type < b.type;
    });

    for (std::uint32_t e = 0; e < dataset.entities.size(); ++e) {
        const Entity& park = dataset.entities[e];
        if (park.type != "park") continue;
        const auto found = counts.per_park.find(park.id.str());
        if (found == counts.per_park.end()) continue;
        model.per_park.push_back(ParkCount{e, pick(park.name, language).str(), found->second});
    }
    std::sort(model.per_park.begin(), model.per_park.end(), [&](const ParkCount& a, const ParkCount& b) {
        if (a.count != b.count) return a.count > b.count;
        if (a.name != b.name) return a.name < b.name;
        return dataset.entities[a.park].id < dataset.entities[b.park].id;
    });
    return model;
}

}  // namespace pe

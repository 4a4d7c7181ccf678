// Builds the overview view model (overview_model.h).
#include "overview_model.h"

#include <algorithm>
#include <cctype>

#include "date_format.h"

namespace pe {

namespace {

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

OverviewRow make_row(const Entity& entity, std::uint32_t index, const StringTable& strings,
                     Language language) {
    OverviewRow row;
    row.entity = index;
    row.id = entity.id;
    row.name_zh = entity.name.zh;
    row.name_en = entity.name.en;
    row.type_label = lookup(strings, "type." + entity.type, language);
    row.date_label = display_span(entity.time, language);
    row.search_key = ascii_lower(entity.name.zh + "\n" + entity.name.en + "\n" + entity.id + "\n" +
                                 entity.pinyin + "\n" + entity.pinyin_initials);
    return row;
}

}  // namespace

OverviewModel build_dataset_overview(const Dataset& dataset, const StringTable& strings, Language language) {
    OverviewModel model;
    model.title = pick(dataset.title, language);
    model.description = pick(dataset.description, language);
    model.entity_count = dataset.entities.size();
    model.link_count = dataset.links.size();
    model.source_count = dataset.sources.size();
    model.lane_count = dataset.lanes.size();

    std::vector<bool> placed(dataset.entities.size(), false);
    model.rows.reserve(dataset.entities.size());
    int first_year = 0;
    int last_year = 0;
    for (const std::uint32_t index : dataset.index.events_by_time) {
        const Entity& entity = dataset.entities[index];
        model.rows.push_back(make_row(entity, index, strings, language));
        placed[index] = true;
        const int end_year = entity.time.has_end ? entity.time.end.year : entity.time.start.year;
        first_year = first_year == 0 ? entity.time.start.year : std::min(first_year, entity.time.start.year);
        last_year = std::max(last_year, end_year);
    }
    std::vector<std::uint32_t> undated;
    for (std::uint32_t i = 0; i < dataset.entities.size(); ++i) {
        if (!placed[i]) undated.push_back(i);
    }
    std::sort(undated.begin(), undated.end(), [&](std::uint32_t a, std::uint32_t b) {
        return dataset.entities[a].id < dataset.entities[b].id;
    });
    for (const std::uint32_t index : undated) {
        model.rows.push_back(make_row(dataset.entities[index], index, strings, language));
    }
    if (first_year != 0) model.span_label = std::to_string(first_year) + "–" + std::to_string(last_year);
    return model;
}

std::vector<std::uint32_t> filter_overview_rows(const OverviewModel& model, std::string_view needle) {
    const std::string lowered = ascii_lower(needle);
    std::vector<std::uint32_t> shown;
    shown.reserve(model.rows.size());
    for (std::uint32_t i = 0; i < model.rows.size(); ++i) {
        if (lowered.empty() || model.rows[i].search_key.find(lowered) != std::string::npos)
            shown.push_back(i);
    }
    return shown;
}

}  // namespace pe

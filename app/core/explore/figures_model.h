// The figures panel's view model: the key figures the data states, as cards, and three
// counts to chart (events per year, entities per type, entities per park), all over the
// entities the filter shows. Only numbers from the data: values are copied, counts are
// counts of entities; nothing is estimated or filled in. Drawing is the UI's.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "model/language.h"
#include "text/string_table.h"

namespace pe {

struct FigureCard {
    std::string label;    // in the language
    std::string display;  // the source's own wording, in the language
    double value = 0.0;
    std::string unit;
    std::uint32_t entity = 0;  // the entity stating it
    std::string entity_name;   // in the language
    std::string quote;         // the sentence it was taken from
};

struct YearCount {
    int year = 0;
    std::size_t count = 0;
};

struct TypeCount {
    std::string type;  // as in the data
    std::string label;
    std::size_t count = 0;
};

struct ParkCount {
    std::uint32_t park = 0;  // the park entity
    std::string name;        // in the language
    std::size_t count = 0;
};

struct FiguresModel {
    // Every key figure of the shown entities: by the entity's start (undated last), then its
    // id, then the figure's place in the entity.
    std::vector<FigureCard> cards;
    // Shown dated entities counted at their start year; every year from the first to the
    // last is present, with 0 where nothing started. Empty when none is dated.
    std::vector<YearCount> events_per_year;
    // Shown entities per type: only counts above 0; by count (descending), then label.
    std::vector<TypeCount> per_type;
    // Per park entity, the shown entities whose park_id is that park (the park itself need
    // not be shown); parks counting 0 left out; by count (descending), then name.
    std::vector<ParkCount> per_park;
};

// `visible` as in FilterResult (entity_filter.h): an empty mask shows every entity.
FiguresModel build_figures_model(const Dataset& dataset, const StringTable& strings, Language language,
                                 const std::vector<std::uint8_t>& visible);

}  // namespace pe

// The in-memory dataset: plain structs that the loader fills once and nothing mutates
// afterwards. Holds no parsing and no drawing; see dataset_loader.h for how it is made.
// Its strings are DataStrings (data_string.h): views into the Dataset's arena once loaded.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/data_string.h"
#include "model/id_map.h"

namespace pe {

struct Text {
    DataString zh;
    DataString en;
};

enum class DatePrecision : std::uint8_t { Year, Month, Day };

// A calendar date known to a precision: month and day are 0 when not known. Never a
// made-up day: a year-precision date stays a year.
struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    DatePrecision precision = DatePrecision::Year;
};

// When an entity happened or ran. `has_end` marks a period; `open_end` marks "since X"
// (still running, no stated end).
struct TimeSpan {
    bool has_start = false;
    Date start;
    bool has_end = false;
    Date end;
    bool open_end = false;
};

enum class Scope : std::uint8_t { National, City, District, Park, Organisation };

struct SourceRef {
    DataString source_id;
    DataString quote;  // the exact sentence of the source, in its language
};

struct KeyFigure {
    Text label;
    double value = 0.0;
    DataString unit;  // e.g. "CNY", "companies", "percent"
    Text display;     // the source's own wording, e.g. "50万元"
    SourceRef source;
};

struct GeoPoint {
    bool present = false;
    double lat = 0.0;
    double lon = 0.0;
    bool approximate = true;
};

struct Entity {
    DataString id;
    DataString type;  // one of kEntityTypes (entity_types.h)
    Text name;
    DataString pinyin;           // full pinyin of name.zh, lower case, syllables separated by spaces
    DataString pinyin_initials;  // first letters of each syllable
    DataString lane;             // id of a Lane
    TimeSpan time;
    Scope scope = Scope::Organisation;
    DataString district_id;  // entity id of the district it is in or applies to, may be empty
    DataString park_id;      // entity id of the park it is in, may be empty
    Text summary;
    std::vector<KeyFigure> figures;
    std::vector<DataString> tags;
    std::vector<SourceRef> sources;
    GeoPoint geo;
};

struct Link {
    DataString from;
    DataString to;
    DataString relation;  // one of kRelationTypes (entity_types.h)
    std::vector<SourceRef> sources;
};

struct Lane {
    DataString id;
    Text name;
};

struct Source {
    DataString id;
    Text title;
    DataString publisher;
    DataString published;  // ISO date as the source gives it
    DataString url;        // may be empty
    DataString language;   // "zh", "en"
};

// "No entity": a position in `entities` that none has (the views' and graphs' empty answer).
inline constexpr std::uint32_t kNoEntity = 0xFFFFFFFFu;

// Indexes are built once by the loader; all are positions into `entities` / `links`.
struct DatasetIndex {
    IdMap entity_by_id;
    std::unordered_map<std::string, std::vector<std::uint32_t>> entities_by_type;
    std::vector<std::uint32_t> events_by_time;          // entities with a start, sorted by start then id
    std::vector<std::vector<std::uint32_t>> links_out;  // per entity: links where it is `from`
    std::vector<std::vector<std::uint32_t>> links_in;   // per entity: links where it is `to`
};

struct Dataset {
    DataString format;  // "policy-explorer/1"
    DataString id;
    Text title;
    Text description;
    std::vector<Lane> lanes;
    std::vector<Source> sources;
    std::vector<Entity> entities;
    std::vector<Link> links;
    DatasetIndex index;
    // The arena the loaded strings view (null for a Dataset built in code, whose strings
    // are owned). Shared, so a copy of the Dataset views the same immutable arena.
    std::shared_ptr<const StringArena> strings;
};

}  // namespace pe

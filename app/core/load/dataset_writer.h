// Writing a Dataset back out: JSON in the documented format (docs/data-format.md), which
// load_dataset reads back to an equal Dataset, and the entity table as CSV (RFC 4180).
// No validation and no file I/O here: callers write the returned text where they want.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/dataset.h"

namespace pe {

// Indented: two-space indentation, one entity field per line, small objects inline.
// OneRecordPerLine: each lane, source, entity and link on one compact line (smaller).
enum class JsonLayout : std::uint8_t { Indented, OneRecordPerLine };

std::string write_dataset_json(const Dataset& dataset, JsonLayout layout = JsonLayout::Indented);

// The same output in pieces, for writers that stream records without holding a Dataset
// (the synthetic data generator): begin (everything before the first entity, taken from
// `header`, whose entities and links are ignored), each entity, links_begin, each link,
// end. `first` is true for the first record of its array.
void append_dataset_begin(std::string& out, const Dataset& header, JsonLayout layout);
void append_entity_json(std::string& out, const Entity& entity, JsonLayout layout, bool first);
void append_links_begin(std::string& out, JsonLayout layout);
void append_link_json(std::string& out, const Link& link, JsonLayout layout, bool first);
void append_dataset_end(std::string& out, JsonLayout layout);

// A JSON string literal: quotes, backslash and control characters escaped, UTF-8 as is.
void append_json_string(std::string& out, std::string_view text);

// The entity table. Columns, in order:
//   id, type, name_zh, name_en,
//   start, end   dates as in the JSON ("2015", "2015-03", "2015-03-08"); end is
//                "ongoing" for a period with no stated end, empty when there is none
//   precision    the precision of start (of end when there is no start): year|month|day
//   scope        national|city|district|park|organisation
//   district, park   entity ids, may be empty
//   tags         joined with ";"
//   lane         lane id
// Header row first, CRLF line ends, fields quoted when they hold , " CR or LF (quotes
// doubled), UTF-8 without a byte-order mark.
inline constexpr std::string_view kEntityCsvHeader =
    "id,type,name_zh,name_en,start,end,precision,scope,district,park,tags,lane";

std::string write_entities_csv(const Dataset& dataset);
// Only the entities at `rows` (positions in dataset.entities), in that order.
std::string write_entities_csv(const Dataset& dataset, const std::vector<std::uint32_t>& rows);

// One CSV field, quoted when needed.
void append_csv_field(std::string& out, std::string_view field);

}  // namespace pe

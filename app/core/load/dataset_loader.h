// Turns JSON text in the documented format (docs/data-format.md) into a Dataset, or into
// the complete list of what is wrong with it. Never throws, never aborts: hostile input
// is bounded by LoadLimits.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/dataset.h"

namespace pe {

struct LoadError {
    int line = 0;         // 1-based; 0 when the place is unknown
    int column = 0;       // 1-based, in bytes
    std::string pointer;  // JSON pointer such as "/entities/12/date"; "" for the document
    std::string message;  // plain English, e.g. "unknown lane \"county\""
};

// Checked on the raw bytes before the JSON parser sees them, so a hostile text is
// rejected in one quick pass: over max_bytes it is not read at all (or no further, when
// its size was not announced); nesting deeper than max_depth stops at the first bracket
// too many; a string (or key) longer than max_string_bytes, counted in bytes of the text
// between its quotes, is reported. The text is never held whole (see DatasetLoadStream),
// so max_bytes bounds the Dataset it can become: about 1.7 times the text in wasm32.
struct LoadLimits {
    std::size_t max_bytes = std::size_t{2047} * 1024 * 1024;  // under 2 GiB: sizes fit a JS int32
    std::size_t max_depth = 64;
    std::size_t max_string_bytes = std::size_t{64} * 1024;
    std::size_t max_errors = 1000;  // further errors are counted in one last message
};

struct LoadResult {
    std::shared_ptr<const Dataset> dataset;  // null when errors is not empty
    std::vector<LoadError> errors;
    bool ok() const { return dataset != nullptr; }
};

// Parses, validates, normalises and indexes. A pure function of its input: on failure it
// returns no dataset and touches nothing else, so a caller that keeps its current
// dataset until a load succeeds keeps it when a bad file is offered.
//
// Errors come sorted by place, each with the position and pointer of the offending value:
// for a syntax error, where the parser stopped and the value it was reading; for a
// missing field, the object that lacks it; for an unknown or duplicated field, its key.
// Encoding and limit errors (invalid UTF-8, too deep, too long, too big) stop the load
// before parsing; syntax errors stop it before validation; every validation error is
// reported (up to max_errors, then one message "N more errors").
LoadResult load_dataset(std::string_view json_text, const LoadLimits& limits = {});

// The same, read from a stream in chunks of 1 MiB, so the whole text is never in memory.
LoadResult load_dataset(std::istream& in, const LoadLimits& limits = {});

// Loading text that arrives in chunks (a download): feed them in order, then finish once.
// The checks, the errors and the result are those of load_dataset, which is one feed and
// finish; but only the item being read and the skeleton of the document are ever held as
// text, so the memory needed is that of the Dataset, not of the text plus the Dataset.
class DatasetLoadStream {
  public:
    explicit DatasetLoadStream(const LoadLimits& limits = {});
    ~DatasetLoadStream();
    DatasetLoadStream(const DatasetLoadStream&) = delete;
    DatasetLoadStream& operator=(const DatasetLoadStream&) = delete;

    // When the size is known in advance (a file, a Content-Length): returns false and
    // reads nothing more when it is over limits.max_bytes (finish then reports it).
    bool expect_size(std::uint64_t total_bytes);
    void feed(std::string_view bytes);
    LoadResult finish();
    std::size_t bytes_fed() const;

  private:
    struct State;
    std::unique_ptr<State> state_;
};

// "the input is N bytes, more than the limit of M bytes": the message for a text over
// limits.max_bytes, for callers that refuse it before handing it over.
std::string oversize_message(std::uint64_t bytes, const LoadLimits& limits);

// "FILE:LINE:COL: POINTER: message", the form the CLI prints. The document's own pointer
// "" is printed as "/"; when the place is unknown (line 0) it is "FILE: POINTER: message".
std::string format_error(std::string_view origin, const LoadError& error);

// The fields each object of the format may hold (any other is reported as unknown) and
// those it must hold. assets/schema/dataset.schema.json states the same; a test checks.
inline constexpr std::array<std::string_view, 8> kDatasetFields = {
    "format", "id", "title", "description", "lanes", "sources", "entities", "links"};
inline constexpr std::array<std::string_view, 8> kDatasetRequired = kDatasetFields;
inline constexpr std::array<std::string_view, 2> kTextFields = {"zh", "en"};
inline constexpr std::array<std::string_view, 2> kTextRequired = kTextFields;
inline constexpr std::array<std::string_view, 2> kLaneFields = {"id", "name"};
inline constexpr std::array<std::string_view, 2> kLaneRequired = kLaneFields;
inline constexpr std::array<std::string_view, 6> kSourceFields = {"id",        "title", "publisher",
                                                                  "published", "url",   "language"};
inline constexpr std::array<std::string_view, 5> kSourceRequired = {"id", "title", "publisher", "published",
                                                                    "language"};
inline constexpr std::array<std::string_view, 17> kEntityFields = {
    "id",    "type",     "name", "pinyin",  "pinyinInitials", "lane", "start",   "end", "ongoing",
    "scope", "district", "park", "summary", "figures",        "tags", "sources", "geo"};
inline constexpr std::array<std::string_view, 9> kEntityRequired = {
    "id", "type", "name", "pinyin", "pinyinInitials", "lane", "scope", "summary", "sources"};
inline constexpr std::array<std::string_view, 2> kDatePointFields = {"date", "precision"};
inline constexpr std::array<std::string_view, 2> kDatePointRequired = kDatePointFields;
inline constexpr std::array<std::string_view, 5> kFigureFields = {"label", "value", "unit", "display",
                                                                  "source"};
inline constexpr std::array<std::string_view, 5> kFigureRequired = kFigureFields;
inline constexpr std::array<std::string_view, 2> kSourceRefFields = {"source", "quote"};
inline constexpr std::array<std::string_view, 2> kSourceRefRequired = kSourceRefFields;
inline constexpr std::array<std::string_view, 3> kGeoFields = {"lat", "lon", "approximate"};
inline constexpr std::array<std::string_view, 2> kGeoRequired = {"lat", "lon"};
inline constexpr std::array<std::string_view, 4> kLinkFields = {"from", "to", "relation", "sources"};
inline constexpr std::array<std::string_view, 4> kLinkRequired = kLinkFields;

}  // namespace pe

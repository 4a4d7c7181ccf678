// Parsing JSON text into a DOM (nlohmann::json) for the load, with what nlohmann's own
// parse does not give: a key seen twice in one object is reported at its place (nlohmann
// keeps the last silently), a syntax error is kept with its offset instead of thrown, and
// the skeleton's placeholders for streamed items are dropped. Reading the DOM is
// dataset_reader.h's job.
#pragma once

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

#include "load/load_errors.h"

namespace pe::load {

struct ParseOutcome {
    bool failed = false;             // a syntax error: the DOM is incomplete
    std::size_t error_offset = 0;    // of the byte where the parser stopped, in the text parsed
    std::string error_message;       // nlohmann's message without its "[json.exception...]" prefix
    bool streamed_entities = false;  // the skeleton's "entities" was an array of placeholders
    bool streamed_links = false;     // the same for "links"
};

// One piece (an item of "entities" or "links"), whose pointers all begin with `base_pointer`.
ParseOutcome parse_piece(std::string_view text, std::string base_pointer, nlohmann::json& root,
                         Errors& errors);

// The skeleton (json_stream_splitter.h): the items of the top-level "entities" and "links"
// arrays are placeholders for pieces read already, and are dropped (the arrays stay empty).
ParseOutcome parse_skeleton(std::string_view skeleton, nlohmann::json& root, Errors& errors);

}  // namespace pe::load

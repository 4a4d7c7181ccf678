// Reading a parsed DOM (nlohmann::json) into the Dataset structs, with an error at the place
// of each wrong value. The strings are copied into the Dataset's arena. Checks on one value at a time
// only: ids and references across the document are reference_check.h's.
#pragma once

#include <functional>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <unordered_set>

#include "load/load_errors.h"
#include "model/dataset.h"

namespace pe::load {

// One item of "entities" or "links", at `path`.
// Their strings are copied into `strings` (the Dataset's arena).
void read_entity(nlohmann::json& value, const Path& path, Errors& errors, StringArena& strings,
                 Entity& entity);
// `known_id` gives the DataString of an entity id read already (empty when none), so a
// link's ends share their entities' bytes instead of copying them again.
using KnownIds = std::function<DataString(std::string_view)>;
void read_link(nlohmann::json& value, const Path& path, Errors& errors, StringArena& strings, Link& link,
               const KnownIds& known_id = {});

// The document's own fields. Items of "entities" and "links" were already read as pieces
// when the parse streamed them (their arrays are then empty in the DOM): then only their
// presence is checked here.
void read_dataset(nlohmann::json& root, bool streamed_entities, bool streamed_links, Errors& errors,
                  StringArena& strings, Dataset& dataset);

// An id is made of a-z, 0-9 and '-' only, and is not empty.
bool is_id(std::string_view text);

// The ids a "lanes" or "sources" member declares, read from its raw value (JSON text) as
// soon as it has ended, with the rule read_* apply (an id they reject is no id).
std::unordered_set<std::string> declared_ids(std::string_view value_text);

}  // namespace pe::load

// The lookups of DatasetIndex (dataset.h), built from a dataset's entities and links: by
// id, by type, events in time order and links in both directions. It does not validate:
// the loader has already checked that ids are unique and that every link end exists.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/dataset.h"

namespace pe {

// Entities with a start, ordered by the first day of their start (a year-precision date
// sorts at January 1st of its year), then by id. Positions into `entities`.
std::vector<std::uint32_t> events_in_time_order(const std::vector<Entity>& entities);

// Builds every index. An id seen twice keeps its first position; a link whose end is not
// an entity is left out of links_out / links_in.
DatasetIndex build_dataset_index(const std::vector<Entity>& entities, const std::vector<Link>& links);

// Same, reusing an id map the caller already built (the loader does, to check references).
DatasetIndex build_dataset_index(const std::vector<Entity>& entities, const std::vector<Link>& links,
                                 IdMap entity_by_id);

// The entity with this id, or null.
const Entity* find_entity(const Dataset& dataset, std::string_view id);

// The position in `entities` (and in links_out / links_in) of the entity with this id.
std::optional<std::uint32_t> find_entity_position(const Dataset& dataset, std::string_view id);

// The same as a plain number: the position, or kNoEntity for an unknown (or empty) id.
std::uint32_t entity_position_or_none(const DatasetIndex& index, std::string_view id);

}  // namespace pe

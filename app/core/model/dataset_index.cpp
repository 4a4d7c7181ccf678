// Index building for dataset_index.h: one pass per index, positions as 32-bit numbers,
// sort keys computed once per entity rather than in every comparison.
#include "model/dataset_index.h"

#include <algorithm>

#include "model/date.h"

namespace pe {

std::vector<std::uint32_t> events_in_time_order(const std::vector<Entity>& entities) {
    struct Key {
        std::int64_t day;
        std::uint32_t entity;
    };
    std::vector<Key> keys;
    for (std::size_t i = 0; i < entities.size(); ++i) {
        if (entities[i].time.has_start) {
            keys.push_back(Key{first_day(entities[i].time.start), static_cast<std::uint32_t>(i)});
        }
    }
    std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
        if (a.day != b.day) return a.day < b.day;
        const int by_id = entities[a.entity].id.compare(entities[b.entity].id);
        if (by_id != 0) return by_id < 0;
        return a.entity < b.entity;
    });
    std::vector<std::uint32_t> order;
    order.reserve(keys.size());
    for (const Key& key : keys) order.push_back(key.entity);
    return order;
}

DatasetIndex build_dataset_index(const std::vector<Entity>& entities, const std::vector<Link>& links) {
    IdMap by_id;
    by_id.reserve(entities.size());
    for (std::size_t i = 0; i < entities.size(); ++i)
        by_id.emplace(entities[i].id, static_cast<std::uint32_t>(i));
    return build_dataset_index(entities, links, std::move(by_id));
}

DatasetIndex build_dataset_index(const std::vector<Entity>& entities, const std::vector<Link>& links,
                                 IdMap entity_by_id) {
    DatasetIndex index;
    index.entity_by_id = std::move(entity_by_id);
    for (std::size_t i = 0; i < entities.size(); ++i) {
        index.entities_by_type[entities[i].type.str()].push_back(static_cast<std::uint32_t>(i));
    }
    index.events_by_time = events_in_time_order(entities);
    index.links_out.resize(entities.size());
    index.links_in.resize(entities.size());
    for (std::size_t k = 0; k < links.size(); ++k) {
        const auto from = index.entity_by_id.find(links[k].from);
        const auto to = index.entity_by_id.find(links[k].to);
        if (from == index.entity_by_id.end() || to == index.entity_by_id.end()) continue;
        index.links_out[from->second].push_back(static_cast<std::uint32_t>(k));
        index.links_in[to->second].push_back(static_cast<std::uint32_t>(k));
    }
    return index;
}

const Entity* find_entity(const Dataset& dataset, std::string_view id) {
    const std::optional<std::uint32_t> position = find_entity_position(dataset, id);
    return position ? &dataset.entities[*position] : nullptr;
}

std::optional<std::uint32_t> find_entity_position(const Dataset& dataset, std::string_view id) {
    const auto it = dataset.index.entity_by_id.find(id);
    if (it == dataset.index.entity_by_id.end() || it->second >= dataset.entities.size()) return std::nullopt;
    return it->second;
}

std::uint32_t entity_position_or_none(const DatasetIndex& index, std::string_view id) {
    const auto found = index.entity_by_id.find(id);
    return found == index.entity_by_id.end() ? kNoEntity : found->second;
}

}  // namespace pe

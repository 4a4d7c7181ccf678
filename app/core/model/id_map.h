// IdMap: entity ids to positions, looked up with any string (a DataString, a literal, a
// std::string) without making a std::string. Its keys are copies in its own arena, so it
// stands alone (a copy rebuilds them); each entry costs a node and the id's bytes once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>

#include "model/data_string.h"

namespace pe {

class IdMap {
  public:
    using Map = std::unordered_map<std::string_view, std::uint32_t>;
    using const_iterator = Map::const_iterator;

    IdMap() = default;
    IdMap(const IdMap& other) { *this = other; }
    IdMap(IdMap&&) noexcept = default;
    IdMap& operator=(const IdMap& other) {
        if (this == &other) return *this;
        clear();
        reserve(other.size());
        for (const auto& entry : other.map_) emplace(entry.first, entry.second);
        return *this;
    }
    IdMap& operator=(IdMap&&) noexcept = default;

    // Adds id -> position unless the id is there already (then keeps the first, as
    // unordered_map::emplace). True when added.
    bool emplace(std::string_view id, std::uint32_t position) {
        if (map_.find(id) != map_.end()) return false;
        map_.emplace(keys_->store(id).view(), position);
        return true;
    }
    std::uint32_t& operator[](std::string_view id) {
        const auto found = map_.find(id);
        if (found != map_.end()) return found->second;
        return map_.emplace(keys_->store(id).view(), 0).first->second;
    }
    const_iterator find(std::string_view id) const { return map_.find(id); }
    const_iterator begin() const { return map_.begin(); }
    const_iterator end() const { return map_.end(); }
    std::size_t count(std::string_view id) const { return map_.count(id); }
    std::uint32_t at(std::string_view id) const { return map_.at(id); }
    std::size_t size() const { return map_.size(); }
    bool empty() const { return map_.empty(); }
    void reserve(std::size_t count) { map_.reserve(count); }
    void clear() {
        map_.clear();
        keys_ = std::make_unique<StringArena>();
    }
    std::size_t bucket_count() const { return map_.bucket_count(); }
    std::size_t key_bytes() const { return keys_->allocated_bytes(); }

  private:
    std::unique_ptr<StringArena> keys_ = std::make_unique<StringArena>();
    Map map_;  // keys view keys_
};

}  // namespace pe

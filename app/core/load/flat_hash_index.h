// An open-addressing table from 64-bit hashes to 32-bit values (positions in the caller's
// arrays), for the look-ups a load makes while items stream in: two flat arrays, so a probe
// touches contiguous memory instead of nodes scattered between the items' own strings.
// Equal hashes are told apart by the caller, who knows what a value stands for.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace pe {

inline constexpr std::uint32_t kNotFound = UINT32_MAX;

// FNV-1a, 64 bits: cheap for ids of a few dozen bytes and well spread for this table.
std::uint64_t hash_bytes(std::string_view bytes, std::uint64_t seed = 14695981039346656037ULL);

class FlatHashIndex {
  public:
    // The value stored under `hash` for which same(value) is true, or kNotFound.
    template <class Same>
    std::uint32_t find(std::uint64_t hash, Same&& same) const {
        if (count_ == 0) return kNotFound;
        const std::size_t mask = hashes_.size() - 1;
        for (std::size_t slot = static_cast<std::size_t>(hash) & mask;; slot = (slot + 1) & mask) {
            if (values_[slot] == kNotFound) return kNotFound;
            if (hashes_[slot] == hash && same(values_[slot])) return values_[slot];
        }
    }
    // Adds `value` under `hash` (the caller has checked it is not there yet).
    void insert(std::uint64_t hash, std::uint32_t value);
    // Replaces the value found by `same` (which must be there) with `value`.
    template <class Same>
    void replace(std::uint64_t hash, Same&& same, std::uint32_t value) {
        const std::size_t mask = hashes_.size() - 1;
        for (std::size_t slot = static_cast<std::size_t>(hash) & mask;; slot = (slot + 1) & mask) {
            if (values_[slot] == kNotFound) return;
            if (hashes_[slot] == hash && same(values_[slot])) {
                values_[slot] = value;
                return;
            }
        }
    }
    void reserve(std::size_t count);
    void clear();
    std::size_t size() const { return count_; }

  private:
    void rehash(std::size_t slots);

    std::vector<std::uint64_t> hashes_;
    std::vector<std::uint32_t> values_;  // kNotFound: an empty slot
    std::size_t count_ = 0;
};

}  // namespace pe

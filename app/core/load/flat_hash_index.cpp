// Implements the flat hash index (flat_hash_index.h): linear probing, at most half full.
#include "load/flat_hash_index.h"

#include <utility>

namespace pe {

std::uint64_t hash_bytes(std::string_view bytes, std::uint64_t seed) {
    std::uint64_t hash = seed;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash ^ (hash >> 29);  // the low bits pick the slot: fold the high ones in
}

void FlatHashIndex::rehash(std::size_t slots) {
    std::vector<std::uint64_t> hashes(slots, 0);
    std::vector<std::uint32_t> values(slots, kNotFound);
    const std::size_t mask = slots - 1;
    for (std::size_t k = 0; k < values_.size(); ++k) {
        if (values_[k] == kNotFound) continue;
        std::size_t slot = static_cast<std::size_t>(hashes_[k]) & mask;
        while (values[slot] != kNotFound) slot = (slot + 1) & mask;
        hashes[slot] = hashes_[k];
        values[slot] = values_[k];
    }
    hashes_ = std::move(hashes);
    values_ = std::move(values);
}

void FlatHashIndex::reserve(std::size_t count) {
    std::size_t slots = hashes_.empty() ? 16 : hashes_.size();
    while (slots < count * 2) slots *= 2;
    if (slots != hashes_.size()) rehash(slots);
}

void FlatHashIndex::insert(std::uint64_t hash, std::uint32_t value) {
    if (hashes_.empty() || (count_ + 1) * 2 > hashes_.size()) reserve(count_ + 1);
    const std::size_t mask = hashes_.size() - 1;
    std::size_t slot = static_cast<std::size_t>(hash) & mask;
    while (values_[slot] != kNotFound) slot = (slot + 1) & mask;
    hashes_[slot] = hash;
    values_[slot] = value;
    ++count_;
}

void FlatHashIndex::clear() {
    hashes_.clear();
    values_.clear();
    count_ = 0;
}

}  // namespace pe

// The trigram index under search (search.h): per hash bucket of byte trigrams, the sorted
// documents whose texts hold one, delta-encoded as LEB128 varints, and the join that finds
// the documents holding every trigram of a key. Knows nothing of entities or ranking.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace pe {

// Documents that contain given byte trigrams: per hash bucket, a sorted list of document
// numbers, delta-encoded as LEB128 varints.
struct GramIndex {
    unsigned bits = 0;                   // 1 << bits buckets
    std::vector<std::uint32_t> offsets;  // bucket b's bytes are data[offsets[b], offsets[b+1])
    std::vector<std::uint8_t> data;
};

// The texts of one document, appended to `out` (cleared by the caller).
using DocumentTexts = std::function<void(std::uint32_t doc, std::vector<std::string_view>& out)>;

// Indexes documents 0..docs-1. `text_bytes` (the bytes of all texts, or an estimate) sizes
// the bucket table. `texts_of` is called twice per document (sizes, then the lists).
// Throws std::length_error rather than wrap past 4 GiB of lists.
GramIndex build_gram_index(std::uint32_t docs, std::size_t text_bytes, const DocumentTexts& texts_of);

// Calls visit(doc) for each document holding every trigram of `key` (a superset of the
// documents containing `key`: buckets are shared), in increasing order, while visit
// returns true. Reads the lists together and only as far as needed. A key under 3 bytes,
// or with no byte where a trigram can start, visits nothing.
void join_trigrams(const GramIndex& index, std::string_view key,
                   const std::function<bool(std::uint32_t)>& visit);

}  // namespace pe

// The trigram index under search (search.h): per hash bucket of byte trigrams, the sorted
// documents whose texts hold one, delta-encoded as LEB128 varints, and the join that finds
// the documents holding every trigram of a key. Knows nothing of entities or ranking.
// Building is in gram_index.cpp; the join's loop is here, inline, for its visitor's sake.
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

// Reads one bucket's documents in increasing order (its varint gaps decoded as it goes).
struct GramCursor {
    const std::uint8_t* p = nullptr;
    const std::uint8_t* end = nullptr;
    std::uint32_t doc = 0;
    bool valid = false;

    GramCursor(const GramIndex& index, std::uint32_t bucket)
        : p(index.data.data() + index.offsets[bucket]), end(index.data.data() + index.offsets[bucket + 1]) {
        next(true);
    }
    void next(bool first = false) {
        if (p == end) {
            valid = false;
            return;
        }
        std::uint32_t delta = 0;
        unsigned shift = 0;
        while (true) {
            const std::uint8_t b = *p++;
            delta |= static_cast<std::uint32_t>(b & 0x7Fu) << shift;
            if ((b & 0x80u) == 0) {
                break;
            }
            shift += 7;
        }
        doc = first ? delta : doc + delta;
        valid = true;
    }
    void advance_to(std::uint32_t target) {
        while (valid && doc < target) {
            next();
        }
    }
};

// The cursors join_trigrams reads: one per distinct bucket of `key`'s trigrams, the
// shortest lists first, at most six. Empty for a key under 3 bytes, one with no byte where
// a trigram can start, or an index never built.
std::vector<GramCursor> join_cursors(const GramIndex& index, std::string_view key);

// Calls visit(doc) for each document holding every trigram of `key` (a superset of the
// documents containing `key`: buckets are shared), in increasing order, while visit
// returns true. Reads the lists together and only as far as needed. A key under 3 bytes,
// or with no byte where a trigram can start, visits nothing. A template, so that the
// visitor (called once per candidate document) is inlined into the join.
template <typename Visit>
void join_trigrams(const GramIndex& index, std::string_view key, Visit&& visit) {
    std::vector<GramCursor> cursors = join_cursors(index, key);
    if (cursors.empty()) {
        return;
    }
    GramCursor& lead = cursors.front();
    while (lead.valid) {
        std::uint32_t target = lead.doc;
        bool all = true;
        for (std::size_t i = 1; i < cursors.size(); ++i) {
            cursors[i].advance_to(target);
            if (!cursors[i].valid) {
                return;
            }
            if (cursors[i].doc != target) {
                target = cursors[i].doc;
                all = false;
                break;
            }
        }
        if (!all) {
            lead.advance_to(target);
            continue;
        }
        if (!visit(target)) {
            return;
        }
        lead.next();
    }
}

}  // namespace pe

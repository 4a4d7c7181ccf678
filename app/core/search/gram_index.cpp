// The trigram index (gram_index.h): which bytes make a trigram, the hash buckets, the
// varint posting lists written in two passes, and the cursors a join starts from (the join itself is inline
// in gram_index.h).
//
// [SECTION] Trigrams and buckets
// [SECTION] Posting lists
// [SECTION] Building
// [SECTION] Joining
#include "search/gram_index.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace pe {

namespace {

// [SECTION] Trigrams and buckets
constexpr std::uint32_t kNoDoc = std::numeric_limits<std::uint32_t>::max();

std::uint32_t byte_at(std::string_view s, std::size_t i) {
    return static_cast<unsigned char>(s[i]);
}

// The three bytes at each position that does not hold a UTF-8 continuation byte: a
// Chinese character gives one trigram, not three. Text containing a query holds the
// query's trigrams, since the rule looks only at the byte where each one starts.
template <typename Emit>
void for_each_trigram(std::string_view s, Emit&& emit) {
    for (std::size_t i = 0; i + 3 <= s.size(); ++i) {
        const std::uint32_t first = byte_at(s, i);
        if ((first & 0xC0u) != 0x80u) {
            emit((first << 16) | (byte_at(s, i + 1) << 8) | byte_at(s, i + 2));
        }
    }
}

std::uint32_t bucket_of(std::uint32_t gram, unsigned bits) {
    return (gram * 0x9E3779B1u) >> (32u - bits);
}

unsigned bucket_bits_for(std::size_t gram_count) {
    unsigned bits = 8;
    while (bits < 22 && (std::size_t{1} << bits) * 8 < gram_count) {
        ++bits;
    }
    return bits;
}

// [SECTION] Posting lists
std::uint32_t varint_size(std::uint32_t v) {
    std::uint32_t n = 1;
    while (v >= 0x80u) {
        v >>= 7;
        ++n;
    }
    return n;
}

std::uint32_t list_bytes(const GramIndex& index, std::uint32_t bucket) {
    return index.offsets[bucket + 1] - index.offsets[bucket];
}

// Calls emit(bucket, gap) once per distinct bucket of each document's trigrams, documents
// in increasing order; `last` holds per bucket the last document seen (kNoDoc at first).
template <typename Emit>
void for_each_posting(std::uint32_t docs, unsigned bits, const DocumentTexts& texts_of,
                      std::vector<std::uint32_t>& last, Emit&& emit) {
    std::vector<std::string_view> texts;
    for (std::uint32_t doc = 0; doc < docs; ++doc) {
        texts.clear();
        texts_of(doc, texts);
        for (const std::string_view text : texts) {
            for_each_trigram(text, [&](std::uint32_t gram) {
                const std::uint32_t b = bucket_of(gram, bits);
                if (last[b] == doc) {
                    return;
                }
                emit(b, last[b] == kNoDoc ? doc : doc - last[b]);
                last[b] = doc;
            });
        }
    }
}

}  // namespace

// [SECTION] Building
// Two passes over every document's trigrams: the lists' sizes first, then the lists.
GramIndex build_gram_index(std::uint32_t docs, std::size_t text_bytes, const DocumentTexts& texts_of) {
    GramIndex index;
    index.bits = bucket_bits_for(text_bytes);
    const std::size_t buckets = std::size_t{1} << index.bits;
    std::vector<std::uint32_t> last(buckets, kNoDoc);
    std::vector<std::uint32_t> cursor(buckets + 1, 0);
    for_each_posting(docs, index.bits, texts_of, last,
                     [&](std::uint32_t b, std::uint32_t gap) { cursor[b] += varint_size(gap); });
    // Trigrams are fewer than the bytes of text and a varint of a doc gap is 1 to 4 bytes:
    // real data stays far below 32-bit offsets (1M synthetic entities: well under 1 GiB),
    // but a text made to defeat that is refused rather than wrapped around.
    index.offsets.assign(buckets + 1, 0);
    std::uint64_t total = 0;
    for (std::size_t b = 0; b < buckets; ++b) {
        index.offsets[b] = static_cast<std::uint32_t>(total);
        total += cursor[b];
        if (total > UINT32_MAX) throw std::length_error("the search index would be larger than 4 GiB");
    }
    index.offsets[buckets] = static_cast<std::uint32_t>(total);
    index.data.resize(static_cast<std::size_t>(total));
    std::copy(index.offsets.begin(), index.offsets.end(), cursor.begin());
    std::fill(last.begin(), last.end(), kNoDoc);
    for_each_posting(docs, index.bits, texts_of, last, [&](std::uint32_t b, std::uint32_t gap) {
        std::uint8_t* out = index.data.data() + cursor[b];
        while (gap >= 0x80u) {
            *out++ = static_cast<std::uint8_t>(gap | 0x80u);
            gap >>= 7;
        }
        *out++ = static_cast<std::uint8_t>(gap);
        cursor[b] = static_cast<std::uint32_t>(out - index.data.data());
    });
    return index;
}

// [SECTION] Joining
std::vector<GramCursor> join_cursors(const GramIndex& index, std::string_view key) {
    std::vector<GramCursor> cursors;
    if (index.offsets.empty()) {
        return cursors;
    }
    std::vector<std::uint32_t> buckets;
    for_each_trigram(key, [&](std::uint32_t gram) { buckets.push_back(bucket_of(gram, index.bits)); });
    std::sort(buckets.begin(), buckets.end());
    buckets.erase(std::unique(buckets.begin(), buckets.end()), buckets.end());
    // The rarest lists narrow best; past a few, checking the text is cheaper than reading more.
    std::sort(buckets.begin(), buckets.end(),
              [&](std::uint32_t a, std::uint32_t b) { return list_bytes(index, a) < list_bytes(index, b); });
    constexpr std::size_t kMaxLists = 6;
    for (std::size_t i = 0; i < buckets.size() && i < kMaxLists; ++i) {
        cursors.emplace_back(index, buckets[i]);
    }
    return cursors;
}

}  // namespace pe

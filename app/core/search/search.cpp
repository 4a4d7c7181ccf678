// Ranked entity search (see search.h): building the folded fields, the sorted name orders
// and the two trigram indexes; answering a query with binary searches for exact and
// prefix name matches, then (only while fewer than `limit` are found) trigram posting
// list joins for names containing the query and summaries containing it.
// Folding itself is in pinyin_match.cpp.
//
// Contents: 1. trigrams and buckets  2. posting lists  3. building  4. matching  5. search
#include "search/search.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <utility>

#include "search/pinyin_match.h"

namespace pe {

namespace {

// ---- 1. trigrams and buckets ---------------------------------------------------------------
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

// ---- 2. posting lists ------------------------------------------------------------------
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

// Reads one bucket's documents in increasing order.
struct Cursor {
    const std::uint8_t* p = nullptr;
    const std::uint8_t* end = nullptr;
    std::uint32_t doc = 0;
    bool valid = false;

    Cursor(const GramIndex& index, std::uint32_t bucket)
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

// Two passes over every document's grams: sizes first, then the encoded lists.
// `visit_doc(doc, emit)` calls emit(gram) for each gram of the document.
template <typename VisitDoc>
GramIndex build_gram_index(std::uint32_t docs, std::size_t gram_estimate, VisitDoc&& visit_doc) {
    GramIndex index;
    index.bits = bucket_bits_for(gram_estimate);
    const std::size_t buckets = std::size_t{1} << index.bits;
    std::vector<std::uint32_t> last(buckets, kNoDoc);
    std::vector<std::uint32_t> cursor(buckets + 1, 0);
    for (std::uint32_t doc = 0; doc < docs; ++doc) {
        visit_doc(doc, [&](std::uint32_t gram) {
            const std::uint32_t b = bucket_of(gram, index.bits);
            if (last[b] == doc) {
                return;
            }
            cursor[b] += varint_size(last[b] == kNoDoc ? doc : doc - last[b]);
            last[b] = doc;
        });
    }
    // Grams are fewer than the bytes of text and a varint of a doc gap is 1 to 4 bytes: real
    // data stays far below 32-bit offsets (1M synthetic entities: well under 1 GiB), but a
    // text made to defeat that is refused rather than wrapped around.
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
    for (std::uint32_t doc = 0; doc < docs; ++doc) {
        visit_doc(doc, [&](std::uint32_t gram) {
            const std::uint32_t b = bucket_of(gram, index.bits);
            if (last[b] == doc) {
                return;
            }
            std::uint32_t v = last[b] == kNoDoc ? doc : doc - last[b];
            last[b] = doc;
            std::uint8_t* out = index.data.data() + cursor[b];
            while (v >= 0x80u) {
                *out++ = static_cast<std::uint8_t>(v | 0x80u);
                v >>= 7;
            }
            *out++ = static_cast<std::uint8_t>(v);
            cursor[b] = static_cast<std::uint32_t>(out - index.data.data());
        });
    }
    return index;
}

// Calls visit(doc) for each document holding every trigram of `key` (a superset of the
// documents containing `key`: buckets are shared), in increasing order, while visit
// returns true. Reads the lists together and only as far as needed. `key` has >= 3 bytes.
template <typename Visit>
void join_trigrams(const GramIndex& index, std::string_view key, Visit&& visit) {
    if (index.offsets.empty()) {
        return;
    }
    std::vector<std::uint32_t> buckets;
    for_each_trigram(key, [&](std::uint32_t gram) { buckets.push_back(bucket_of(gram, index.bits)); });
    std::sort(buckets.begin(), buckets.end());
    buckets.erase(std::unique(buckets.begin(), buckets.end()), buckets.end());
    if (buckets.empty()) {
        return;  // only continuation bytes where a trigram could start: not UTF-8 text
    }
    std::sort(buckets.begin(), buckets.end(),
              [&](std::uint32_t a, std::uint32_t b) { return list_bytes(index, a) < list_bytes(index, b); });
    // The rarest lists narrow best; past a few, checking the text is cheaper than reading more.
    constexpr std::size_t kMaxLists = 6;
    std::vector<Cursor> cursors;
    for (std::size_t i = 0; i < buckets.size() && i < kMaxLists; ++i) {
        cursors.emplace_back(index, buckets[i]);
    }
    Cursor& lead = cursors.front();
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

// ---- 3. building -------------------------------------------------------------------------
std::string_view field_of(const SearchIndex& index, std::uint32_t doc, std::uint32_t field) {
    const std::size_t at = std::size_t{doc} * kSearchFieldCount + field;
    const std::uint32_t begin = index.field_offsets[at];
    return std::string_view(index.arena).substr(begin, index.field_offsets[at + 1] - begin);
}

void append_field(SearchIndex& index, std::string_view folded) {
    index.field_offsets.push_back(static_cast<std::uint32_t>(index.arena.size()));
    index.arena.append(folded);
}

// ---- 4. matching -------------------------------------------------------------------------
struct Match {
    bool found = false;
    MatchKind kind = MatchKind::Summary;
    int score = 0;
};

int coverage(std::size_t query_size, std::size_t field_size) {
    return field_size == 0 ? 0
                           : static_cast<int>(std::min<std::size_t>(1000, query_size * 1000 / field_size));
}

void consider(Match& best, MatchKind kind, int score) {
    if (!best.found || kind < best.kind || (kind == best.kind && score > best.score)) {
        best = Match{true, kind, score};
    }
}

// A query key with its Boyer-Moore-Horspool shift table, made once per query and used on
// every candidate (a plain find stops at each byte equal to the first: in Chinese text,
// often). Written out because Emscripten's libc++ has no std::boyer_moore_horspool_searcher.
struct Needle {
    std::string_view key;
    std::array<std::size_t, 256> shift{};

    explicit Needle(std::string_view k) : key(k) {
        shift.fill(key.size());
        for (std::size_t i = 0; i + 1 < key.size(); ++i) {
            shift[static_cast<unsigned char>(key[i])] = key.size() - 1 - i;
        }
    }
    bool inside(std::string_view haystack) const {
        const std::size_t n = key.size();
        if (n == 0) return true;
        for (std::size_t at = 0; at + n <= haystack.size();) {
            if (haystack.compare(at, n, key) == 0) return true;
            at += shift[static_cast<unsigned char>(haystack[at + n - 1])];
        }
        return false;
    }
};

// Exact / prefix / anywhere-inside test of one name field. Keys under 3 bytes stop at prefix.
void match_plain(Match& best, std::string_view field, const Needle& needle) {
    const std::string_view key = needle.key;
    if (key.empty() || field.size() < key.size()) {
        return;
    }
    if (field == key) {
        consider(best, MatchKind::Exact, 1000);
    } else if (field.compare(0, key.size(), key) == 0) {
        consider(best, MatchKind::Prefix, coverage(key.size(), field.size()));
    } else if (key.size() >= 3 && needle.inside(field)) {
        consider(best, MatchKind::Substring, coverage(key.size(), field.size()));
    }
}

// As match_plain, but a match inside the pinyin must start where a syllable starts.
void match_pinyin(Match& best, std::string_view field, std::string_view key, const std::uint16_t* starts,
                  const std::uint16_t* starts_end) {
    if (key.empty() || field.size() < key.size()) {
        return;
    }
    if (field == key) {
        consider(best, MatchKind::Exact, 1000);
        return;
    }
    if (field.compare(0, key.size(), key) == 0) {
        consider(best, MatchKind::Prefix, coverage(key.size(), field.size()));
        return;
    }
    if (key.size() < 3) {
        return;
    }
    for (const std::uint16_t* s = starts; s != starts_end; ++s) {
        if (field.compare(*s, key.size(), key) == 0) {
            consider(best, MatchKind::Substring, coverage(key.size(), field.size()));
            return;
        }
    }
}

Match match_names(const SearchIndex& index, std::uint32_t doc, const Needle& text, const Needle& pinyin) {
    Match best;
    match_plain(best, field_of(index, doc, kFieldNameZh), text);
    match_plain(best, field_of(index, doc, kFieldNameEn), text);
    if (!pinyin.key.empty()) {
        const std::uint16_t* starts = index.syllable_starts.data() + index.syllable_offsets[doc];
        const std::uint16_t* starts_end = index.syllable_starts.data() + index.syllable_offsets[doc + 1];
        match_pinyin(best, field_of(index, doc, kFieldPinyin), pinyin.key, starts, starts_end);
        match_plain(best, field_of(index, doc, kFieldInitials), pinyin);
    }
    return best;
}

bool match_summary(const SearchIndex& index, std::uint32_t doc, const Needle& text) {
    return text.inside(field_of(index, doc, kFieldSummaryZh)) ||
           text.inside(field_of(index, doc, kFieldSummaryEn));
}

struct DocHit {
    std::uint32_t doc;
    MatchKind kind;
    int score;
};

bool better(const DocHit& a, const DocHit& b) {
    if (a.kind != b.kind) {
        return a.kind < b.kind;
    }
    if (a.score != b.score) {
        return a.score > b.score;
    }
    return a.doc < b.doc;
}

}  // namespace

// ---- 3. building (the public entry) --------------------------------------------------------
SearchIndex build_search_index(const Dataset& dataset) {
    SearchIndex index;
    const auto docs = static_cast<std::uint32_t>(dataset.entities.size());
    index.entity_of_doc.resize(docs);
    std::iota(index.entity_of_doc.begin(), index.entity_of_doc.end(), 0u);
    std::sort(index.entity_of_doc.begin(), index.entity_of_doc.end(), [&](std::uint32_t a, std::uint32_t b) {
        return dataset.entities[a].id < dataset.entities[b].id;
    });

    index.field_offsets.reserve(std::size_t{docs} * kSearchFieldCount + 1);
    index.syllable_offsets.reserve(std::size_t{docs} + 1);
    std::size_t name_bytes = 0;
    std::size_t summary_bytes = 0;
    for (std::uint32_t doc = 0; doc < docs; ++doc) {
        const Entity& e = dataset.entities[index.entity_of_doc[doc]];
        index.syllable_offsets.push_back(static_cast<std::uint32_t>(index.syllable_starts.size()));
        const std::string pinyin = fold_pinyin(e.pinyin, &index.syllable_starts);
        std::string initials = fold_pinyin(e.pinyin_initials);
        if (initials.empty()) {
            initials = pinyin_initials_of(e.pinyin);
        }
        const std::size_t before = index.arena.size();
        append_field(index, fold_text(e.name.zh));
        append_field(index, fold_text(e.name.en));
        append_field(index, pinyin);
        append_field(index, initials);
        name_bytes += index.arena.size() - before;
        append_field(index, fold_text(e.summary.zh));
        append_field(index, fold_text(e.summary.en));
        summary_bytes += index.arena.size() - before;
    }
    index.field_offsets.push_back(static_cast<std::uint32_t>(index.arena.size()));
    index.syllable_offsets.push_back(static_cast<std::uint32_t>(index.syllable_starts.size()));
    summary_bytes -= name_bytes;

    for (std::uint32_t f = kFieldNameZh; f <= kFieldInitials; ++f) {
        std::vector<std::uint32_t>& order = index.name_order[f];
        order.resize(docs);
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return field_of(index, a, f) < field_of(index, b, f);
        });
    }
    index.names = build_gram_index(docs, name_bytes, [&](std::uint32_t doc, auto&& emit) {
        for (std::uint32_t f = kFieldNameZh; f <= kFieldInitials; ++f) {
            for_each_trigram(field_of(index, doc, f), emit);
        }
    });
    index.summaries = build_gram_index(docs, summary_bytes, [&](std::uint32_t doc, auto&& emit) {
        for_each_trigram(field_of(index, doc, kFieldSummaryZh), emit);
        for_each_trigram(field_of(index, doc, kFieldSummaryEn), emit);
    });
    return index;
}

// ---- 5. search -----------------------------------------------------------------------------
namespace {

// Exact and prefix matches of one name field: a range of its sorted order.
void collect_prefixes(const SearchIndex& index, std::uint32_t field, std::string_view key,
                      std::vector<DocHit>& out) {
    if (key.empty()) {
        return;
    }
    const std::vector<std::uint32_t>& order = index.name_order[field];
    auto it = std::lower_bound(order.begin(), order.end(), key, [&](std::uint32_t doc, std::string_view k) {
        return field_of(index, doc, field) < k;
    });
    for (; it != order.end(); ++it) {
        const std::string_view value = field_of(index, *it, field);
        if (value.compare(0, key.size(), key) != 0) {
            break;
        }
        const bool exact = value.size() == key.size();
        out.push_back(DocHit{*it, exact ? MatchKind::Exact : MatchKind::Prefix,
                             exact ? 1000 : coverage(key.size(), value.size())});
    }
}

// Keeps one hit per document, its best; sorted by document. Hits are packed into
// integers (document, kind, 1000 - score) so that sorting them is a plain integer sort.
void keep_best_per_doc(std::vector<DocHit>& hits) {
    std::vector<std::uint64_t> packed;
    packed.reserve(hits.size());
    for (const DocHit& h : hits) {
        packed.push_back((std::uint64_t{h.doc} << 12) | (std::uint64_t(h.kind) << 10) |
                         static_cast<std::uint64_t>(1000 - h.score));
    }
    std::sort(packed.begin(), packed.end());
    hits.clear();
    for (std::size_t i = 0; i < packed.size(); ++i) {
        const auto doc = static_cast<std::uint32_t>(packed[i] >> 12);
        if (i == 0 || doc != hits.back().doc) {
            hits.push_back(DocHit{doc, static_cast<MatchKind>((packed[i] >> 10) & 3u),
                                  1000 - static_cast<int>(packed[i] & 1023u)});
        }
    }
}

bool has_doc(const std::vector<std::uint32_t>& sorted_docs, std::uint32_t doc) {
    return std::binary_search(sorted_docs.begin(), sorted_docs.end(), doc);
}

}  // namespace

std::vector<SearchHit> search(const SearchIndex& index, std::string_view query, std::size_t limit) {
    std::vector<SearchHit> out;
    const std::string text = fold_text(query);
    if (text.empty() || limit == 0) {
        return out;
    }
    const std::string pinyin = looks_like_pinyin(query) ? fold_pinyin(query) : std::string();
    const Needle text_needle(text);
    const Needle pinyin_needle(pinyin);

    // 1. Exact and prefix name matches, from the sorted orders.
    std::vector<DocHit> hits;
    collect_prefixes(index, kFieldNameZh, text, hits);
    collect_prefixes(index, kFieldNameEn, text, hits);
    collect_prefixes(index, kFieldPinyin, pinyin, hits);
    collect_prefixes(index, kFieldInitials, pinyin, hits);
    keep_best_per_doc(hits);
    std::vector<std::uint32_t> found;  // documents already hit, sorted
    const auto remember_found = [&] {
        found.clear();
        for (const DocHit& h : hits) {
            found.push_back(h.doc);
        }
        std::sort(found.begin(), found.end());
    };

    // 2. Names containing the query, while the better kinds leave room.
    if (hits.size() < limit && (text.size() >= 3 || pinyin.size() >= 3)) {
        remember_found();
        std::vector<std::uint32_t> inside;
        const auto check = [&](std::uint32_t doc) {
            if (!has_doc(found, doc)) {
                const Match m = match_names(index, doc, text_needle, pinyin_needle);
                if (m.found) {
                    inside.push_back(doc);
                    hits.push_back(DocHit{doc, m.kind, m.score});
                }
            }
            return true;
        };
        if (text.size() >= 3) {
            join_trigrams(index.names, text, check);
        }
        if (pinyin.size() >= 3 && pinyin != text) {
            std::sort(inside.begin(), inside.end());
            found.insert(found.end(), inside.begin(), inside.end());
            std::inplace_merge(found.begin(), found.end() - static_cast<std::ptrdiff_t>(inside.size()),
                               found.end());
            join_trigrams(index.names, pinyin, check);
        }
    }
    const std::size_t keep = std::min(limit, hits.size());
    if (keep * 2 > hits.size()) {
        std::sort(hits.begin(), hits.end(), better);
    } else {
        std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(keep), hits.end(), better);
    }

    // 3. Summaries, in id order, until the limit is reached.
    if (hits.size() < limit && text.size() >= 3) {
        remember_found();
        join_trigrams(index.summaries, text, [&](std::uint32_t doc) {
            if (!has_doc(found, doc) && match_summary(index, doc, text_needle)) {
                hits.push_back(DocHit{doc, MatchKind::Summary, 0});
            }
            return hits.size() < limit;
        });
    }
    hits.resize(std::min(limit, hits.size()));
    out.reserve(hits.size());
    for (const DocHit& h : hits) {
        out.push_back(SearchHit{index.entity_of_doc[h.doc], h.kind, h.score});
    }
    return out;
}

std::string_view match_kind_name(MatchKind kind) {
    switch (kind) {
        case MatchKind::Exact:
            return "exact";
        case MatchKind::Prefix:
            return "prefix";
        case MatchKind::Substring:
            return "substring";
        case MatchKind::Summary:
            return "summary";
    }
    return "summary";
}

}  // namespace pe

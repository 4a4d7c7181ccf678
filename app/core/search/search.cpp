// Ranked entity search (see search.h): building the folded fields, the sorted name orders
// and the two trigram indexes; answering a query with binary searches for exact and
// prefix name matches, then (only while fewer than `limit` are found) trigram posting
// list joins for names containing the query and summaries containing it.
// Folding itself is in pinyin_match.cpp, the trigram index in gram_index.cpp.
//
// [SECTION] Fields
// [SECTION] Matching
// [SECTION] Building
// [SECTION] Search
#include "search/search.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <utility>

#include "search/gram_index.h"
#include "search/pinyin_match.h"

namespace pe {

namespace {

// [SECTION] Fields
std::string_view field_of(const SearchIndex& index, std::uint32_t doc, std::uint32_t field) {
    const std::size_t at = std::size_t{doc} * kSearchFieldCount + field;
    const std::uint32_t begin = index.field_offsets[at];
    return std::string_view(index.arena).substr(begin, index.field_offsets[at + 1] - begin);
}

void append_field(SearchIndex& index, std::string_view folded) {
    index.field_offsets.push_back(static_cast<std::uint32_t>(index.arena.size()));
    index.arena.append(folded);
}

// [SECTION] Matching
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

// [SECTION] Building
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
    index.names =
        build_gram_index(docs, name_bytes, [&](std::uint32_t doc, std::vector<std::string_view>& texts) {
            for (std::uint32_t f = kFieldNameZh; f <= kFieldInitials; ++f) {
                texts.push_back(field_of(index, doc, f));
            }
        });
    index.summaries =
        build_gram_index(docs, summary_bytes, [&](std::uint32_t doc, std::vector<std::string_view>& texts) {
            texts.push_back(field_of(index, doc, kFieldSummaryZh));
            texts.push_back(field_of(index, doc, kFieldSummaryEn));
        });
    return index;
}

// [SECTION] Search
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

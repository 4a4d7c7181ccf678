// Ranked search over a dataset's entities: one query against the Chinese and English
// names, the full pinyin, the pinyin initials and the summaries. The index is built once
// per dataset; a query reads it only. Folding rules are in pinyin_match.h; no UI here.
//
// Order of results: by MatchKind (exact name, name prefix, name substring, summary),
// then by score (higher first), then by entity id (byte order).
//  - Exact: the query equals the zh or en name (case-insensitive), the full pinyin
//    (spaces ignored: "aimimaituosaizhusheye") or the initials ("ammtszsy").
//  - Prefix: a name, the pinyin ("aimi") or the initials ("ammts") starts with the query.
//  - Substring: the query is inside the zh or en name, inside the initials, or inside the
//    pinyin starting at a syllable ("maituo", not "aitu").
//  - Summary: the query is inside the zh or en summary.
// Score is how much of the matched field the query covers, 0..1000 (1000 = the whole
// field), so "bei" ranks 北京 before 北京市海淀区; summary hits have score 0.
// Queries shorter than 3 bytes (one or two Latin letters) find exact and prefix name
// matches only: a lone letter inside a name or a summary is noise.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/dataset.h"
#include "search/gram_index.h"

namespace pe {

enum class MatchKind : std::uint8_t { Exact, Prefix, Substring, Summary };

struct SearchHit {
    std::uint32_t entity = 0;  // position in Dataset::entities
    MatchKind kind = MatchKind::Summary;
    int score = 0;  // 0..1000, see above
};

// Fields kept per entity, folded: see pinyin_match.h.
enum SearchField : std::uint32_t {
    kFieldNameZh,
    kFieldNameEn,
    kFieldPinyin,    // fold_pinyin(pinyin): "aimimaituosaizhusheye"
    kFieldInitials,  // "ammtszsy"
    kFieldSummaryZh,
    kFieldSummaryEn,
    kSearchFieldCount
};

// Built once from a Dataset; independent of it afterwards (it holds copies).
// Documents are numbered by the rank of the entity id, so posting lists come out in
// tie-break order.
struct SearchIndex {
    std::vector<std::uint32_t> entity_of_doc;  // doc -> position in Dataset::entities
    std::string arena;                         // every folded field of every doc, end to end
    std::vector<std::uint32_t> field_offsets;  // doc * kSearchFieldCount + field -> begin in arena; size + 1
    std::vector<std::uint16_t> syllable_starts;            // per doc, positions in the pinyin field
    std::vector<std::uint32_t> syllable_offsets;           // doc -> begin in syllable_starts; size docs + 1
    std::array<std::vector<std::uint32_t>, 4> name_order;  // per name field, docs sorted by its text
    GramIndex names;                                       // trigrams of the four name fields
    GramIndex summaries;                                   // trigrams of the two summary fields
};

SearchIndex build_search_index(const Dataset& dataset);

// At most `limit` hits, best first (see the order above). An empty query finds nothing.
std::vector<SearchHit> search(const SearchIndex& index, std::string_view query, std::size_t limit);

// "exact", "prefix", "substring", "summary".
std::string_view match_kind_name(MatchKind kind);

}  // namespace pe

// Sorting and row text of the entity table (entity_table.h). Each row gets its keys once:
// a 64-bit number already in the sort's direction (a date; a type label's rank; or the
// first bytes of a text), views of the full text for rows whose numbers tie, and its id's
// rank. std::sort then moves 16-byte values and compares integers; text is compared only
// where the first bytes tie, ids never (their ranks stand for them).
#include "explore/entity_table.h"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "model/date.h"
#include "text/date_format.h"

namespace pe {

namespace {

struct RowKey {
    bool missing = false;      // no date / place / tag: last in either direction
    std::string_view primary;  // Name, Place, Tags: the text ordered by (empty for Date, Type)
    std::string_view secondary;
    std::uint32_t entity = 0;
};

// What std::sort moves. `key`: bit 63 set for a missing value (last, all equal), else the
// value, reversed (subtracted from the maximum) when descending; then keys[row]'s text;
// then `id_rank`, ascending in either direction.
struct SortKey {
    std::uint64_t key = 0;
    std::uint32_t id_rank = 0;
    std::uint32_t row = 0;
};

constexpr std::uint64_t kMissingBit = std::uint64_t{1} << 63;
constexpr std::uint64_t kValueMask = kMissingBit - 1;

// The first 8 bytes of `text`, big-endian (integer order is byte order), halved to fit in
// 63 bits: a tie on this prefix falls back to comparing the whole text.
std::uint64_t text_prefix(std::string_view text) {
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        value <<= 8;
        if (i < text.size()) value |= static_cast<unsigned char>(text[i]);
    }
    return value >> 1;
}

// Lower-cased copies live here; keys hold (offset, size) until the arena stops growing.
struct Arena {
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // per row: primary in `text`

    std::pair<std::size_t, std::size_t> add_lower(std::string_view s) {
        const std::size_t at = text.size();
        for (const char c : s) text.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        return {at, s.size()};
    }
};

const Entity* place_of(const Dataset& dataset, const Entity& entity) {
    for (const DataString* id : {&entity.park_id, &entity.district_id}) {
        if (id->empty()) continue;
        const auto found = dataset.index.entity_by_id.find(*id);
        if (found != dataset.index.entity_by_id.end()) return &dataset.entities[found->second];
    }
    return nullptr;
}

// Ranks `members` (positions into `entities`, each a valid entity index) by id, then index:
// rank[i] is the place of members[i]. The ids are gathered as views first, so the sort
// reads them without going through the entities.
std::vector<std::uint32_t> id_ranks(const Dataset& dataset, const std::vector<std::uint32_t>& entities,
                                    const std::vector<std::uint32_t>& members) {
    struct Id {
        std::string_view id;
        std::uint32_t entity;
        std::uint32_t member;
    };
    std::vector<Id> ids(members.size());
    for (std::size_t i = 0; i < members.size(); ++i) {
        const std::uint32_t e = entities[members[i]];
        ids[i] = Id{dataset.entities[e].id, e, static_cast<std::uint32_t>(i)};
    }
    std::sort(ids.begin(), ids.end(), [](const Id& a, const Id& b) {
        const int c = a.id.compare(b.id);
        return c != 0 ? c < 0 : a.entity < b.entity;
    });
    std::vector<std::uint32_t> rank(members.size());
    for (std::size_t place = 0; place < ids.size(); ++place)
        rank[ids[place].member] = static_cast<std::uint32_t>(place);
    return rank;
}

void sort_rows(const Dataset& dataset, const StringTable& strings, Language language, TableSort sort,
               std::vector<std::uint32_t>& rows, const TableSortIndex* index) {
    const std::size_t n = rows.size();
    std::vector<RowKey> keys(n);
    std::vector<SortKey> order(n);
    std::vector<std::uint64_t> values(n, 0);
    Arena arena;
    arena.spans.assign(n, {0, 0});

    // Id ranks: from the index, else by sorting these rows' ids here. Rows that are not
    // entities (never made by the filter) rank after every id.
    const bool indexed = index != nullptr && index->id_rank.size() == dataset.entities.size();
    std::vector<std::uint32_t> members;  // row positions holding an entity
    for (std::size_t r = 0; r < n; ++r) {
        order[r].row = static_cast<std::uint32_t>(r);
        order[r].id_rank = static_cast<std::uint32_t>(dataset.entities.size() + r);
        if (rows[r] >= dataset.entities.size()) continue;
        if (indexed) {
            order[r].id_rank = index->id_rank[rows[r]];
        } else {
            members.push_back(static_cast<std::uint32_t>(r));
        }
    }
    if (!indexed) {
        const std::vector<std::uint32_t> rank = id_ranks(dataset, rows, members);
        for (std::size_t i = 0; i < members.size(); ++i) order[members[i]].id_rank = rank[i];
    }

    // Type labels ranked once: few distinct values, so the sort needs no text for them.
    std::unordered_map<std::string_view, std::uint64_t> type_rank;  // views into the dataset
    if (sort.column == TableColumn::Type) {
        std::vector<std::pair<std::string_view, std::string>> labels;  // label, type
        for (const std::uint32_t e : rows) {
            if (e >= dataset.entities.size() || type_rank.count(dataset.entities[e].type) != 0) continue;
            type_rank.emplace(dataset.entities[e].type, 0);
            labels.emplace_back(lookup(strings, "type." + dataset.entities[e].type, language),
                                dataset.entities[e].type);
        }
        std::sort(labels.begin(), labels.end());
        for (std::size_t i = 0; i < labels.size(); ++i) type_rank[labels[i].second] = i;
    }
    // Name keys: the pinyin (a view into the dataset) in Chinese, the lower-cased name in
    // English (copied into the arena at `row`), then the name itself.
    auto name_key = [&](const Entity& entity, std::size_t row, RowKey& key) {
        const DataString& name = pick(entity.name, language);
        key.secondary = name;
        if (language == Language::Zh && !entity.pinyin.empty()) {
            key.primary = entity.pinyin;
        } else {
            arena.spans[row] = arena.add_lower(name);
        }
    };
    for (std::size_t r = 0; r < n; ++r) {
        RowKey& key = keys[r];
        key.entity = rows[r];
        if (key.entity >= dataset.entities.size()) {
            key.missing = true;
            continue;
        }
        const Entity& entity = dataset.entities[key.entity];
        switch (sort.column) {
            case TableColumn::Name:
                name_key(entity, r, key);
                break;
            case TableColumn::Type:
                values[r] = type_rank[entity.type];
                break;
            case TableColumn::Date:
                key.missing = !entity.time.has_start;
                if (!key.missing) {
                    // Days (offset to be positive for any year 0..9999), then the precision:
                    // coarser first on the same first day.
                    const auto day =
                        static_cast<std::uint64_t>(first_day(entity.time.start) + (std::int64_t{1} << 40));
                    values[r] = day * 4 + static_cast<std::uint64_t>(entity.time.start.precision);
                }
                break;
            case TableColumn::Place: {
                const Entity* place = place_of(dataset, entity);
                key.missing = place == nullptr;
                if (place != nullptr) name_key(*place, r, key);
                break;
            }
            case TableColumn::Tags:
                key.missing = entity.tags.empty();
                if (!key.missing) {
                    key.secondary = entity.tags.front();
                    arena.spans[r] = arena.add_lower(entity.tags.front());
                }
                break;
        }
    }
    // The arena is complete: turn its spans into views; then the numbers, in the direction.
    const bool descending = sort.descending;
    const bool text = sort.column != TableColumn::Date && sort.column != TableColumn::Type;
    for (std::size_t r = 0; r < n; ++r) {
        RowKey& key = keys[r];
        if (arena.spans[r].second > 0)
            key.primary = std::string_view(arena.text).substr(arena.spans[r].first, arena.spans[r].second);
        const std::uint64_t value = text ? text_prefix(key.primary) : values[r];
        order[r].key = key.missing ? kMissingBit : (descending ? kValueMask - value : value);
    }
    std::sort(order.begin(), order.end(), [&](const SortKey& a, const SortKey& b) {
        if (a.key != b.key) return a.key < b.key;
        const RowKey& x = keys[a.row];
        if (text && !x.missing) {
            const RowKey& y = keys[b.row];
            int c = x.primary.compare(y.primary);
            if (c == 0) c = x.secondary.compare(y.secondary);
            if (c != 0) return descending ? c > 0 : c < 0;
        }
        return a.id_rank < b.id_rank;
    });
    for (std::size_t r = 0; r < n; ++r) rows[r] = keys[order[r].row].entity;
}

}  // namespace

TableSortIndex build_table_sort_index(const Dataset& dataset) {
    std::vector<std::uint32_t> all(dataset.entities.size());
    std::iota(all.begin(), all.end(), 0u);
    return TableSortIndex{id_ranks(dataset, all, all)};
}

void sort_table_rows(const Dataset& dataset, const StringTable& strings, Language language, TableSort sort,
                     std::vector<std::uint32_t>& rows) {
    sort_rows(dataset, strings, language, sort, rows, nullptr);
}

void sort_table_rows(const Dataset& dataset, const StringTable& strings, Language language, TableSort sort,
                     std::vector<std::uint32_t>& rows, const TableSortIndex& index) {
    sort_rows(dataset, strings, language, sort, rows, &index);
}

TableRowText table_row_text(const Dataset& dataset, const StringTable& strings, Language language,
                            std::uint32_t entity) {
    TableRowText text;
    if (entity >= dataset.entities.size()) return text;
    const Entity& e = dataset.entities[entity];
    text.name = pick(e.name, language);
    text.type = lookup(strings, "type." + e.type, language);
    text.date = display_span(e.time, language);
    if (const Entity* place = place_of(dataset, e)) text.place = pick(place->name, language);
    for (const DataString& tag : e.tags) {
        if (!text.tags.empty()) text.tags += ", ";
        text.tags += tag;
    }
    return text;
}

}  // namespace pe

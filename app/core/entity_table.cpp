// Sorting and row text of the entity table (entity_table.h). Keys are views into the
// dataset, the string table or one arena of lower-cased text built before the sort, so the
// comparator only compares: no lookups, no allocations.
#include "entity_table.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>

#include "date.h"
#include "date_format.h"

namespace pe {

namespace {

struct RowKey {
    bool missing = false;      // no date / place / tag: last in either direction
    std::int64_t number = 0;   // Date: first day of the start
    int precision = 0;         // Date: coarser first on the same day
    std::string_view primary;  // text keys
    std::string_view secondary;
    std::string_view id;
    std::uint32_t entity = 0;
};

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
    for (const std::string* id : {&entity.park_id, &entity.district_id}) {
        if (id->empty()) continue;
        const auto found = dataset.index.entity_by_id.find(*id);
        if (found != dataset.index.entity_by_id.end()) return &dataset.entities[found->second];
    }
    return nullptr;
}

int compare_keys(const RowKey& a, const RowKey& b) {
    if (a.number != b.number) return a.number < b.number ? -1 : 1;
    if (a.precision != b.precision) return a.precision < b.precision ? -1 : 1;
    if (const int c = a.primary.compare(b.primary); c != 0) return c;
    return a.secondary.compare(b.secondary);
}

}  // namespace

void sort_table_rows(const Dataset& dataset, const StringTable& strings, Language language, TableSort sort,
                     std::vector<std::uint32_t>& rows) {
    std::vector<RowKey> keys(rows.size());
    Arena arena;
    arena.spans.assign(rows.size(), {0, 0});
    std::unordered_map<std::string, const std::string*> type_labels;
    // Name keys: the pinyin (a view into the dataset) in Chinese, the lower-cased name in
    // English (copied into the arena at `row`), then the name itself.
    auto name_key = [&](const Entity& entity, std::size_t row, RowKey& key) {
        const std::string& name = pick(entity.name, language);
        key.secondary = name;
        if (language == Language::Zh && !entity.pinyin.empty()) {
            key.primary = entity.pinyin;
        } else {
            arena.spans[row] = arena.add_lower(name);
        }
    };
    for (std::size_t r = 0; r < rows.size(); ++r) {
        RowKey& key = keys[r];
        key.entity = rows[r];
        if (key.entity >= dataset.entities.size()) {
            key.missing = true;
            continue;
        }
        const Entity& entity = dataset.entities[key.entity];
        key.id = entity.id;
        switch (sort.column) {
            case TableColumn::Name:
                name_key(entity, r, key);
                break;
            case TableColumn::Type: {
                auto label = type_labels.find(entity.type);
                if (label == type_labels.end())
                    label =
                        type_labels.emplace(entity.type, &lookup(strings, "type." + entity.type, language))
                            .first;
                key.primary = *label->second;
                break;
            }
            case TableColumn::Date:
                key.missing = !entity.time.has_start;
                if (!key.missing) {
                    key.number = first_day(entity.time.start);
                    key.precision = static_cast<int>(entity.time.start.precision);
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
    // The arena is complete: turn its spans into views.
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (arena.spans[r].second > 0)
            keys[r].primary =
                std::string_view(arena.text).substr(arena.spans[r].first, arena.spans[r].second);
    }
    const bool descending = sort.descending;
    std::sort(keys.begin(), keys.end(), [descending](const RowKey& a, const RowKey& b) {
        if (a.missing != b.missing) return b.missing;
        if (!a.missing) {
            const int c = compare_keys(a, b);
            if (c != 0) return descending ? c > 0 : c < 0;
        }
        if (const int c = a.id.compare(b.id); c != 0) return c < 0;
        return a.entity < b.entity;
    });
    for (std::size_t r = 0; r < rows.size(); ++r) rows[r] = keys[r].entity;
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
    for (const std::string& tag : e.tags) {
        if (!text.tags.empty()) text.tags += ", ";
        text.tags += tag;
    }
    return text;
}

}  // namespace pe

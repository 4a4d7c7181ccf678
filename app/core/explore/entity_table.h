// The entity table's rules: the order of its rows for each sortable column and direction,
// and the text of one row. Sorting builds one key per row first and then sorts the keys,
// so 100k rows cost one pass of lookups plus a sort of small structs. No drawing here.
//
// Orders (ties always by entity id ascending, so the order is total and stable):
//  - Name: in Chinese by pinyin, then the name's bytes; in English case-insensitively.
//  - Type: by the type's label in the language.
//  - Date: by start; a year or month sorts at its first day, before a finer date on that day.
//  - Place: by the name of the park, else of the district (sorted as Name sorts names).
//  - Tags: by the first tag, case-insensitively.
// Rows without a date, a place or tags come last in either direction.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "model/language.h"
#include "text/string_table.h"

namespace pe {

enum class TableColumn : std::uint8_t { Name, Type, Date, Place, Tags };

struct TableSort {
    TableColumn column = TableColumn::Date;
    bool descending = false;
};

// Sorts `rows` (entity indexes) in place.
void sort_table_rows(const Dataset& dataset, const StringTable& strings, Language language, TableSort sort,
                     std::vector<std::uint32_t>& rows);

// The id order, built once per dataset. With it the sort skips ordering the rows' ids
// itself, which is most of its cost where a column has few values (types, years): at 100k
// rows, tens of milliseconds per sort. Same result as without it.
struct TableSortIndex {
    std::vector<std::uint32_t> id_rank;  // per entity: its place in the order of ids (bytes, then index)
};

TableSortIndex build_table_sort_index(const Dataset& dataset);

// As above, with the dataset's id order (ignored when it was built for another entity count).
void sort_table_rows(const Dataset& dataset, const StringTable& strings, Language language, TableSort sort,
                     std::vector<std::uint32_t>& rows, const TableSortIndex& index);

struct TableRowText {
    std::string name;   // in the language
    std::string type;   // the type's label
    std::string date;   // at the data's precision (date_format.h); "" when undated
    std::string place;  // the park's name, else the district's; "" when neither
    std::string tags;   // joined with ", "
};

TableRowText table_row_text(const Dataset& dataset, const StringTable& strings, Language language,
                            std::uint32_t entity);

}  // namespace pe

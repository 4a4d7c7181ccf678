// What the explorer's views show, derived once from the session rather than by each view:
// the filter's facets and result (shared by the timeline, the table and the figures), the
// table's rows in their order, and the figures. Each part is recomputed only when what it
// depends on changed (the dataset, the filter, the order, the language), so an idle frame
// costs nothing here. The search index is built on the first query that needs it: a large
// dataset that is only browsed never pays its memory.
#pragma once

#include <cstdint>
#include <vector>

#include "explore/entity_filter.h"
#include "explore/entity_table.h"
#include "explore/figures_model.h"
#include "model/dataset.h"
#include "model/language.h"
#include "search/search.h"
#include "text/string_table.h"

namespace pe {

// The table's order: the filter's own (search rank with a query, else by date) until a
// column is chosen.
struct TableOrder {
    bool by_column = false;
    TableSort sort;
};

struct ExplorerModels {
    bool built = false;
    std::uint64_t generation = 0;  // the session's dataset_generation they were built for
    FilterFacets facets;
    TableSortIndex sort_index;  // once per dataset: the table's sorts reuse it
    bool search_built = false;
    SearchIndex search;
    EntityFilter filter;              // what `shown` was computed for
    FilterResult shown;               // `visible` is empty when no filter is active (everything shown)
    std::uint64_t shown_version = 0;  // bumps each time `shown` changes
    TableOrder order;
    Language rows_language = Language::En;
    std::uint64_t rows_version = 0;         // the shown_version `table_rows` follow
    std::vector<std::uint32_t> table_rows;  // shown entities in the table's order
    bool figures_built = false;
    Language figures_language = Language::En;
    std::uint64_t figures_version = 0;  // the shown_version `figures` follow
    FiguresModel figures;
};

bool same_filter(const EntityFilter& a, const EntityFilter& b);

// Brings `models` up to date with the dataset (identified by `generation`), the filter, the
// table order and the language.
void update_explorer_models(ExplorerModels& models, const Dataset& dataset, std::uint64_t generation,
                            const StringTable& strings, Language language, const EntityFilter& filter,
                            const TableOrder& order);

// The figures of what is shown, built when first asked for (the figures panel is open).
const FiguresModel& explorer_figures(ExplorerModels& models, const Dataset& dataset,
                                     const StringTable& strings, Language language);

// The search index, built on first use (a filter query or the details' "Connect to…" box) and
// kept until the dataset changes.
const SearchIndex& explorer_search(ExplorerModels& models, const Dataset& dataset);

}  // namespace pe

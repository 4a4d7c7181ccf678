// Implements the derived models (explorer_models.h).
#include "explore/explorer_models.h"

#include <numeric>

namespace pe {

namespace {

bool blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

void sort_by_date(const Dataset& dataset, const StringTable& strings, Language language,
                  std::vector<std::uint32_t>& rows, const TableSortIndex& index) {
    sort_table_rows(dataset, strings, language, TableSort{TableColumn::Date, false}, rows, index);
}

}  // namespace

bool same_filter(const EntityFilter& a, const EntityFilter& b) {
    return a.query == b.query && a.types == b.types && a.scopes == b.scopes && a.places == b.places &&
           a.tags == b.tags && a.year_from == b.year_from && a.year_to == b.year_to;
}

void update_explorer_models(ExplorerModels& models, const Dataset& dataset, std::uint64_t generation,
                            const StringTable& strings, Language language, const EntityFilter& filter,
                            const TableOrder& order) {
    const bool new_data = !models.built || models.generation != generation;
    if (new_data) {
        models.facets = build_filter_facets(dataset);
        models.sort_index = build_table_sort_index(dataset);
        models.search_built = false;
        models.search = SearchIndex{};
        models.built = true;
        models.generation = generation;
    }
    if (new_data || !same_filter(models.filter, filter)) {
        if (!blank(filter.query)) explorer_search(models, dataset);
        if (filter_is_active(filter)) {
            models.shown = apply_entity_filter(dataset, models.search, filter);
        } else {  // everything: no mask to keep, rows in dataset order
            models.shown.visible.clear();
            models.shown.rows.resize(dataset.entities.size());
            std::iota(models.shown.rows.begin(), models.shown.rows.end(), 0u);
        }
        models.filter = filter;
        ++models.shown_version;
    }
    const bool order_changed = models.order.by_column != order.by_column ||
                               (order.by_column && (models.order.sort.column != order.sort.column ||
                                                    models.order.sort.descending != order.sort.descending));
    if (models.rows_version != models.shown_version || order_changed || models.rows_language != language) {
        models.table_rows = models.shown.rows;
        if (order.by_column) {
            sort_table_rows(dataset, strings, language, order.sort, models.table_rows, models.sort_index);
        } else if (blank(filter.query)) {
            sort_by_date(dataset, strings, language, models.table_rows, models.sort_index);
        }  // with a query: the search's rank order, as the filter gave it
        models.order = order;
        models.rows_language = language;
        models.rows_version = models.shown_version;
    }
}

const FiguresModel& explorer_figures(ExplorerModels& models, const Dataset& dataset,
                                     const StringTable& strings, Language language) {
    if (!models.figures_built || models.figures_version != models.shown_version ||
        models.figures_language != language) {
        models.figures = build_figures_model(dataset, strings, language, models.shown.visible);
        models.figures_built = true;
        models.figures_version = models.shown_version;
        models.figures_language = language;
    }
    return models.figures;
}

const SearchIndex& explorer_search(ExplorerModels& models, const Dataset& dataset) {
    if (!models.search_built) {
        models.search = build_search_index(dataset);
        models.search_built = true;
    }
    return models.search;
}

}  // namespace pe

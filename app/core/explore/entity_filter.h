// The entity filter every view shares: a search query plus facets (type, scope, place, tag,
// year range), applied once per change to give which entities are shown and in what
// order; and the facet values a dataset offers, for the filter's controls. No drawing.
//
// Rules: within one facet the values are OR-ed, across facets AND-ed; an empty facet (and a
// blank query) does not restrict.
//  - place: an entity id of a district or park. An entity matches P when it is P, its
//    district_id or park_id is P, or its park's district_id is P (a company in a park in
//    district D matches D).
//  - years: the entity's span overlaps [year_from-01-01, year_to-12-31] (0 = that end open);
//    a year or month date covers its whole year or month, "since X" runs on for ever, an
//    entity with no end is its start's span. Undated entities fail while a range is set.
//  - query: the ranked search of search.h (Chinese, English, pinyin, initials); matching
//    rows keep its rank order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "search/search.h"

namespace pe {

struct EntityFilter {
    std::string query;
    std::vector<std::string> types;  // entity types (entity_types.h)
    std::vector<Scope> scopes;
    std::vector<std::string> places;  // entity ids of districts or parks
    std::vector<std::string> tags;
    int year_from = 0;  // 0: open
    int year_to = 0;    // 0: open
};

struct FilterResult {
    std::vector<std::uint8_t> visible;  // per entity, 1 = shown
    std::vector<std::uint32_t> rows;    // visible entity indexes: in search rank order when a query
                                        // is set, else in Dataset order
};

// `index` must be built from `dataset`.
FilterResult apply_entity_filter(const Dataset& dataset, const SearchIndex& index,
                                 const EntityFilter& filter);

// True when anything restricts: a non-blank query, a non-empty facet or a year bound.
bool filter_is_active(const EntityFilter& filter);

// An empty mask shows everything; otherwise entity e is shown when visible[e] is 1 (an
// index past the mask's end is hidden).
inline bool entity_visible(const std::vector<std::uint8_t>& visible, std::uint32_t entity) {
    return visible.empty() || (entity < visible.size() && visible[entity] != 0);
}

struct FacetCount {
    std::string value;  // an entity type or a tag
    std::size_t count = 0;
};

struct ScopeCount {
    Scope scope = Scope::Organisation;
    std::size_t count = 0;
};

struct PlaceFacet {
    std::uint32_t entity = 0;  // index into Dataset::entities
    std::string id;
    bool park = false;  // false: a district
};

// What a dataset offers to filter by, with how many entities carry each value.
struct FilterFacets {
    std::vector<FacetCount> types;   // present types, in kEntityTypes order (others after, by name)
    std::vector<ScopeCount> scopes;  // present scopes, in Scope order
    std::vector<PlaceFacet> places;  // every district, then every park, each by id
    std::vector<FacetCount> tags;    // by count (descending), then tag bytes
    bool has_years = false;          // false: no entity is dated
    int first_year = 0;              // smallest start year of a dated entity
    int last_year = 0;               // largest start year
};

FilterFacets build_filter_facets(const Dataset& dataset);

}  // namespace pe

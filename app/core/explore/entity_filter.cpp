// Applies the shared entity filter and counts the facet values (entity_filter.h). One pass
// over the entities (or over the search hits when a query is set); every facet test is a
// scan of a short list, so the cost is linear in the dataset.
#include "explore/entity_filter.h"

#include <algorithm>
#include <array>
#include <limits>
#include <unordered_map>

#include "model/date.h"
#include "model/entity_types.h"
#include "search/pinyin_match.h"

namespace pe {

namespace {

template <typename T, typename V>
bool contains(const std::vector<T>& values, const V& value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

bool query_is_blank(const std::string& query) {
    return fold_text(query).empty();  // fold_text drops ASCII and ideographic whitespace
}

// The facets other than the query, prepared once per filter.
struct Facets {
    const Dataset& dataset;
    const EntityFilter& filter;
    bool years = false;
    std::int64_t from_day = std::numeric_limits<std::int64_t>::min();
    std::int64_t to_day = std::numeric_limits<std::int64_t>::max();

    Facets(const Dataset& d, const EntityFilter& f) : dataset(d), filter(f) {
        years = f.year_from != 0 || f.year_to != 0;
        if (f.year_from != 0) from_day = days_from_civil(f.year_from, 1, 1);
        if (f.year_to != 0) to_day = days_from_civil(f.year_to, 12, 31);
    }

    bool place_matches(const Entity& entity) const {
        const std::vector<std::string>& places = filter.places;
        if (contains(places, entity.id) ||
            (!entity.district_id.empty() && contains(places, entity.district_id)))
            return true;
        if (entity.park_id.empty()) return false;
        if (contains(places, entity.park_id)) return true;
        const auto park = dataset.index.entity_by_id.find(entity.park_id);
        if (park == dataset.index.entity_by_id.end()) return false;
        const DataString& park_district = dataset.entities[park->second].district_id;
        return !park_district.empty() && contains(places, park_district);
    }

    bool years_match(const TimeSpan& time) const {
        if (!time.has_start) return false;
        const std::int64_t first = first_day(time.start);
        std::int64_t last = last_day(time.start);
        if (time.has_end) {
            last = std::max(last, last_day(time.end));
        } else if (time.open_end) {
            last = std::numeric_limits<std::int64_t>::max();
        }
        return first <= to_day && last >= from_day;
    }

    bool matches(const Entity& entity) const {
        if (!filter.types.empty() && !contains(filter.types, entity.type)) return false;
        if (!filter.scopes.empty() && !contains(filter.scopes, entity.scope)) return false;
        if (!filter.tags.empty() &&
            std::none_of(entity.tags.begin(), entity.tags.end(),
                         [&](const DataString& tag) { return contains(filter.tags, tag); }))
            return false;
        if (!filter.places.empty() && !place_matches(entity)) return false;
        if (years && !years_match(entity.time)) return false;
        return true;
    }
};

}  // namespace

bool filter_is_active(const EntityFilter& filter) {
    return !query_is_blank(filter.query) || !filter.types.empty() || !filter.scopes.empty() ||
           !filter.places.empty() || !filter.tags.empty() || filter.year_from != 0 || filter.year_to != 0;
}

FilterResult apply_entity_filter(const Dataset& dataset, const SearchIndex& index,
                                 const EntityFilter& filter) {
    const Facets facets(dataset, filter);

    FilterResult result;
    const std::size_t n = dataset.entities.size();
    result.visible.assign(n, 0);
    auto consider = [&](std::uint32_t e) {
        if (e >= n || result.visible[e] != 0 || !facets.matches(dataset.entities[e])) return;
        result.visible[e] = 1;
        result.rows.push_back(e);
    };
    if (!query_is_blank(filter.query)) {
        for (const SearchHit& hit : search(index, filter.query, n)) consider(hit.entity);
    } else {
        result.rows.reserve(n);
        for (std::uint32_t e = 0; e < n; ++e) consider(e);
    }
    return result;
}

FilterFacets build_filter_facets(const Dataset& dataset) {
    FilterFacets facets;
    std::unordered_map<std::string, std::size_t> types;  // ordered below
    std::unordered_map<std::string, std::size_t> tags;
    std::array<std::size_t, kScopes.size()> scopes{};
    for (std::uint32_t e = 0; e < dataset.entities.size(); ++e) {
        const Entity& entity = dataset.entities[e];
        ++types[entity.type.str()];
        const auto scope = static_cast<std::size_t>(entity.scope);
        if (scope < kScopes.size()) ++scopes[scope];
        // A tag listed twice on one entity counts once: the count is of entities.
        for (std::size_t t = 0; t < entity.tags.size(); ++t) {
            const auto seen = entity.tags.begin() + static_cast<std::ptrdiff_t>(t);
            if (std::find(entity.tags.begin(), seen, entity.tags[t]) == seen) ++tags[entity.tags[t].str()];
        }
        if (entity.type == "district" || entity.type == "park")
            facets.places.push_back(PlaceFacet{e, entity.id.str(), entity.type == "park"});
        if (entity.time.has_start) {
            const int year = entity.time.start.year;
            facets.first_year = facets.has_years ? std::min(facets.first_year, year) : year;
            facets.last_year = facets.has_years ? std::max(facets.last_year, year) : year;
            facets.has_years = true;
        }
    }
    for (const std::string_view type : kEntityTypes) {
        const auto found = types.find(std::string(type));
        if (found == types.end()) continue;
        facets.types.push_back(FacetCount{found->first, found->second});
        types.erase(found);
    }
    const std::size_t known = facets.types.size();
    for (const auto& [type, count] : types) facets.types.push_back(FacetCount{type, count});
    std::sort(facets.types.begin() + static_cast<std::ptrdiff_t>(known), facets.types.end(),
              [](const FacetCount& a, const FacetCount& b) { return a.value < b.value; });
    for (std::size_t s = 0; s < kScopes.size(); ++s) {
        if (scopes[s] > 0) facets.scopes.push_back(ScopeCount{static_cast<Scope>(s), scopes[s]});
    }
    std::sort(facets.places.begin(), facets.places.end(), [](const PlaceFacet& a, const PlaceFacet& b) {
        if (a.park != b.park) return !a.park;
        return a.id < b.id;
    });
    for (const auto& [tag, count] : tags) facets.tags.push_back(FacetCount{tag, count});
    std::sort(facets.tags.begin(), facets.tags.end(), [](const FacetCount& a, const FacetCount& b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    return facets;
}

}  // namespace pe

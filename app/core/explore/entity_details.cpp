// Builds the details view model (entity_details.h): field by field from the entity, its
// sources from Dataset::sources, and its links from the dataset's link index.
#include "explore/entity_details.h"

#include <algorithm>
#include <tuple>

#include "model/date.h"
#include "model/entity_types.h"
#include "text/date_format.h"

namespace pe {

namespace {

DetailsPlace place(const Dataset& dataset, std::string_view id, Language language) {
    DetailsPlace out;
    if (id.empty()) return out;
    const auto found = dataset.index.entity_by_id.find(id);
    if (found == dataset.index.entity_by_id.end()) return out;
    out.present = true;
    out.entity = found->second;
    out.id = id;
    out.name = pick(dataset.entities[found->second].name, language);
    return out;
}

const Source* find_source(const Dataset& dataset, std::string_view id) {
    for (const Source& source : dataset.sources) {
        if (source.id == id) return &source;
    }
    return nullptr;
}

// Unknown relations (the loader rejects them; hand-made data may not) after the known ones.
std::size_t relation_rank(std::string_view relation) {
    const auto found = std::find(kRelationTypes.begin(), kRelationTypes.end(), relation);
    return static_cast<std::size_t>(found - kRelationTypes.begin());
}

// Undated last, then by start (coarser first on the same day), then id.
bool earlier(const Dataset& dataset, const DetailsLinkItem& a, const DetailsLinkItem& b) {
    const TimeSpan& ta = dataset.entities[a.entity].time;
    const TimeSpan& tb = dataset.entities[b.entity].time;
    if (ta.has_start != tb.has_start) return ta.has_start;
    if (ta.has_start) {
        const int c = compare_dates(ta.start, tb.start);
        if (c != 0) return c < 0;
    }
    return a.id < b.id;
}

}  // namespace

std::string relation_label_key(std::string_view relation, bool outgoing) {
    return "relation." + std::string(relation) + (outgoing ? ".out" : ".in");
}

std::string scope_label_key(Scope scope) {
    return "scope." + std::string(scope_name(scope));
}

EntityDetails build_entity_details(const Dataset& dataset, const StringTable& strings, Language language,
                                   std::uint32_t entity) {
    EntityDetails details;
    if (entity >= dataset.entities.size()) return details;
    const Entity& e = dataset.entities[entity];
    const Language other = language == Language::Zh ? Language::En : Language::Zh;
    details.entity = entity;
    details.id = e.id;
    details.name = pick(e.name, language);
    details.other_name = other == Language::Zh ? e.name.zh : e.name.en;
    details.type_label = lookup(strings, "type." + e.type, language);
    details.date_label = display_span(e.time, language);
    details.scope_label = lookup(strings, scope_label_key(e.scope), language);
    details.district = place(dataset, e.district_id, language);
    details.park = place(dataset, e.park_id, language);
    details.summary = pick(e.summary, language);

    for (const KeyFigure& figure : e.figures) {
        details.figures.push_back(DetailsFigure{
            pick(figure.label, language).str(), pick(figure.display, language).str(), figure.value,
            figure.unit.str(), figure.source.quote.str(), figure.source.source_id.str()});
    }
    for (const SourceRef& ref : e.sources) {
        DetailsSource source;
        source.source_id = ref.source_id;
        source.quote = ref.quote;
        if (const Source* s = find_source(dataset, ref.source_id)) {
            source.title = pick(s->title, language);
            source.publisher = s->publisher;
            source.published = s->published;
        }
        details.sources.push_back(std::move(source));
    }

    // Links: one group per (relation, direction), found in the dataset's link index.
    auto add_links = [&](const std::vector<std::vector<std::uint32_t>>& by_entity, bool outgoing) {
        if (entity >= by_entity.size()) return;
        for (const std::uint32_t k : by_entity[entity]) {
            if (k >= dataset.links.size()) continue;
            const Link& link = dataset.links[k];
            const auto found = dataset.index.entity_by_id.find(outgoing ? link.to : link.from);
            if (found == dataset.index.entity_by_id.end()) continue;
            auto group =
                std::find_if(details.links.begin(), details.links.end(), [&](const DetailsLinkGroup& g) {
                    return g.relation == link.relation && g.outgoing == outgoing;
                });
            if (group == details.links.end()) {
                details.links.push_back(
                    DetailsLinkGroup{link.relation.str(),
                                     outgoing,
                                     lookup(strings, relation_label_key(link.relation, outgoing), language),
                                     {}});
                group = details.links.end() - 1;
            }
            const std::uint32_t o = found->second;
            const bool listed = std::any_of(group->items.begin(), group->items.end(),
                                            [o](const DetailsLinkItem& item) { return item.entity == o; });
            if (listed) continue;
            const Entity& other_entity = dataset.entities[o];
            group->items.push_back(DetailsLinkItem{o, other_entity.id.str(),
                                                   pick(other_entity.name, language).str(),
                                                   lookup(strings, "type." + other_entity.type, language)});
        }
    };
    add_links(dataset.index.links_out, true);
    add_links(dataset.index.links_in, false);
    std::sort(details.links.begin(), details.links.end(),
              [](const DetailsLinkGroup& a, const DetailsLinkGroup& b) {
                  return std::make_tuple(relation_rank(a.relation), a.relation, !a.outgoing) <
                         std::make_tuple(relation_rank(b.relation), b.relation, !b.outgoing);
              });
    for (DetailsLinkGroup& group : details.links) {
        std::sort(group.items.begin(), group.items.end(),
                  [&](const DetailsLinkItem& a, const DetailsLinkItem& b) { return earlier(dataset, a, b); });
    }
    return details;
}

}  // namespace pe

// The picker's product list and one product's journey: gathering the steps from
// `milestone_of` and `developed_by`, ordering them (step_order), and what is beside each.
#include "pathway/product_journey.h"

#include <algorithm>
#include <string_view>

#include "model/entity_types.h"

namespace pe {
namespace {

bool is_relation(const GraphEdge& edge, std::string_view relation) {
    return edge.relation < kRelationTypes.size() && kRelationTypes[edge.relation] == relation;
}

template <typename Visit>
void for_each_edge(const GraphIndex& graph, std::uint32_t entity, Visit&& visit) {
    for (std::uint32_t j = graph.offsets[entity]; j < graph.offsets[entity + 1]; ++j) visit(graph.edges[j]);
}

std::vector<BesideEntity> beside_of(const GraphIndex& graph, std::uint32_t entity) {
    std::vector<BesideEntity> out;
    for_each_edge(graph, entity, [&](const GraphEdge& edge) {
        if (edge.other == entity) return;
        if (is_relation(edge, "approved_by")) out.push_back({edge.other, edge.link, BesideRole::Regulator});
        if (is_relation(edge, "took_place_at")) out.push_back({edge.other, edge.link, BesideRole::Place});
    });
    std::sort(out.begin(), out.end(),
              [](const BesideEntity& a, const BesideEntity& b) { return a.link < b.link; });
    return out;
}

// The first track (in lane order) the entity links to by part_of, feeds_into or enables.
int track_of(const GraphIndex& graph, const PathwayTracks& tracks, std::uint32_t entity) {
    int best = -1;
    for_each_edge(graph, entity, [&](const GraphEdge& edge) {
        if (!edge.forward) return;
        if (!is_relation(edge, "part_of") && !is_relation(edge, "feeds_into") &&
            !is_relation(edge, "enables"))
            return;
        const int position = track_position(tracks, edge.other);
        if (position >= 0 && (best < 0 || position < best)) best = position;
    });
    return best;
}

// Milestones of `owner`: entities with "X milestone_of owner", with that link.
std::vector<LinkedEntity> milestones_of(const GraphIndex& graph, std::uint32_t owner) {
    std::vector<LinkedEntity> out;
    for_each_edge(graph, owner, [&](const GraphEdge& edge) {
        if (!edge.forward && edge.other != owner && is_relation(edge, "milestone_of")) {
            out.push_back({edge.other, edge.link});
        }
    });
    return out;
}

}  // namespace

std::vector<PickerProduct> products_with_milestones(const Dataset& dataset, const GraphIndex& graph) {
    std::vector<PickerProduct> out;
    for (std::uint32_t e = 0; e < graph.entity_count(); ++e) {
        if (dataset.entities[e].type != "product") continue;
        std::vector<LinkedEntity> own = milestones_of(graph, e);
        std::sort(own.begin(), own.end(),
                  [](const LinkedEntity& a, const LinkedEntity& b) { return a.entity < b.entity; });
        own.erase(
            std::unique(own.begin(), own.end(),
                        [](const LinkedEntity& a, const LinkedEntity& b) { return a.entity == b.entity; }),
            own.end());
        if (!own.empty()) out.push_back({e, static_cast<std::uint32_t>(own.size())});
    }
    std::sort(out.begin(), out.end(), [&](const PickerProduct& a, const PickerProduct& b) {
        if (a.milestones != b.milestones) return a.milestones > b.milestones;
        return dataset.entities[a.entity].id < dataset.entities[b.entity].id;
    });
    return out;
}

ProductJourney build_product_journey(const Dataset& dataset, const GraphIndex& graph,
                                     const PathwayTracks& tracks, std::uint32_t product) {
    ProductJourney journey;
    journey.product = product;
    if (product >= graph.entity_count()) return journey;
    journey.beside = beside_of(graph, product);
    for_each_edge(graph, product, [&](const GraphEdge& edge) {
        if (edge.forward && edge.other != product && is_relation(edge, "developed_by")) {
            journey.developers.push_back({edge.other, edge.link});
        }
    });
    std::sort(journey.developers.begin(), journey.developers.end(),
              [](const LinkedEntity& a, const LinkedEntity& b) { return a.link < b.link; });

    // The steps, unordered: the product's own milestones, then its developers'.
    std::vector<JourneyStep> steps;
    auto add = [&](const LinkedEntity& milestone, std::uint32_t owner, bool from_developer) {
        if (milestone.entity == product) return;
        for (const JourneyStep& s : steps) {
            if (s.entity == milestone.entity) return;  // the first link (own before developer's) wins
        }
        JourneyStep step;
        step.entity = milestone.entity;
        step.milestone_link = milestone.link;
        step.owner = owner;
        step.from_developer = from_developer;
        const TimeSpan& time = dataset.entities[milestone.entity].time;
        step.has_date = time.has_start;
        step.date = time.start;
        step.track = track_of(graph, tracks, milestone.entity);
        if (step.track < 0) {
            step.track = track_of(graph, tracks, product);
            step.track_from_product = step.track >= 0;
        }
        step.beside = beside_of(graph, milestone.entity);
        steps.push_back(step);
    };
    for (const LinkedEntity& m : milestones_of(graph, product)) add(m, product, false);
    for (const LinkedEntity& developer : journey.developers) {
        for (const LinkedEntity& m : milestones_of(graph, developer.entity)) add(m, developer.entity, true);
    }

    // Order them: `follows` links between two steps, and dates.
    std::vector<OrderItem> items;
    items.reserve(steps.size());
    for (const JourneyStep& s : steps)
        items.push_back({dataset.entities[s.entity].id.str(), s.has_date, s.date});
    auto step_index = [&](std::uint32_t entity) -> int {
        for (std::size_t k = 0; k < steps.size(); ++k) {
            if (steps[k].entity == entity) return static_cast<int>(k);
        }
        return -1;
    };
    std::vector<OrderEdge> edges;
    for (std::size_t k = 0; k < steps.size(); ++k) {
        for_each_edge(graph, steps[k].entity, [&](const GraphEdge& edge) {
            if (!edge.forward || !is_relation(edge, "follows")) return;
            const int earlier = step_index(edge.other);  // "step follows earlier"
            if (earlier >= 0)
                edges.push_back(
                    {static_cast<std::uint32_t>(earlier), static_cast<std::uint32_t>(k), edge.link});
        });
    }
    const StepOrder order = order_steps(items, edges);
    for (const std::uint32_t k : order.order) {
        steps[k].basis = order.basis[k];
        journey.steps.push_back(steps[k]);
    }
    journey.cyclic_links = order.cyclic_links;
    journey.contradicted_links = order.contradicted_links;
    for (const OrderEdge& e : edges) {
        const bool ignored =
            std::binary_search(order.cyclic_links.begin(), order.cyclic_links.end(), e.link) ||
            std::binary_search(order.contradicted_links.begin(), order.contradicted_links.end(), e.link);
        if (!ignored) journey.order_links.push_back(e.link);
    }
    std::sort(journey.order_links.begin(), journey.order_links.end());
    return journey;
}

}  // namespace pe

// A product's journey on the pathway: the products that have milestones (the picker), and
// for one product its steps in order with their dates, the regulators and places beside
// each, and the track a step belongs to when the links say so. No layout, no text.
//
// What the steps are, from the links only:
//  - every entity with "X milestone_of product" (the product's own milestones);
//  - every entity with "X milestone_of D" where "product developed_by D" (the developer's
//    milestones, e.g. its meetings with the regulator), marked from_developer. An entity
//    that is both is the product's own.
// Order: `follows` links between steps ("A follows B": B first) and dates, by the rule of
// step_order.h. Beside a step: the other end of each `approved_by` link (a regulator) and
// each `took_place_at` link (a place) touching the step, in either direction. Its track:
// a track entity the step links to by `part_of`, `feeds_into` or `enables` (step -> track);
// if none, the product's own such link (track_from_product), else none.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/graph_index.h"
#include "model/dataset.h"
#include "pathway/pathway_tracks.h"
#include "pathway/step_order.h"

namespace pe {

struct PickerProduct {
    std::uint32_t entity = 0;
    std::uint32_t milestones = 0;  // its own milestones (milestone_of links into it)
};

// Products (type `product`) with at least one milestone of their own, by number of
// milestones (most first), then id: the first is the default choice.
std::vector<PickerProduct> products_with_milestones(const Dataset& dataset, const GraphIndex& graph);

enum class BesideRole : std::uint8_t { Regulator, Place };  // approved_by, took_place_at

struct BesideEntity {
    std::uint32_t entity = 0;
    std::uint32_t link = 0;
    BesideRole role = BesideRole::Regulator;
};

struct JourneyStep {
    std::uint32_t entity = 0;          // the milestone
    std::uint32_t milestone_link = 0;  // its milestone_of link (the quote on hover)
    std::uint32_t owner = 0;           // the product, or the developer for from_developer
    bool from_developer = false;
    bool has_date = false;
    Date date;  // the step's start, at its own precision
    OrderBasis basis = OrderBasis::Unknown;
    int track = -1;  // position in PathwayTracks::tracks, or -1
    bool track_from_product = false;
    std::vector<BesideEntity> beside;  // by link index
};

struct ProductJourney {
    std::uint32_t product = 0;
    std::vector<LinkedEntity> developers;           // "product developed_by X", by link index
    std::vector<BesideEntity> beside;               // the product's own approved_by / took_place_at
    std::vector<JourneyStep> steps;                 // in order
    std::vector<std::uint32_t> order_links;         // the `follows` links used, ascending
    std::vector<std::uint32_t> cyclic_links;        // `follows` links in a cycle (ignored)
    std::vector<std::uint32_t> contradicted_links;  // `follows` links the dates overrule
};

// `product` must be an entity position. `tracks` gives the steps' track positions.
ProductJourney build_product_journey(const Dataset& dataset, const GraphIndex& graph,
                                     const PathwayTracks& tracks, std::uint32_t product);

}  // namespace pe

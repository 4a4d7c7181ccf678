// The pathway view's model in one value: the track lanes, the product picker, the chosen
// product's journey, and why a part has nothing to show. Computed from the links of any
// dataset (nothing here names the built-in one); no layout, no text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/graph_index.h"
#include "model/dataset.h"
#include "pathway/pathway_tracks.h"
#include "pathway/product_journey.h"

namespace pe {

enum class PathwayGap : std::uint8_t {
    None,
    NoTracks,                  // no entity of type `track`: no lanes
    NoProductsWithMilestones,  // no product has a milestone: no journey, no picker
    UnknownProduct,            // the asked product is not a product with milestones
};

struct PathwayModel {
    PathwayTracks tracks;
    std::vector<PickerProduct> picker;  // products_with_milestones: the first is the default
    bool has_journey = false;
    ProductJourney journey;                     // valid when has_journey
    PathwayGap lanes_gap = PathwayGap::None;    // None or NoTracks
    PathwayGap journey_gap = PathwayGap::None;  // None, NoProductsWithMilestones or UnknownProduct

    // Nothing at all to draw: no lanes and no journey ("nothing to show" and both reasons).
    bool nothing_to_show() const { return lanes_gap != PathwayGap::None && !has_journey; }
};

// `product_id` empty: the default product (the picker's first). A product id that is not
// in the picker gives journey_gap UnknownProduct and no journey (the lanes still show);
// the view can offer the picker to choose again.
PathwayModel build_pathway_model(const Dataset& dataset, const GraphIndex& graph,
                                 const std::string& product_id);

}  // namespace pe

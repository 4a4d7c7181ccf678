// build_pathway_model: lanes, picker, the chosen product and the gaps.
#include "pathway/pathway_model.h"

namespace pe {

PathwayModel build_pathway_model(const Dataset& dataset, const GraphIndex& graph,
                                 const std::string& product_id) {
    PathwayModel model;
    model.tracks = build_pathway_tracks(dataset, graph);
    if (model.tracks.tracks.empty()) model.lanes_gap = PathwayGap::NoTracks;
    model.picker = products_with_milestones(dataset, graph);
    if (model.picker.empty()) {
        model.journey_gap = PathwayGap::NoProductsWithMilestones;
        return model;
    }
    std::uint32_t chosen = model.picker.front().entity;
    if (!product_id.empty()) {
        bool found = false;
        for (const PickerProduct& p : model.picker) {
            if (dataset.entities[p.entity].id == product_id) {
                chosen = p.entity;
                found = true;
            }
        }
        if (!found) {
            model.journey_gap = PathwayGap::UnknownProduct;
            return model;
        }
    }
    model.journey = build_product_journey(dataset, graph, model.tracks, chosen);
    model.has_journey = true;
    return model;
}

}  // namespace pe

// Implements the pathway's looks (pathway_look.h).
#include "pathway/pathway_look.h"

namespace pe {

PathwayLook look_of_entity(const PathwayLookInput& input, std::uint32_t entity) {
    PathwayLook look;
    if (input.visible != nullptr && !input.visible->empty())
        look.filtered_out = entity >= input.visible->size() || (*input.visible)[entity] == 0;
    if (input.links != nullptr) {
        look.faded = faded_by_focus(*input.links, entity);
        look.on_chain = on_chain(*input.links, entity);
    }
    look.selected = entity == input.selected && entity != kNoEntity;
    look.connected = entity == input.connected && entity != kNoEntity;
    look.hovered = entity == input.hovered && entity != kNoEntity;
    return look;
}

PathwayLook look_of_arrow(const PathwayLookInput& input, const PathwayArrow& arrow) {
    const PathwayLook from = look_of_entity(input, arrow.from);
    const PathwayLook to = look_of_entity(input, arrow.to);
    PathwayLook look;
    look.filtered_out = from.filtered_out || to.filtered_out;
    look.faded = from.faded || to.faded;
    if (input.links != nullptr) {
        look.on_chain = arrow.link != kNoPathwayLink ? link_on_chain(*input.links, arrow.link)
                                                     : from.on_chain && to.on_chain;
    }
    return look;
}

std::vector<PathwayLook> box_looks(const PathwayLayout& layout, const PathwayLookInput& input) {
    std::vector<PathwayLook> out;
    out.reserve(layout.boxes.size());
    for (const PathwayBox& box : layout.boxes) out.push_back(look_of_entity(input, box.entity));
    return out;
}

}  // namespace pe

// How each drawn thing of the pathway looks under the one selection, the one filter and the
// one focus: filtered out (greyed: the journey keeps every step so its order stays true),
// faded by the focus, on a chain of "connect two things", selected, the second entity,
// hovered. Reads the shared masks (links/link_emphasis.h); computes no focus or chain.
#pragma once

#include <cstdint>
#include <vector>

#include "links/link_emphasis.h"
#include "pathway/pathway_layout.h"

namespace pe {

struct PathwayLookInput {
    const std::vector<std::uint8_t>* visible = nullptr;  // the filter's mask; null or empty: all shown
    const LinkEmphasis* links = nullptr;                 // null: no focus, no chain
    std::uint32_t selected = kNoEntity;
    std::uint32_t connected = kNoEntity;
    std::uint32_t hovered = kNoEntity;
};

struct PathwayLook {
    bool filtered_out = false;  // the filter excludes it: drawn grey, without its type's colour
    bool faded = false;         // outside the focus: drawn faint
    bool on_chain = false;      // a step of a chain between the selection and the second entity
    bool selected = false;
    bool connected = false;
    bool hovered = false;
};

PathwayLook look_of_entity(const PathwayLookInput& input, std::uint32_t entity);

// An arrow: filtered out or faded when either end is; on a chain when its link is (an arrow
// without a link, when both its ends are on a chain).
PathwayLook look_of_arrow(const PathwayLookInput& input, const PathwayArrow& arrow);

// The looks of every box of `layout`, in its order.
std::vector<PathwayLook> box_looks(const PathwayLayout& layout, const PathwayLookInput& input);

}  // namespace pe

// What every view emphasises about the links around the selection, computed once per change
// and shared: the focus (the entities within N links of the selection, the rest faded) and
// "connect two things" (the shortest chains of links from the selection to a second entity,
// highlighted). Plain masks that the views read while drawing; no drawing rule here.
// The walks follow every link of the dataset: the filter hides what it hides in each view,
// it does not cut a chain or a neighbourhood short.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/chains.h"
#include "graph/graph_index.h"
#include "graph/neighbourhood.h"
#include "model/dataset.h"

namespace pe {

// The question: which entities (by id, as the view state holds them) and how deep.
struct LinkQuestion {
    std::string selected_id;  // empty: nothing selected (no focus, no chain)
    std::string connect_id;   // empty: no second entity
    int focus_hops = 0;       // 0: no focus
};

struct LinkEmphasis {
    // What it was computed for (update_link_emphasis recomputes only when these change).
    bool computed = false;
    std::uint64_t generation = 0;
    LinkQuestion question;

    std::uint32_t selected = kNoEntity;  // entity positions, kNoEntity when absent
    std::uint32_t connected = kNoEntity;
    Neighbourhood neighbourhood;               // centre kNoEntity when the focus is off
    std::vector<std::uint8_t> in_focus;        // per entity, 1 = inside the focus; empty: no focus
    ChainsResult chains;                       // empty unless a selection and a second entity are set
    std::vector<std::uint8_t> chain_entities;  // per entity, 1 = on a chain; empty: no chain
    std::vector<std::uint8_t> chain_links;     // per link, 1 = a step of a chain; empty: no chain
};

// Recomputes `emphasis` when the dataset (its generation) or the question changed; returns
// whether it did. Cost: the walks (what they reach), plus O(entities + links) to size the masks
// when a focus or a chain appears.
bool update_link_emphasis(LinkEmphasis& emphasis, const Dataset& dataset, const GraphIndex& graph,
                          std::uint64_t generation, const LinkQuestion& question);

// Whether `entity` is faded by the focus (false when there is no focus).
inline bool faded_by_focus(const LinkEmphasis& emphasis, std::uint32_t entity) {
    if (emphasis.in_focus.empty()) return false;
    return entity >= emphasis.in_focus.size() || emphasis.in_focus[entity] == 0;
}

// Whether `entity` / link `link` lies on one of the chains.
inline bool on_chain(const LinkEmphasis& emphasis, std::uint32_t entity) {
    return entity < emphasis.chain_entities.size() && emphasis.chain_entities[entity] != 0;
}
inline bool link_on_chain(const LinkEmphasis& emphasis, std::uint32_t link) {
    return link < emphasis.chain_links.size() && emphasis.chain_links[link] != 0;
}

// The chains as entity ids, first chain first (what window.explorer.state() reports).
std::vector<std::vector<std::string>> chain_ids(const Dataset& dataset, const LinkEmphasis& emphasis);

}  // namespace pe

// Implements the shared focus and chains (link_emphasis.h).
#include "links/link_emphasis.h"

#include "model/dataset_index.h"

namespace pe {

namespace {

bool same_question(const LinkQuestion& a, const LinkQuestion& b) {
    return a.selected_id == b.selected_id && a.connect_id == b.connect_id && a.focus_hops == b.focus_hops;
}

void update_focus(LinkEmphasis& emphasis, const GraphIndex& graph, int hops) {
    emphasis.in_focus.clear();
    if (emphasis.selected == kNoEntity || hops <= 0) {
        update_neighbourhood(graph, kNoEntity, 0, GraphRestriction{}, emphasis.neighbourhood);
        return;
    }
    update_neighbourhood(graph, emphasis.selected, hops, GraphRestriction{}, emphasis.neighbourhood);
    emphasis.in_focus.assign(graph.entity_count(), 0);
    for (const std::uint32_t entity : emphasis.neighbourhood.entities) emphasis.in_focus[entity] = 1;
}

void update_chains(LinkEmphasis& emphasis, const Dataset& dataset, const GraphIndex& graph) {
    emphasis.chains = ChainsResult{};
    emphasis.chain_entities.clear();
    emphasis.chain_links.clear();
    if (emphasis.selected == kNoEntity || emphasis.connected == kNoEntity) return;
    emphasis.chains = find_chains(dataset, graph, emphasis.selected, emphasis.connected, GraphRestriction{});
    if (emphasis.chains.chains.empty()) return;
    emphasis.chain_entities.assign(graph.entity_count(), 0);
    emphasis.chain_links.assign(dataset.links.size(), 0);
    for (const Chain& chain : emphasis.chains.chains) {
        for (const std::uint32_t entity : chain.entities) emphasis.chain_entities[entity] = 1;
        for (const ChainStep& step : chain.steps) emphasis.chain_links[step.link] = 1;
    }
}

}  // namespace

bool update_link_emphasis(LinkEmphasis& emphasis, const Dataset& dataset, const GraphIndex& graph,
                          std::uint64_t generation, const LinkQuestion& question) {
    if (emphasis.computed && emphasis.generation == generation && same_question(emphasis.question, question))
        return false;
    const bool new_data = !emphasis.computed || emphasis.generation != generation;
    if (new_data) emphasis.neighbourhood = Neighbourhood{};  // sized for the new graph on first use
    emphasis.computed = true;
    emphasis.generation = generation;
    emphasis.question = question;
    emphasis.selected = entity_position_or_none(dataset.index, question.selected_id);
    emphasis.connected = entity_position_or_none(dataset.index, question.connect_id);
    update_focus(emphasis, graph, question.focus_hops);
    update_chains(emphasis, dataset, graph);
    return true;
}

std::vector<std::vector<std::string>> chain_ids(const Dataset& dataset, const LinkEmphasis& emphasis) {
    std::vector<std::vector<std::string>> out;
    for (const Chain& chain : emphasis.chains.chains) {
        std::vector<std::string>& ids = out.emplace_back();
        for (const std::uint32_t entity : chain.entities) ids.push_back(dataset.entities[entity].id.str());
    }
    return out;
}

}  // namespace pe

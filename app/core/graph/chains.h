// "Connect two things": the shortest chains of links between two entities, links followed
// in either direction, up to a few alternatives in a fixed order, each step with its link
// and direction so the details can write "X —enables→ Y" and show the link's quote. No text.
//
// Method: Yen's k shortest loopless paths on the unweighted graph whose nodes are entities
// (parallel links between the same two entities are one edge: alternatives differ in the
// entities they pass, and a step names the lowest-numbered allowed link joining its two
// entities). Each "spur" search is a breadth-first walk from the far end that stops as soon
// as the layer holding the spur's neighbours is complete, then walks back greedily by
// smallest id; so each search returns the least spur by (length, ids along the way), which
// makes Yen's alternatives come out exactly in the order below. Yen rather than "all
// shortest paths": it also yields the next-longer chains when fewer shortest ones exist.
// Bounds: chains of at most max_links links, at most max_expanded entities expanded over
// the whole question (every search counts); past that it stops and says so, keeping the
// chains already final (each is exactly the next in order; unfinished candidates are dropped).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "graph/graph_index.h"
#include "graph/graph_restriction.h"

namespace pe {

struct ChainStep {
    std::uint32_t from = 0;  // the entity the step leaves
    std::uint32_t to = 0;    // the entity it reaches
    std::uint32_t link = 0;  // index into Dataset::links: the lowest allowed link joining them
    bool forward = true;     // true: links[link].from is `from` ("from —rel→ to"); false: the
                             // link runs to -> from ("from ←rel— to")
};

struct Chain {
    std::vector<std::uint32_t> entities;  // first the start, last the far end; steps.size() + 1
    std::vector<ChainStep> steps;
};

enum class ChainsStatus : std::uint8_t {
    Found,          // at least one chain
    NoChain,        // none of at most max_links links (within the restriction)
    SameEntity,     // the two ends are one entity: nothing to connect
    UnknownEntity,  // an end is not an entity of the dataset
};

struct ChainOptions {
    std::size_t max_chains = 3;         // K alternatives
    std::uint32_t max_links = 6;        // longest chain considered (clamped to 1..64)
    std::size_t max_expanded = 200000;  // entities expanded over all searches of one question
};

// Chains in order: fewer links first, then by the entity ids along the way (compared as
// byte strings, first entity first). Intermediate entities must be allowed by the
// restriction; the two ends are always allowed.
struct ChainsResult {
    ChainsStatus status = ChainsStatus::NoChain;
    std::vector<Chain> chains;
    bool stopped_early = false;  // the max_expanded cap was hit: more (or any) chains may exist
    std::size_t expanded = 0;    // entities expanded, for the benchmark and the cap's tests
};

// Buffers reused between questions so that a question costs what it visits: two bytes per
// entity, sized on first use, reset sparsely afterwards. One per thread.
struct ChainScratch {
    std::vector<std::uint8_t> distance;  // per entity, from the far end; 0xFF = not reached
    std::vector<std::uint8_t> blocked;   // per entity, 1 = on the current root path
    std::vector<std::uint32_t> touched;  // entities whose distance is set
};

ChainsResult find_chains(const Dataset& dataset, const GraphIndex& graph, std::uint32_t start,
                         std::uint32_t end, const GraphRestriction& restriction, const ChainOptions& options,
                         ChainScratch& scratch);

ChainsResult find_chains(const Dataset& dataset, const GraphIndex& graph, std::uint32_t start,
                         std::uint32_t end, const GraphRestriction& restriction,
                         const ChainOptions& options = ChainOptions{});

}  // namespace pe

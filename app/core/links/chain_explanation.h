// "Why are these connected?": the details panel's view model of the chains between the
// selection and the second entity (link_emphasis.h), as plain text and ids: each chain step
// by step, the relation in words with its direction, and the quote that states the link.
// Pure (Dataset, ChainsResult, strings, language in; rows out); no drawing here.
//
// Arrows: a step that follows its link ("X —approved by→ Y") or runs against it
// ("X ←applies to— Y"), the relation worded by the "relation.<r>" strings.
// Quotes: the link's first source quote; when the link has none, a quote of one of its two
// ends (the first that names the other end, else the link's `from` end's first quote, else
// its `to` end's), marked as the entity's own.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/chains.h"
#include "model/dataset.h"
#include "model/language.h"
#include "text/string_table.h"

namespace pe {

struct ChainEntityText {
    std::uint32_t entity = kNoEntity;  // position in Dataset::entities; kNoEntity when unknown
    std::string id;
    std::string name;        // in the language
    std::string type_label;  // in the language
};

struct ChainStepText {
    std::uint32_t link = 0;          // index into Dataset::links
    std::string relation;            // as in the data, e.g. "approved_by"
    std::string relation_label;      // in the language, e.g. "approved by"
    bool forward = true;             // the step follows the link's direction
    std::string arrow;               // "—approved by→" when forward, "←approved by—" when not
    std::string quote;               // "" when neither the link nor its ends state one
    std::string source_title;        // the quote's source in the language ("" when unknown)
    bool quote_from_entity = false;  // the link has no quote: this is an end's own
    std::string quote_entity_name;   // that end's name, when quote_from_entity
};

struct ChainText {
    std::string heading;                    // "Chain 1 · 3 links"
    std::vector<ChainEntityText> entities;  // the start first, the far end last; steps + 1
    std::vector<ChainStepText> steps;
};

struct ChainExplanation {
    ChainsStatus status = ChainsStatus::NoChain;
    ChainEntityText from;  // the selection
    ChainEntityText to;    // the second entity
    std::vector<ChainText> chains;
    std::string message;       // why there is no chain ("" when chains were found)
    std::string stopped_note;  // "" unless the search was cut short (more chains may exist)
};

// `from` and `to` are the two ends the chains were asked for (positions, kNoEntity when
// absent); `max_links` is the longest chain the search considered (named in the message).
ChainExplanation explain_chains(const Dataset& dataset, const StringTable& strings, Language language,
                                std::uint32_t from, std::uint32_t to, const ChainsResult& chains,
                                std::uint32_t max_links = ChainOptions{}.max_links);

}  // namespace pe

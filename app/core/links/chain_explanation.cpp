// Implements "Why are these connected?" as text (chain_explanation.h): names, arrows and
// quotes looked up per step; the messages for no chain, one entity twice, a cut search.
#include "links/chain_explanation.h"

#include <algorithm>

#include "text/text_format.h"

namespace pe {

namespace {

ChainEntityText entity_text(const Dataset& dataset, const StringTable& strings, Language language,
                            std::uint32_t entity) {
    ChainEntityText out;
    if (entity >= dataset.entities.size()) return out;
    const Entity& e = dataset.entities[entity];
    out.entity = entity;
    out.id = e.id;
    out.name = pick(e.name, language);
    out.type_label = lookup(strings, "type." + e.type, language);
    return out;
}

bool mentions(std::string_view quote, const Entity& other) {
    const auto holds = [&](std::string_view name) {
        return !name.empty() && quote.find(name) != std::string_view::npos;
    };
    return holds(other.name.zh) || holds(other.name.en);
}

// The quote an end of the link gives for it (see the header's rule), or null.
const SourceRef* end_quote(const Entity& from, const Entity& to, const Entity*& said_by) {
    for (const auto& [speaker, other] : {std::pair{&from, &to}, std::pair{&to, &from}}) {
        for (const SourceRef& ref : speaker->sources) {
            if (mentions(ref.quote, *other)) {
                said_by = speaker;
                return &ref;
            }
        }
    }
    for (const Entity* speaker : {&from, &to}) {
        if (!speaker->sources.empty()) {
            said_by = speaker;
            return &speaker->sources.front();
        }
    }
    return nullptr;
}

std::string source_title(const Dataset& dataset, std::string_view source_id, Language language) {
    const auto found = std::find_if(dataset.sources.begin(), dataset.sources.end(),
                                    [&](const Source& s) { return s.id == source_id; });
    return found == dataset.sources.end() ? std::string() : pick(found->title, language).str();
}

ChainStepText step_text(const Dataset& dataset, const StringTable& strings, Language language,
                        const ChainStep& step) {
    ChainStepText out;
    const Link& link = dataset.links[step.link];
    out.link = step.link;
    out.relation = link.relation;
    out.relation_label = lookup(strings, "relation." + link.relation, language);
    out.forward = step.forward;
    out.arrow = step.forward ? "—" + out.relation_label + "→" : "←" + out.relation_label + "—";
    const SourceRef* ref = link.sources.empty() ? nullptr : &link.sources.front();
    if (ref == nullptr) {
        const auto from = dataset.index.entity_by_id.find(link.from);
        const auto to = dataset.index.entity_by_id.find(link.to);
        const Entity* said_by = nullptr;
        if (from != dataset.index.entity_by_id.end() && to != dataset.index.entity_by_id.end())
            ref = end_quote(dataset.entities[from->second], dataset.entities[to->second], said_by);
        if (ref != nullptr) {
            out.quote_from_entity = true;
            out.quote_entity_name = pick(said_by->name, language);
        }
    }
    if (ref != nullptr) {
        out.quote = ref->quote;
        out.source_title = source_title(dataset, ref->source_id, language);
    }
    return out;
}

}  // namespace

ChainExplanation explain_chains(const Dataset& dataset, const StringTable& strings, Language language,
                                std::uint32_t from, std::uint32_t to, const ChainsResult& chains,
                                std::uint32_t max_links) {
    ChainExplanation out;
    out.status = chains.status;
    out.from = entity_text(dataset, strings, language, from);
    out.to = entity_text(dataset, strings, language, to);
    for (std::size_t i = 0; i < chains.chains.size(); ++i) {
        const Chain& chain = chains.chains[i];
        ChainText& text = out.chains.emplace_back();
        const std::string number = std::to_string(i + 1);
        text.heading = chain.steps.size() == 1
                           ? format_text(lookup(strings, "connect.chain_one", language), {number})
                           : format_text(lookup(strings, "connect.chain_many", language),
                                         {number, std::to_string(chain.steps.size())});
        for (const std::uint32_t entity : chain.entities)
            text.entities.push_back(entity_text(dataset, strings, language, entity));
        for (const ChainStep& step : chain.steps)
            text.steps.push_back(step_text(dataset, strings, language, step));
    }
    if (out.chains.empty()) {
        switch (chains.status) {
            case ChainsStatus::SameEntity:
                out.message = format_text(lookup(strings, "connect.same", language), {out.from.name});
                break;
            case ChainsStatus::UnknownEntity:
                out.message = lookup(strings, "connect.unknown", language);
                break;
            case ChainsStatus::Found:
            case ChainsStatus::NoChain:
                out.message = format_text(lookup(strings, "connect.no_chain", language),
                                          {std::to_string(max_links), out.from.name, out.to.name});
                break;
        }
    }
    if (chains.stopped_early) out.stopped_note = lookup(strings, "connect.stopped", language);
    return out;
}

}  // namespace pe

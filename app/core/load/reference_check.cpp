// Implements the reference checks (reference_check.h). Sections:
// [SECTION] Unique ids of lanes and sources
// [SECTION] Entities and links as they stream in
// [SECTION] Forward references, decided at the end
#include "load/reference_check.h"

#include <utility>

namespace pe::load {

// [SECTION] Unique ids of lanes and sources --------------------------------------------

namespace {

template <class T>
IdTable unique_ids_in(const std::vector<T>& items, std::string_view array, Errors& errors) {
    IdTable first;
    first.reserve(items.size());
    const Path root;
    const Path array_path = root / array;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].id.empty()) continue;
        const auto inserted = first.emplace(items[i].id, i);
        if (!inserted.second) {
            errors.at(array_path[i] / "id", "duplicate id " + in_quotes(items[i].id) + ", first used by " +
                                                element_pointer(array, inserted.first->second));
        }
    }
    return first;
}

}  // namespace

IdTable unique_ids(const std::vector<Lane>& lanes, Errors& errors) {
    return unique_ids_in(lanes, "lanes", errors);
}

IdTable unique_ids(const std::vector<Source>& sources, Errors& errors) {
    return unique_ids_in(sources, "sources", errors);
}

// [SECTION] Entities and links as they stream in -----------------------------------------

namespace {

// What is wrong with a reference to the entity `id`, found at `found` (or kNotFound): ""
// when nothing is.
std::string entity_problem(std::uint32_t found, std::string_view id, std::string_view wanted_type,
                           const std::vector<Entity>& entities) {
    if (found == kNotFound) return "unknown entity " + in_quotes(id);
    if (!wanted_type.empty() && entities[found].type != wanted_type) {
        return "entity " + in_quotes(id) + " is a " + entities[found].type + ", not a " +
               std::string(wanted_type);
    }
    return {};
}

}  // namespace

void ReferenceChecker::reserve(std::size_t entities, std::size_t links) {
    entities_.index.reserve(entities);
    link_by_hash_.reserve(links);
}

void ReferenceChecker::know_lanes(std::unordered_set<std::string> ids) {
    lanes_.owned = std::move(ids);
    lanes_.ids = {lanes_.owned.begin(), lanes_.owned.end()};
    lanes_.known = true;
}

void ReferenceChecker::know_sources(std::unordered_set<std::string> ids) {
    sources_.owned = std::move(ids);
    sources_.ids = {sources_.owned.begin(), sources_.owned.end()};
    sources_.known = true;
}

void ReferenceChecker::restart_entities() {
    entities_.index.clear();
    entities_.arena.clear();
    entities_.spans.clear();
    entities_.complete = false;
}

void ReferenceChecker::restart_links() {
    link_by_hash_.clear();
}

void ReferenceChecker::end_entities() {
    entities_.complete = true;
}

std::string_view ReferenceChecker::id_of(std::uint32_t entity) const {
    const std::uint64_t span = entities_.spans[entity];
    return std::string_view(entities_.arena).substr(static_cast<std::size_t>(span >> 24), span & 0xFFFFFF);
}

std::uint32_t ReferenceChecker::find_entity(std::string_view id) const {
    return entities_.index.find(hash_bytes(id), [&](std::uint32_t e) { return id_of(e) == id; });
}

void ReferenceChecker::source_ref(const SourceRef& ref, const Path& path, Errors& errors,
                                  std::vector<ForwardReference>& later) const {
    if (ref.source_id.empty()) return;
    if (!sources_.known) {
        later.push_back(
            ForwardReference{RefKind::Source, ref.source_id.str(), {}, pointer_of(path / "source"), {}});
    } else if (sources_.ids.count(ref.source_id) == 0) {
        errors.at(path / "source", "unknown source " + in_quotes(ref.source_id));
    }
}

void ReferenceChecker::entity_ref(std::string_view id, std::string_view wanted_type,
                                  const std::vector<Entity>& entities, const Path& path, Errors& errors,
                                  std::vector<ForwardReference>& later) const {
    if (id.empty()) return;
    const std::uint32_t found = find_entity(id);
    if (found == kNotFound && !entities_.complete) {
        later.push_back(
            ForwardReference{RefKind::Entity, std::string(id), wanted_type, pointer_of(path), {}});
        return;
    }
    std::string problem = entity_problem(found, id, wanted_type, entities);
    if (!problem.empty()) errors.at(path, std::move(problem));
}

void ReferenceChecker::check_entity(const std::vector<Entity>& entities, std::size_t index, Errors& errors,
                                    std::vector<ForwardReference>& later) {
    const Entity& e = entities[index];
    const Path root;
    const Path array_path = root / "entities";  // a frame of its own: a Path points to its parent
    const Path path = array_path[index];
    entities_.spans.resize(index + 1, 0);
    if (!e.id.empty() && e.id.size() < (1u << 24)) {
        const std::uint32_t first = find_entity(e.id);
        if (first != kNotFound) {
            errors.at(path / "id", "duplicate id " + in_quotes(e.id) + ", first used by " +
                                       element_pointer("entities", first));
        } else {
            entities_.spans[index] = (static_cast<std::uint64_t>(entities_.arena.size()) << 24) | e.id.size();
            entities_.arena += e.id;
            entities_.index.insert(hash_bytes(e.id), static_cast<std::uint32_t>(index));
        }
    }
    if (!e.lane.empty()) {
        if (!lanes_.known) {
            later.push_back(ForwardReference{RefKind::Lane, e.lane.str(), {}, pointer_of(path / "lane"), {}});
        } else if (lanes_.ids.count(e.lane) == 0) {
            errors.at(path / "lane", "unknown lane " + in_quotes(e.lane));
        }
    }
    entity_ref(e.district_id, "district", entities, path / "district", errors, later);
    entity_ref(e.park_id, "park", entities, path / "park", errors, later);
    const Path figures_path = path / "figures";
    for (std::size_t k = 0; k < e.figures.size(); ++k)
        source_ref(e.figures[k].source, figures_path[k] / "source", errors, later);
    const Path sources_path = path / "sources";
    for (std::size_t k = 0; k < e.sources.size(); ++k)
        source_ref(e.sources[k], sources_path[k], errors, later);
}

void ReferenceChecker::check_link(const std::vector<Link>& links, std::size_t index,
                                  const std::vector<Entity>& entities, Errors& errors,
                                  std::vector<ForwardReference>& later) {
    const Link& link = links[index];
    const Path root;
    const Path array_path = root / "links";  // a frame of its own: a Path points to its parent
    const Path path = array_path[index];
    entity_ref(link.from, {}, entities, path / "from", errors, later);
    entity_ref(link.to, {}, entities, path / "to", errors, later);
    if (!link.from.empty() && link.from == link.to) {
        errors.at(path / "to", "link from " + in_quotes(link.from) + " to itself");
    }
    const Path sources_path = path / "sources";
    for (std::size_t j = 0; j < link.sources.size(); ++j)
        source_ref(link.sources[j], sources_path[j], errors, later);
    if (link.from.empty() || link.to.empty() || link.relation.empty()) return;
    const auto is_same = [&](std::uint32_t k) {
        const Link& other = links[k];
        return other.from == link.from && other.to == link.to && other.relation == link.relation;
    };
    const std::uint64_t key =
        hash_bytes(link.relation, hash_bytes(link.to, hash_bytes(link.from) * 31 + 1) * 31 + 2);
    const std::uint32_t previous = link_by_hash_.find(key, is_same);
    if (previous != kNotFound) {
        errors.at(path,
                  "duplicate link: same from, to and relation as " + element_pointer("links", previous));
        link_by_hash_.replace(key, is_same,
                              static_cast<std::uint32_t>(index));  // the next one names this one
    } else {
        link_by_hash_.insert(key, static_cast<std::uint32_t>(index));
    }
}

// [SECTION] Forward references, decided at the end -------------------------------------

void ReferenceChecker::keep(ForwardReference reference) {
    kept_.push_back(std::move(reference));
}

void ReferenceChecker::decide_kept(const IdTable& lanes, const IdTable& sources,
                                   const std::vector<Entity>& entities, PlacedErrors& out) {
    for (ForwardReference& ref : kept_) {
        std::string message;
        if (ref.kind == RefKind::Lane) {
            if (lanes.count(ref.id) == 0) message = "unknown lane " + in_quotes(ref.id);
        } else if (ref.kind == RefKind::Source) {
            if (sources.count(ref.id) == 0) message = "unknown source " + in_quotes(ref.id);
        } else {
            message = entity_problem(find_entity(ref.id), ref.id, ref.wanted_type, entities);
        }
        if (message.empty()) continue;
        out.add(error_at(ref.position, std::move(ref.pointer), std::move(message)));
    }
    kept_.clear();
}

void ReferenceChecker::release() {
    entities_.index.clear();
    std::string().swap(entities_.arena);
    std::vector<std::uint64_t>().swap(entities_.spans);
}

}  // namespace pe::load

// Whether the ids and references of a dataset agree across the document: ids unique, each
// lane, source and entity named exists (and is of the type wanted), no link given twice.
// Checked item by item as entities and links stream in, against what is known by then;
// a reference that cannot be decided yet (forward) is handed back for the caller to place,
// kept, and decided at the end. Plain structs in, errors out: it knows no JSON, no text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "load/flat_hash_index.h"
#include "load/json_locator.h"
#include "load/load_errors.h"
#include "model/dataset.h"

namespace pe::load {

enum class RefKind : std::uint8_t { Lane, Source, Entity };

// A reference that could not be decided when its item was checked: to an entity further on,
// or to a lane or source before the "lanes" or "sources" member had ended.
struct ForwardReference {
    RefKind kind = RefKind::Entity;
    std::string id;
    std::string_view wanted_type;  // for entities: "district", "park" or "" for any
    std::string pointer;
    TextPosition position;  // where it is in the document: set by the caller before keep()
};

// Lane or source ids, each with the index of its first use.
using IdTable = std::unordered_map<std::string_view, std::size_t>;

// The ids of "lanes" and "sources", with an error at each id used twice (empty ids are
// skipped: they were reported as missing or wrong already). Views into `items`.
IdTable unique_ids(const std::vector<Lane>& lanes, Errors& errors);
IdTable unique_ids(const std::vector<Source>& sources, Errors& errors);

class ReferenceChecker {
  public:
    // Room for this many entity ids and links, so the tables do not rehash as items come.
    void reserve(std::size_t entities, std::size_t links);

    // The lane or source ids the document declares, once that member has ended; until
    // then, references to lanes or sources are forward ones.
    void know_lanes(std::unordered_set<std::string> ids);
    void know_sources(std::unordered_set<std::string> ids);

    // The "entities" or "links" array begins (again: when a key repeats, the last counts).
    void restart_entities();
    void restart_links();
    // The "entities" array has ended: an entity not seen by now does not exist.
    void end_entities();

    // Checks entities[index], just read (those before it were checked already): its id
    // unique so far; its lane, district, park and sources known. Errors go to `errors` at
    // their places; references that cannot be decided yet go to `later`, with no position.
    void check_entity(const std::vector<Entity>& entities, std::size_t index, Errors& errors,
                      std::vector<ForwardReference>& later);
    // Checks links[index], just read: its ends and sources known, not from an entity to
    // itself, not the same from, to and relation as an earlier link.
    void check_link(const std::vector<Link>& links, std::size_t index, const std::vector<Entity>& entities,
                    Errors& errors, std::vector<ForwardReference>& later);

    // Keeps a forward reference, with its position set, until decide_kept.
    void keep(ForwardReference reference);
    // Decides the references kept, now that everything is read: `lanes` and `sources` are
    // the document's (unique_ids), `entities` all of them. Errors in the order kept.
    void decide_kept(const IdTable& lanes, const IdTable& sources, const std::vector<Entity>& entities,
                     PlacedErrors& out);

    // The position of the entity with this id among those checked so far, or kNotFound.
    std::uint32_t position_of(std::string_view id) const { return find_entity(id); }

    // Drops the entity ids (the Dataset's own index replaces them).
    void release();

  private:
    std::string_view id_of(std::uint32_t entity) const;
    std::uint32_t find_entity(std::string_view id) const;  // so far, or kNotFound
    void source_ref(const SourceRef& ref, const Path& path, Errors& errors,
                    std::vector<ForwardReference>& later) const;
    void entity_ref(std::string_view id, std::string_view wanted_type, const std::vector<Entity>& entities,
                    const Path& path, Errors& errors, std::vector<ForwardReference>& later) const;

    // The entity ids seen so far: copies in one arena, found through a flat hash index, so
    // the look-ups made as items stream in stay in compact memory (a map's nodes would lie
    // between the entities' own strings).
    struct EntityIds {
        std::string arena;
        std::vector<std::uint64_t> spans;  // per entity: offset << 24 | length in arena
        FlatHashIndex index;
        bool complete = false;  // the "entities" array has ended
    };
    // The ids "lanes" or "sources" declares, once known.
    struct DeclaredIds {
        std::unordered_set<std::string> owned;
        std::unordered_set<std::string_view> ids;  // views of `owned`: looked up without a copy
        bool known = false;
    };

    EntityIds entities_;
    DeclaredIds lanes_;
    DeclaredIds sources_;
    FlatHashIndex link_by_hash_;  // link positions by (from, to, relation)
    std::vector<ForwardReference> kept_;
};

}  // namespace pe::load

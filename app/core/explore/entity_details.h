// The details panel's view model for one entity: its names in both languages, type, date
// at the data's precision, scope, place, summary, key figures with their quotes, every
// source reference, and its links grouped by relation and direction, each item a click
// away (it carries the other entity's index). Everything is text ready to draw.
//
// Link groups: in kRelationTypes order (entity_types.h), outgoing before incoming within a
// relation, labelled "relation.<r>.out" / "relation.<r>.in" from the string table (the
// wording differs: "Enables" / "Enabled by"). Items by the other entity's start (undated
// last), then id; an entity linked twice by the same relation and direction is listed once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/dataset.h"
#include "model/language.h"
#include "text/string_table.h"

namespace pe {

struct DetailsPlace {
    bool present = false;
    std::uint32_t entity = 0;  // index into Dataset::entities
    std::string id;
    std::string name;  // in the language
};

struct DetailsFigure {
    std::string label;    // in the language
    std::string display;  // the source's own wording, in the language ("50万元")
    double value = 0.0;
    std::string unit;
    std::string quote;  // the sentence it was taken from
    std::string source_id;
};

struct DetailsSource {
    std::string source_id;
    std::string title;  // in the language; "" when the dataset has no such source
    std::string publisher;
    std::string published;  // as the source gives it
    std::string quote;
};

struct DetailsLinkItem {
    std::uint32_t entity = 0;  // the other end, index into Dataset::entities
    std::string id;
    std::string name;        // in the language
    std::string type_label;  // in the language
};

struct DetailsLinkGroup {
    std::string relation;  // as in the data, e.g. "located_in"
    bool outgoing = true;  // the entity is the links' `from`
    std::string label;     // "Located in" (outgoing) / "Location of" (incoming)
    std::vector<DetailsLinkItem> items;
};

struct EntityDetails {
    std::uint32_t entity = 0;
    std::string id;
    std::string name;        // in the UI language
    std::string other_name;  // in the other language ("" when it has none)
    std::string type_label;
    std::string date_label;  // at the data's precision; "" when undated
    std::string scope_label;
    DetailsPlace district;
    DetailsPlace park;
    std::string summary;
    std::vector<DetailsFigure> figures;
    std::vector<DetailsSource> sources;
    std::vector<DetailsLinkGroup> links;
};

// `entity` must be an index into dataset.entities; otherwise the result is empty.
EntityDetails build_entity_details(const Dataset& dataset, const StringTable& strings, Language language,
                                   std::uint32_t entity);

// The string-table keys the details use, for the test that every one is present.
std::string relation_label_key(std::string_view relation, bool outgoing);  // "relation.enables.in"
std::string scope_label_key(Scope scope);                                  // "scope.national"

}  // namespace pe

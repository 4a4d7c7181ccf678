// The closed vocabularies of the data format: entity types, relation types, scopes and
// date precisions, with their spelling in JSON. Display names live in the UI string table.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "model/dataset.h"

namespace pe {

inline constexpr std::string_view kFormatName = "policy-explorer/1";

inline constexpr std::array<std::string_view, 20> kEntityTypes = {
    "regulation", "policy",    "guideline", "plan",      "subsidy",   "reward",     "track",
    "district",   "park",      "company",   "product",   "hospital",  "laboratory", "regulator",
    "government", "committee", "platform",  "milestone", "statistic", "person"};

inline constexpr std::array<std::string_view, 20> kRelationTypes = {
    "enables",       "located_in",  "developed_by",   "milestone_of", "applies_to",
    "took_place_at", "funds",       "issued_by",      "part_of",      "affiliated_with",
    "feeds_into",    "approved_by", "consulted",      "analysed_by",  "supports",
    "classifies",    "follows",     "established_by", "operated_by",  "about"};

// In the order of the Scope and DatePrecision enums (dataset.h).
inline constexpr std::array<std::string_view, 5> kScopes = {"national", "city", "district", "park",
                                                            "organisation"};
inline constexpr std::array<std::string_view, 3> kPrecisions = {"year", "month", "day"};

bool is_entity_type(std::string_view type);

inline constexpr std::uint8_t kUnknownKind = 0xFF;  // a type or relation outside the vocabulary
// Index of the type or relation in kEntityTypes / kRelationTypes, or kUnknownKind.
std::uint8_t entity_type_number(std::string_view type);
std::uint8_t relation_number(std::string_view relation);
bool is_relation_type(std::string_view relation);

std::optional<Scope> parse_scope(std::string_view text);
std::string_view scope_name(Scope scope);
std::optional<DatePrecision> parse_precision(std::string_view text);
std::string_view precision_name(DatePrecision precision);

}  // namespace pe

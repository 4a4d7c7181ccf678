// Lookups over the closed vocabularies declared in entity_types.h. The lists are short
// (at most 20 words), so a linear scan is the fastest and simplest search.
#include "model/entity_types.h"

namespace pe {

namespace {

template <std::size_t N>
std::optional<std::size_t> position_of(const std::array<std::string_view, N>& words, std::string_view word) {
    for (std::size_t i = 0; i < N; ++i) {
        if (words[i] == word) return i;
    }
    return std::nullopt;
}

}  // namespace

bool is_entity_type(std::string_view type) {
    return position_of(kEntityTypes, type).has_value();
}

bool is_relation_type(std::string_view relation) {
    return position_of(kRelationTypes, relation).has_value();
}

std::uint8_t entity_type_number(std::string_view type) {
    const auto i = position_of(kEntityTypes, type);
    return i ? static_cast<std::uint8_t>(*i) : kUnknownKind;
}

std::uint8_t relation_number(std::string_view relation) {
    const auto i = position_of(kRelationTypes, relation);
    return i ? static_cast<std::uint8_t>(*i) : kUnknownKind;
}

std::optional<Scope> parse_scope(std::string_view text) {
    const auto i = position_of(kScopes, text);
    if (!i) return std::nullopt;
    return static_cast<Scope>(*i);
}

std::string_view scope_name(Scope scope) {
    const auto i = static_cast<std::size_t>(scope);
    return i < kScopes.size() ? kScopes[i] : std::string_view{};
}

std::optional<DatePrecision> parse_precision(std::string_view text) {
    const auto i = position_of(kPrecisions, text);
    if (!i) return std::nullopt;
    return static_cast<DatePrecision>(*i);
}

std::string_view precision_name(DatePrecision precision) {
    const auto i = static_cast<std::size_t>(precision);
    return i < kPrecisions.size() ? kPrecisions[i] : std::string_view{};
}

}  // namespace pe

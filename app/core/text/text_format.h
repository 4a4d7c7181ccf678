// Fills the placeholders of UI text: "{0} of {1} shown" with its arguments. Translated text is
// never a printf format; this is its one formatter. Numbers are formatted by the caller
// (std::to_string, date_format.h); the string table's lookup is string_table.h.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace pe {

// `pattern` with each "{N}" replaced by args[N] (any number of times, in any order). "{{" and
// "}}" write one brace; any other brace is kept as written. A placeholder without its argument
// is kept as written ("{2}"), visible in the UI as a missing key is.
std::string format_text(std::string_view pattern, std::initializer_list<std::string_view> args);

// The argument numbers `pattern` uses, ascending and once each: "{1} {0} {1}" gives {0, 1}.
std::vector<std::size_t> placeholder_indices(std::string_view pattern);

// `text` with each '%' doubled, so it can stand inside a printf-style format as itself (the
// label of an ImGui slider, whose format must hold the value's "%d").
std::string escape_percent(std::string_view text);

}  // namespace pe

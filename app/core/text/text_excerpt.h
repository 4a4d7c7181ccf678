// Short excerpts of long texts for tooltips and lists: the first sentence of a summary, in
// Chinese (ending "。") or English (ending ". "), or its first line.
#pragma once

#include <string>
#include <string_view>

namespace pe {

std::string first_sentence(std::string_view text);

}  // namespace pe

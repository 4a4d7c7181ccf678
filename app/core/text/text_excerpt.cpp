// Implements excerpts (text_excerpt.h).
#include "text/text_excerpt.h"

#include <algorithm>

namespace pe {

std::string first_sentence(std::string_view text) {
    std::size_t end = text.size();
    const std::size_t line = text.find('\n');
    if (line != std::string_view::npos) end = std::min(end, line);
    const std::size_t zh = text.find("。");
    if (zh != std::string_view::npos) end = std::min(end, zh + std::string_view("。").size());
    const std::size_t en = text.find(". ");
    if (en != std::string_view::npos) end = std::min(end, en + 1);
    return std::string(text.substr(0, end));
}

}  // namespace pe

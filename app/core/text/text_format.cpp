// Implements the placeholder formatter (text_format.h).
#include "text/text_format.h"

#include <algorithm>

namespace pe {

namespace {

// One piece of a pattern: literal text to copy, or a placeholder's argument number.
struct Piece {
    std::string_view literal;  // empty for a placeholder
    bool placeholder = false;
    std::size_t index = 0;
    std::size_t length = 0;  // characters of the pattern this piece stands for
};

constexpr std::size_t kMaxDigits = 6;  // "{1234567}" is text, not a placeholder

Piece next_piece(std::string_view pattern, std::size_t at) {
    const char c = pattern[at];
    const bool doubled = at + 1 < pattern.size() && pattern[at + 1] == c;
    if ((c == '{' || c == '}') && doubled) return Piece{pattern.substr(at, 1), false, 0, 2};
    if (c == '{') {
        const std::size_t first = at + 1;
        std::size_t end = first;
        std::size_t index = 0;
        while (end < pattern.size() && end - first < kMaxDigits && pattern[end] >= '0' &&
               pattern[end] <= '9') {
            index = index * 10 + static_cast<std::size_t>(pattern[end] - '0');
            ++end;
        }
        if (end > first && end < pattern.size() && pattern[end] == '}')
            return Piece{{}, true, index, end + 1 - at};
        return Piece{pattern.substr(at, 1), false, 0, 1};
    }
    const std::size_t brace = pattern.find_first_of("{}", at + 1);
    const std::size_t length = (brace == std::string_view::npos ? pattern.size() : brace) - at;
    return Piece{pattern.substr(at, length), false, 0, length};
}

}  // namespace

std::string format_text(std::string_view pattern, std::initializer_list<std::string_view> args) {
    std::string out;
    out.reserve(pattern.size() + 16 * args.size());
    for (std::size_t at = 0; at < pattern.size();) {
        const Piece piece = next_piece(pattern, at);
        if (!piece.placeholder) {
            out += piece.literal;
        } else if (piece.index < args.size()) {
            out += *(args.begin() + piece.index);
        } else {
            out += pattern.substr(at, piece.length);
        }
        at += piece.length;
    }
    return out;
}

std::vector<std::size_t> placeholder_indices(std::string_view pattern) {
    std::vector<std::size_t> indices;
    for (std::size_t at = 0; at < pattern.size();) {
        const Piece piece = next_piece(pattern, at);
        if (piece.placeholder) indices.push_back(piece.index);
        at += piece.length;
    }
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    return indices;
}

std::string escape_percent(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        out += c;
        if (c == '%') out += '%';
    }
    return out;
}

}  // namespace pe

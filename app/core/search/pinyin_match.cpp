// Folding of names, summaries and pinyin for search (see pinyin_match.h). No index, no
// ranking: those are in search.cpp.
#include "search/pinyin_match.h"

#include <array>
#include <cstddef>

namespace pe {

namespace {

// Decodes one UTF-8 sequence at `text[i]`; returns its code point and advances `i`.
// A malformed byte is returned as itself (the loader has already rejected bad UTF-8).
char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    std::size_t length = 1;
    char32_t cp = b0;
    if (b0 >= 0xF0 && b0 < 0xF8) {
        length = 4;
        cp = b0 & 0x07u;
    } else if (b0 >= 0xE0) {
        length = 3;
        cp = b0 & 0x0Fu;
    } else if (b0 >= 0xC0) {
        length = 2;
        cp = b0 & 0x1Fu;
    }
    if (length == 1 || i + length > text.size()) {
        ++i;
        return b0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        if ((b & 0xC0u) != 0x80u) {
            ++i;
            return b0;
        }
        cp = (cp << 6) | (b & 0x3Fu);
    }
    i += length;
    return cp;
}

bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

char ascii_lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

struct ToneMark {
    char32_t code_point;
    char letter;
};

// Lower and upper case vowels with the four tone marks, ü with and without them, ê, and
// the rare toned n and m.
constexpr ToneMark kToneMarks[] = {
    {0x00E0, 'a'}, {0x00E1, 'a'}, {0x0101, 'a'}, {0x01CE, 'a'}, {0x00C0, 'a'}, {0x00C1, 'a'}, {0x0100, 'a'},
    {0x01CD, 'a'}, {0x00E8, 'e'}, {0x00E9, 'e'}, {0x0113, 'e'}, {0x011B, 'e'}, {0x00EA, 'e'}, {0x00C8, 'e'},
    {0x00C9, 'e'}, {0x0112, 'e'}, {0x011A, 'e'}, {0x00CA, 'e'}, {0x00EC, 'i'}, {0x00ED, 'i'}, {0x012B, 'i'},
    {0x01D0, 'i'}, {0x00CC, 'i'}, {0x00CD, 'i'}, {0x012A, 'i'}, {0x01CF, 'i'}, {0x00F2, 'o'}, {0x00F3, 'o'},
    {0x014D, 'o'}, {0x01D2, 'o'}, {0x00D2, 'o'}, {0x00D3, 'o'}, {0x014C, 'o'}, {0x01D1, 'o'}, {0x00F9, 'u'},
    {0x00FA, 'u'}, {0x016B, 'u'}, {0x01D4, 'u'}, {0x00D9, 'u'}, {0x00DA, 'u'}, {0x016A, 'u'}, {0x01D3, 'u'},
    {0x00FC, 'u'}, {0x01D6, 'u'}, {0x01D8, 'u'}, {0x01DA, 'u'}, {0x01DC, 'u'}, {0x00DC, 'u'}, {0x01D5, 'u'},
    {0x01D7, 'u'}, {0x01D9, 'u'}, {0x01DB, 'u'}, {0x0144, 'n'}, {0x0148, 'n'}, {0x01F9, 'n'}, {0x1E3F, 'm'},
};

// The pinyin letter a code point stands for: tone-marked vowels and ü lose their marks,
// v becomes u (it is how ü is typed). 0 when the code point is not a pinyin letter.
char pinyin_letter(char32_t cp) {
    if (cp < 0x80) {
        char c = ascii_lower(static_cast<char>(cp));
        if (c == 'v') {
            return 'u';
        }
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            return c;
        }
        return 0;
    }
    for (const ToneMark& mark : kToneMarks) {
        if (mark.code_point == cp) {
            return mark.letter;
        }
    }
    return 0;
}

}  // namespace

std::string fold_text(std::string_view text) {
    // Bytes copied as they are in runs; only ASCII capitals, ASCII whitespace and the lead
    // byte 0xE3 (of U+3000) stop a run.
    static const auto kStops = [] {
        std::array<bool, 256> stops{};
        for (int c = 'A'; c <= 'Z'; ++c) {
            stops[static_cast<std::size_t>(c)] = true;
        }
        for (const char c : {' ', '\t', '\n', '\r', '\f', '\v'}) {
            stops[static_cast<unsigned char>(c)] = true;
        }
        stops[0xE3] = true;
        return stops;
    }();
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        std::size_t run = i;
        while (run < n && !kStops[static_cast<unsigned char>(text[run])]) {
            ++run;
        }
        if (run > i) {
            if (pending_space) {
                out += ' ';
                pending_space = false;
            }
            out.append(text.data() + i, run - i);
            i = run;
            continue;
        }
        const char c = text[i];
        if (is_ascii_space(c)) {
            pending_space = !out.empty();
            ++i;
        } else if (c == '\xE3' && i + 2 < n && text[i + 1] == '\x80' && text[i + 2] == '\x80') {
            pending_space = !out.empty();  // U+3000 ideographic space
            i += 3;
        } else {
            if (pending_space) {
                out += ' ';
                pending_space = false;
            }
            out += ascii_lower(c);
            ++i;
        }
    }
    return out;
}

std::string fold_pinyin(std::string_view pinyin, std::vector<std::uint16_t>* syllable_starts) {
    std::string out;
    out.reserve(pinyin.size());
    bool word_start = true;
    std::size_t i = 0;
    while (i < pinyin.size()) {
        if (is_ascii_space(pinyin[i])) {
            word_start = true;
            ++i;
            continue;
        }
        const char letter = pinyin_letter(next_code_point(pinyin, i));
        if (letter == 0) {
            continue;
        }
        if (word_start && syllable_starts != nullptr && out.size() <= 0xFFFFu) {
            syllable_starts->push_back(static_cast<std::uint16_t>(out.size()));
        }
        word_start = false;
        out.push_back(letter);
    }
    return out;
}

std::string pinyin_initials_of(std::string_view pinyin) {
    std::vector<std::uint16_t> starts;
    const std::string key = fold_pinyin(pinyin, &starts);
    std::string out;
    out.reserve(starts.size());
    for (std::uint16_t start : starts) {
        out.push_back(key[start]);
    }
    return out;
}

bool looks_like_pinyin(std::string_view query) {
    std::size_t i = 0;
    bool any_letter = false;
    while (i < query.size()) {
        const auto b = static_cast<unsigned char>(query[i]);
        if (b < 0x80) {
            any_letter = any_letter || pinyin_letter(b) != 0;
            ++i;
            continue;
        }
        if (pinyin_letter(next_code_point(query, i)) == 0) {
            return false;
        }
        any_letter = true;
    }
    return any_letter;
}

}  // namespace pe

// How search text is folded before it is compared: names and summaries (ASCII case,
// whitespace) and pinyin (tone marks, ü typed as v or u, spaces and punctuation dropped).
// Pure string functions; the index and the ranking that use them live in search.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pe {

// ASCII letters lower-cased, every run of whitespace (ASCII or U+3000) made one space,
// leading and trailing whitespace dropped. Other bytes are kept as they are.
std::string fold_text(std::string_view text);

// A pinyin string as a search key: lower case, tone marks removed, ü / v / u: all made
// "u", only [a-z0-9] kept (spaces, hyphens and apostrophes dropped).
// `syllable_starts`, when given, receives the key position where each space-separated
// word of `pinyin` begins (words that fold to nothing are skipped).
std::string fold_pinyin(std::string_view pinyin, std::vector<std::uint16_t>* syllable_starts = nullptr);

// The first letter of each space-separated word of `pinyin`, folded as by fold_pinyin.
std::string pinyin_initials_of(std::string_view pinyin);

// True when a query can be read as pinyin: only ASCII letters, digits, spaces and
// punctuation, plus ü and tone-marked vowels. A query with Chinese characters is not.
bool looks_like_pinyin(std::string_view query);

}  // namespace pe

// UTF-8 for the loader: how long the well-formed sequence at a byte is, where the first
// malformed byte of a text is, and appending a code point. Bytes in, bytes out: no locale.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pe {

// What a lead byte (0x80 and above) promises: how many continuation bytes follow (0: it
// cannot begin a sequence) and the range the first of them must fall in (Unicode 15,
// table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
struct Utf8Lead {
    int continuation_bytes = 0;
    unsigned char second_low = 0x80;
    unsigned char second_high = 0xBF;
};
Utf8Lead utf8_lead(unsigned char byte);

// Length (1 to 4) of the well-formed UTF-8 sequence that starts at text[offset], or 0 when
// the bytes there are not one (stray continuation byte, overlong form, surrogate, above
// U+10FFFF, or cut short by the end of the text).
std::size_t utf8_sequence_length(std::string_view text, std::size_t offset);

// Offset of the first byte that does not start a well-formed sequence, or npos.
std::size_t find_invalid_utf8(std::string_view text);
inline bool is_valid_utf8(std::string_view text) {
    return find_invalid_utf8(text) == std::string_view::npos;
}

// The text with each malformed sequence (and the continuation bytes after it) replaced by
// U+FFFD, for messages that quote bytes of a broken input.
std::string repair_utf8(std::string_view text);

// Appends the UTF-8 form of a code point; a surrogate or a value above U+10FFFF becomes U+FFFD.
void append_utf8(std::string& out, char32_t code_point);

}  // namespace pe

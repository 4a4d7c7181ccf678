// UTF-8 sequence checks (Unicode 15, table 3-7 "well-formed byte sequences") and encoding.
#include "load/utf8.h"

namespace pe {

Utf8Lead utf8_lead(unsigned char byte) {
    Utf8Lead lead;
    if (byte >= 0xC2 && byte <= 0xDF) {
        lead.continuation_bytes = 1;
    } else if (byte >= 0xE0 && byte <= 0xEF) {
        lead.continuation_bytes = 2;
        if (byte == 0xE0) lead.second_low = 0xA0;   // no overlong forms
        if (byte == 0xED) lead.second_high = 0x9F;  // no surrogates
    } else if (byte >= 0xF0 && byte <= 0xF4) {
        lead.continuation_bytes = 3;
        if (byte == 0xF0) lead.second_low = 0x90;   // no overlong forms
        if (byte == 0xF4) lead.second_high = 0x8F;  // nothing above U+10FFFF
    }                                               // 0x80..0xC1 and 0xF5..0xFF never start a sequence
    return lead;
}

std::size_t utf8_sequence_length(std::string_view text, std::size_t offset) {
    const std::size_t n = text.size();
    if (offset >= n) return 0;
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char b0 = byte(offset);
    if (b0 < 0x80) return 1;
    const Utf8Lead lead = utf8_lead(b0);
    if (lead.continuation_bytes == 0) return 0;
    const auto length = static_cast<std::size_t>(lead.continuation_bytes) + 1;
    const unsigned char lo = lead.second_low, hi = lead.second_high;
    if (n - offset < length) return 0;
    const unsigned char b1 = byte(offset + 1);
    if (b1 < lo || b1 > hi) return 0;
    for (std::size_t i = 2; i < length; ++i) {
        const unsigned char b = byte(offset + i);
        if (b < 0x80 || b > 0xBF) return 0;
    }
    return length;
}

std::size_t find_invalid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) return i;
        i += length;
    }
    return std::string_view::npos;
}

std::string repair_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t length = utf8_sequence_length(text, i);
        if (length > 0) {
            out.append(text.substr(i, length));
            i += length;
            continue;
        }
        append_utf8(out, 0xFFFD);
        ++i;
        while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    }
    return out;
}

void append_utf8(std::string& out, char32_t code_point) {
    if ((code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF) code_point = 0xFFFD;
    const auto put = [&](char32_t bits) {
        out.push_back(static_cast<char>(static_cast<unsigned char>(bits)));
    };
    if (code_point < 0x80) {
        put(code_point);
    } else if (code_point < 0x800) {
        put(0xC0 | (code_point >> 6));
        put(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        put(0xE0 | (code_point >> 12));
        put(0x80 | ((code_point >> 6) & 0x3F));
        put(0x80 | (code_point & 0x3F));
    } else {
        put(0xF0 | (code_point >> 18));
        put(0x80 | ((code_point >> 12) & 0x3F));
        put(0x80 | ((code_point >> 6) & 0x3F));
        put(0x80 | (code_point & 0x3F));
    }
}

}  // namespace pe

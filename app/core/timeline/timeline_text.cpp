// Label widths and shortening for timeline_text.h. UTF-8 is stepped by its lead bytes only:
// the loader has already rejected malformed text.
#include "timeline/timeline_text.h"

#include <vector>

namespace pe {

namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

std::size_t sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 1;  // a stray byte counts as one narrow character
}

// "12" and one decimal digit cut from `tenths` (123 tenths -> "12.3", 120 -> "12").
std::string tenths_text(std::uint64_t tenths) {
    std::string s = std::to_string(tenths / 10);
    if (tenths % 10 != 0) s += "." + std::to_string(tenths % 10);
    return s;
}

// value / unit with one decimal below 10 units, whole units from 10 on, always cut down.
std::string scaled(std::uint64_t value, std::uint64_t unit) {
    if (value < 10 * unit) return tenths_text(value * 10 / unit);
    return std::to_string(value / unit);
}

}  // namespace

float text_width(const TextMeasure& measure, std::string_view text) {
    if (measure.width) return measure.width(text);
    float width = 0.0f;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = sequence_length(static_cast<unsigned char>(text[i]));
        width += n <= 2 ? measure.narrow_px : measure.wide_px;
        i += n;
    }
    return width;
}

TextCut cut_to_width(const TextMeasure& measure, std::string_view text, float max_px) {
    TextCut cut;
    cut.width = text_width(measure, text);
    cut.bytes = static_cast<std::uint32_t>(text.size());
    if (cut.width <= max_px) return cut;
    std::vector<std::size_t> cuts;  // byte offsets after each whole code point
    for (std::size_t i = 0; i < text.size();) {
        i += sequence_length(static_cast<unsigned char>(text[i]));
        cuts.push_back(i < text.size() ? i : text.size());
    }
    // Largest k such that the first k code points plus "…" fit (k = 0: "…" alone).
    std::size_t lo = 0, hi = cuts.size();  // invariant: k = lo fits or lo == 0; k = hi does not
    cut.elided = true;
    cut.bytes = 0;
    cut.width = text_width(measure, kEllipsis);
    std::string candidate;
    while (hi - lo > 1) {
        const std::size_t mid = lo + (hi - lo) / 2;
        candidate.assign(text.substr(0, cuts[mid - 1]));
        candidate += kEllipsis;
        const float w = text_width(measure, candidate);
        if (w <= max_px) {
            lo = mid;
            cut.bytes = static_cast<std::uint32_t>(cuts[mid - 1]);
            cut.width = w;
        } else {
            hi = mid;
        }
    }
    return cut;
}

std::string apply_cut(std::string_view text, const TextCut& cut) {
    std::string out(text.substr(0, cut.bytes));
    if (cut.elided) out += kEllipsis;
    return out;
}

std::string elide_to_width(const TextMeasure& measure, std::string_view text, float max_px, float& width) {
    const TextCut cut = cut_to_width(measure, text, max_px);
    width = cut.width;
    return apply_cut(text, cut);
}

std::string compact_count(std::uint64_t count, Language language) {
    if (language == Language::Zh) {
        if (count < 10000) return "+" + std::to_string(count);
        if (count < 100000000) return "+" + scaled(count, 10000) + "万";
        return "+" + scaled(count, 100000000) + "亿";
    }
    if (count < 1000) return "+" + std::to_string(count);
    if (count < 1000000) return "+" + scaled(count, 1000) + "k";
    return "+" + scaled(count, 1000000) + "M";
}

}  // namespace pe

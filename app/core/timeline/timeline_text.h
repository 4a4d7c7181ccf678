// Label text for the timeline: how wide a text is (the view's font through a callback, or
// an estimate per character), shortening a label to a width, and compact counts ("+1.2k").
// No layout here: timeline_layout.h and timeline_ticks.h decide where labels go.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "model/language.h"

namespace pe {

struct TextMeasure {
    std::function<float(std::string_view)> width;  // the font's width in pixels; empty: the estimate
    float narrow_px = 7.0f;                        // estimate per code point below U+0800 (Latin, ...)
    float wide_px = 13.0f;                         // estimate per code point from U+0800 (CJK, "…")
};

float text_width(const TextMeasure& measure, std::string_view text);

// The text when it fits in max_px, else its longest prefix (whole code points) followed by
// "…" that fits (just "…" when nothing does). `width` receives the result's width.
std::string elide_to_width(const TextMeasure& measure, std::string_view text, float max_px, float& width);

// elide_to_width's answer as a cut, to keep without the text: the first `bytes` bytes of the
// text, then "…" when `elided`; `width` is the result's width.
struct TextCut {
    std::uint32_t bytes = 0;
    bool elided = false;
    float width = 0.0f;
};
TextCut cut_to_width(const TextMeasure& measure, std::string_view text, float max_px);

// The text a cut stands for (cut_to_width of the same text).
std::string apply_cut(std::string_view text, const TextCut& cut);

// A cluster's count as a short label: "+7", "+1.2k", "+35k", "+1.2M"; in Chinese "+7", "+1.2万",
// "+35万", "+1.2亿". Decimals are cut, never rounded up, so a label never overstates.
std::string compact_count(std::uint64_t count, Language language);

}  // namespace pe

// The geometry of the strip under the timeline that lists the selection's undated linked
// items as chips: which chips fit in its width, in order, on how many rows, and where the
// "+N more" chip goes when they do not all fit. A pure function of measured widths.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

namespace pe {

struct LinkedStripParams {
    float left = 0.0f;   // the strip's left edge
    float width = 0.0f;  // its width
    float lead = 0.0f;   // room taken at the start of the first row (a title), gap included
    float gap = 6.0f;    // between two chips
    std::size_t rows = 1;
};

struct LinkedStripChip {
    std::size_t item = 0;  // index into the widths given
    std::size_t row = 0;
    float x0 = 0.0f, x1 = 0.0f;
};

struct LinkedStripLayout {
    std::vector<LinkedStripChip> chips;  // the first chips that fit, in order
    std::size_t more = 0;                // chips left out: the "+N more" chip stands for them
    LinkedStripChip more_chip;           // where it goes (when more > 0); item unused
};

// Chips flow left to right and wrap onto the next row; they keep their order (a chip that
// does not fit ends the strip, no smaller one skips ahead). When some are left out, the
// last row keeps room for the "+N more" chip, `more_width(N)` px wide, after the last chip
// shown; if even that does not fit, it starts the last row's free space and may overflow.
LinkedStripLayout layout_linked_strip(const std::vector<float>& widths,
                                      const std::function<float(std::size_t)>& more_width,
                                      const LinkedStripParams& params);

// The chips' widths for layout_linked_strip, measuring only as many as can be shown:
// `measure(i)` is called in order until the chips measured fill every row (the rest could never
// be shown, since a chip that does not fit ends the strip); those left get a width that never
// fits. So a selection with thousands of undated links measures a strip's worth.
std::vector<float> linked_chip_widths(std::size_t count, const std::function<float(std::size_t)>& measure,
                                      const LinkedStripParams& params);

}  // namespace pe

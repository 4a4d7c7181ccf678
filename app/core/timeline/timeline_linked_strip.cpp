// Chip packing for the linked items' strip (timeline_linked_strip.h): first try to place
// everything; if that fails, place again keeping room for the "+N more" chip on the last row.
#include "timeline/timeline_linked_strip.h"

#include <algorithm>

namespace pe {

namespace {

// Places chips in order; with `reserve`, a chip on the last row must leave room for the
// "+N more" chip of the chips after it. Returns how many were placed.
std::size_t place(const std::vector<float>& widths, const std::function<float(std::size_t)>& more_width,
                  const LinkedStripParams& p, bool reserve, LinkedStripLayout& out, float& x,
                  std::size_t& row) {
    const float right = p.left + p.width;
    const std::size_t rows = std::max<std::size_t>(p.rows, 1);
    out.chips.clear();
    x = p.left + p.lead;
    row = 0;
    for (std::size_t i = 0; i < widths.size(); ++i) {
        const float w = std::max(widths[i], 0.0f);
        for (;;) {
            const bool last_row = row + 1 == rows;
            const std::size_t after = widths.size() - i - 1;
            const float room = reserve && last_row && after > 0 ? p.gap + more_width(after) : 0.0f;
            if (x + w + room <= right) break;
            if (last_row) return i;
            ++row;
            x = p.left;
        }
        out.chips.push_back(LinkedStripChip{i, row, x, x + w});
        x += w + p.gap;
    }
    return widths.size();
}

}  // namespace

LinkedStripLayout layout_linked_strip(const std::vector<float>& widths,
                                      const std::function<float(std::size_t)>& more_width,
                                      const LinkedStripParams& params) {
    LinkedStripLayout out;
    float x = 0.0f;
    std::size_t row = 0;
    if (place(widths, more_width, params, false, out, x, row) == widths.size()) return out;
    const std::size_t placed = place(widths, more_width, params, true, out, x, row);
    out.more = widths.size() - placed;
    // `place` stops only on the last row, so the more chip goes there, after the last chip.
    out.more_chip = LinkedStripChip{0, row, x, x + more_width(out.more)};
    return out;
}

std::vector<float> linked_chip_widths(std::size_t count, const std::function<float(std::size_t)>& measure,
                                      const LinkedStripParams& params) {
    std::vector<float> widths(count, params.width + 1.0f);
    const float room = params.width * static_cast<float>(params.rows);
    float used = params.lead;
    for (std::size_t i = 0; i < count && used <= room; ++i) {
        widths[i] = measure(i);
        used += widths[i] + params.gap;
    }
    return widths;
}

}  // namespace pe

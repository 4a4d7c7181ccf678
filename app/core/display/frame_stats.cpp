// Implements the sliding-window frame time summary (frame_stats.h).
#include "display/frame_stats.h"

#include <algorithm>
#include <cmath>

namespace pe {

void record_frame(FrameStats& stats, double cpu_ms) {
    if (stats.capacity == 0) return;
    if (stats.recent_ms.size() < stats.capacity) {
        stats.recent_ms.push_back(cpu_ms);
    } else {
        stats.recent_ms[stats.next] = cpu_ms;
    }
    stats.next = (stats.next + 1) % stats.capacity;
    ++stats.frame_count;
}

double quantile(std::vector<double> values, double q) {
    if (values.empty()) return 0.0;
    q = std::clamp(q, 0.0, 1.0);
    // Nearest rank: the smallest value with at least q of the values at or below it.
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(values.size())));
    const std::size_t index = rank == 0 ? 0 : rank - 1;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(index), values.end());
    return values[index];
}

double median_frame_ms(const FrameStats& stats) {
    return quantile(stats.recent_ms, 0.5);
}
double p95_frame_ms(const FrameStats& stats) {
    return quantile(stats.recent_ms, 0.95);
}

}  // namespace pe

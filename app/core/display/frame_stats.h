// CPU time per drawn frame over a sliding window, summarised as median and 95th
// percentile for window.explorer.state() and the benchmarks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace pe {

struct FrameStats {
    std::vector<double> recent_ms;  // ring buffer of the last `capacity` frames
    std::size_t next = 0;
    std::size_t capacity = 240;
    std::uint64_t frame_count = 0;  // frames drawn since start
};

void record_frame(FrameStats& stats, double cpu_ms);
double median_frame_ms(const FrameStats& stats);  // 0 when no frame was drawn
double p95_frame_ms(const FrameStats& stats);

// The q-quantile (0..1) of `values` by the nearest-rank method; 0 for an empty set.
double quantile(std::vector<double> values, double q);

}  // namespace pe

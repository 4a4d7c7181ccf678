// What the frame benchmarks share: the thread's CPU time (not wall time: the machine is
// shared, and a frame's cost is what it computes) and a quantile of the frames' times.
#pragma once

#include <algorithm>
#include <ctime>
#include <vector>

namespace pe::bench {

inline double cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) * 1e-6;
}

inline double quantile(std::vector<double> values, double q) {
    if (values.empty()) return 0.0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1,
                           static_cast<std::size_t>(q * static_cast<double>(values.size())))];
}

}  // namespace pe::bench

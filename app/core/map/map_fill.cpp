// The district fill's spans (map_fill.h): each edge adds its crossings to the rows it spans,
// then each row's crossings sorted pair up into spans.
#include "map/map_fill.h"

#include <algorithm>
#include <cmath>

namespace pe {

std::vector<MapSpan> map_fill_spans(const std::vector<std::vector<MapPixel>>& rings, float top, float bottom,
                                    float row_px) {
    std::vector<MapSpan> out;
    if (!(row_px > 0.0f) || !(bottom > top)) return out;
    const auto rows = static_cast<std::size_t>(std::ceil((bottom - top) / row_px));
    std::vector<std::vector<float>> crossings(rows);
    for (const auto& ring : rings) {
        const std::size_t n = ring.size();
        for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
            const MapPixel a = ring[j];
            const MapPixel b = ring[i];
            if (a.y == b.y) continue;
            const float y0 = std::min(a.y, b.y), y1 = std::max(a.y, b.y);
            // Rows whose middle y (top + (r + 0.5) * row_px) lies in [y0, y1).
            const float first = std::ceil((y0 - top) / row_px - 0.5f);
            const float last = std::ceil((y1 - top) / row_px - 0.5f) - 1.0f;
            const auto from = static_cast<long>(std::max(first, 0.0f));
            const auto to = static_cast<long>(std::min(last, static_cast<float>(rows) - 1.0f));
            for (long r = from; r <= to; ++r) {
                const float y = top + (static_cast<float>(r) + 0.5f) * row_px;
                crossings[static_cast<std::size_t>(r)].push_back(a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y));
            }
        }
    }
    for (std::size_t r = 0; r < rows; ++r) {
        std::vector<float>& xs = crossings[r];
        std::sort(xs.begin(), xs.end());
        for (std::size_t k = 0; k + 1 < xs.size(); k += 2) {
            if (xs[k + 1] > xs[k])
                out.push_back(MapSpan{top + static_cast<float>(r) * row_px, xs[k], xs[k + 1]});
        }
    }
    return out;
}

}  // namespace pe

// Greedy label placement with a screen-space bucket grid for the overlap checks, and the
// label widths of a dataset.
#include "network/network_labels.h"

#include <algorithm>
#include <cmath>

namespace pe {

namespace {

// Placed labels bucketed by screen cells, so a check looks at the few labels nearby.
struct LabelBuckets {
    double left = 0.0, top = 0.0, cell_w = 64.0, cell_h = 16.0;
    int cols = 1, rows = 1;
    std::vector<std::vector<std::uint32_t>> cells;

    int col(double x) const {
        return std::min(std::max(static_cast<int>(std::floor((x - left) / cell_w)), 0), cols - 1);
    }
    int row(double y) const {
        return std::min(std::max(static_cast<int>(std::floor((y - top) / cell_h)), 0), rows - 1);
    }
};

}  // namespace

bool labels_overlap(const PlacedLabel& a, const PlacedLabel& b) {
    return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height &&
           b.top < a.top + a.height;
}

std::vector<PlacedLabel> place_labels(std::vector<LabelCandidate> candidates,
                                      const std::vector<float>& widths, const NetworkViewport& viewport,
                                      const LabelParams& params) {
    std::vector<PlacedLabel> placed;
    std::sort(candidates.begin(), candidates.end(), [](const LabelCandidate& a, const LabelCandidate& b) {
        return a.priority != b.priority ? a.priority < b.priority : a.entity < b.entity;
    });
    LabelBuckets buckets;
    buckets.left = viewport.left;
    buckets.top = viewport.top;
    buckets.cell_h = std::max(params.height, 1.0) * 2.0;
    buckets.cell_w = buckets.cell_h * 4.0;
    buckets.cols = std::max(1, static_cast<int>(std::ceil(viewport.width / buckets.cell_w)));
    buckets.rows = std::max(1, static_cast<int>(std::ceil(viewport.height / buckets.cell_h)));
    buckets.cells.resize(static_cast<std::size_t>(buckets.cols) * static_cast<std::size_t>(buckets.rows));

    const double h = params.height, pad = params.pad;
    for (const LabelCandidate& c : candidates) {
        if (placed.size() >= params.max_labels) break;
        if (c.entity >= widths.size() || !(widths[c.entity] > 0.0f)) continue;
        const double w = widths[c.entity], off = c.radius + params.gap;
        const double tries[4][2] = {{c.x + off, c.y - h * 0.5},
                                    {c.x - off - w, c.y - h * 0.5},
                                    {c.x - w * 0.5, c.y + off},
                                    {c.x - w * 0.5, c.y - off - h}};
        for (const auto& at : tries) {
            // The rectangle grown by the pad must fit the viewport and meet no placed one.
            const PlacedLabel grown{c.entity, at[0] - pad, at[1] - pad, w + 2.0 * pad, h + 2.0 * pad};
            if (grown.left < viewport.left || grown.top < viewport.top ||
                grown.left + grown.width > viewport.left + viewport.width ||
                grown.top + grown.height > viewport.top + viewport.height) {
                continue;
            }
            const int c0 = buckets.col(grown.left), c1 = buckets.col(grown.left + grown.width);
            const int r0 = buckets.row(grown.top), r1 = buckets.row(grown.top + grown.height);
            bool free = true;
            for (int r = r0; r <= r1 && free; ++r) {
                for (int col = c0; col <= c1 && free; ++col) {
                    for (const std::uint32_t other :
                         buckets.cells[static_cast<std::size_t>(r * buckets.cols + col)]) {
                        const PlacedLabel& o = placed[other];
                        const PlacedLabel other_grown{o.entity, o.left - pad, o.top - pad,
                                                      o.width + 2.0 * pad, o.height + 2.0 * pad};
                        if (labels_overlap(grown, other_grown)) {
                            free = false;
                            break;
                        }
                    }
                }
            }
            if (!free) continue;
            const auto index = static_cast<std::uint32_t>(placed.size());
            placed.push_back(PlacedLabel{c.entity, at[0], at[1], w, h});
            for (int r = r0; r <= r1; ++r) {
                for (int col = c0; col <= c1; ++col)
                    buckets.cells[static_cast<std::size_t>(r * buckets.cols + col)].push_back(index);
            }
            break;
        }
    }
    return placed;
}

std::vector<float> label_widths(const Dataset& dataset, Language language,
                                const std::function<float(std::string_view)>& measure, float max_width) {
    std::vector<float> out(dataset.entities.size(), 0.0f);
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i] = std::min(measure(pick(dataset.entities[i].name, language)), max_width);
    }
    return out;
}

}  // namespace pe

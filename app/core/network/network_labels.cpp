// Greedy label placement with a screen-space bucket grid for the overlap checks, and the
// label widths of a dataset.
#include "network/network_labels.h"

#include <algorithm>
#include <cmath>

namespace pe {

namespace {

// Placed labels bucketed by screen cells, so a check looks at the few labels nearby. Each
// cell is a list threaded through one array (no allocation per cell).
struct LabelBuckets {
    double left = 0.0, top = 0.0, cell_w = 64.0, cell_h = 16.0;
    int cols = 1, rows = 1;
    std::vector<std::uint32_t> head;        // per cell: its first entry, or kEnd
    std::vector<std::uint32_t> item, next;  // per entry: the rectangle it holds, the next entry of its cell
    static constexpr std::uint32_t kEnd = 0xFFFFFFFFu;

    static int clamped(double v, int count) {
        return static_cast<int>(std::min(std::max(std::floor(v), 0.0), static_cast<double>(count - 1)));
    }
    int col(double x) const { return clamped((x - left) / cell_w, cols); }
    int row(double y) const { return clamped((y - top) / cell_h, rows); }
    std::size_t cell(int r, int c) const {
        return static_cast<std::size_t>(r) * static_cast<std::size_t>(cols) + static_cast<std::size_t>(c);
    }
    void add(int r, int c, std::uint32_t rect) {
        item.push_back(rect);
        next.push_back(head[cell(r, c)]);
        head[cell(r, c)] = static_cast<std::uint32_t>(item.size() - 1);
    }
};

}  // namespace

bool labels_overlap(const PlacedLabel& a, const PlacedLabel& b) {
    return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height &&
           b.top < a.top + a.height;
}

std::vector<PlacedLabel> place_labels(std::vector<LabelCandidate> candidates,
                                      const std::vector<float>& widths, const NetworkViewport& viewport,
                                      const LabelParams& params,
                                      const std::vector<LabelObstacle>& obstacles) {
    // The first max_candidates by (priority, entity), a total order, so the set and its order
    // do not depend on the library's nth_element.
    const auto before = [](const LabelCandidate& a, const LabelCandidate& b) {
        return a.priority != b.priority ? a.priority < b.priority : a.entity < b.entity;
    };
    if (candidates.size() > params.max_candidates) {
        std::nth_element(candidates.begin(), candidates.begin() + params.max_candidates, candidates.end(),
                         before);
        candidates.resize(params.max_candidates);
    }
    std::sort(candidates.begin(), candidates.end(), before);
    LabelBuckets buckets;
    buckets.left = viewport.left;
    buckets.top = viewport.top;
    buckets.cell_h = std::max(params.height, 1.0);
    buckets.cell_w = buckets.cell_h * 3.0;
    buckets.cols = std::max(1, static_cast<int>(std::ceil(viewport.width / buckets.cell_w)));
    buckets.rows = std::max(1, static_cast<int>(std::ceil(viewport.height / buckets.cell_h)));
    buckets.head.assign(static_cast<std::size_t>(buckets.cols) * static_cast<std::size_t>(buckets.rows),
                        LabelBuckets::kEnd);
    buckets.item.reserve(obstacles.size() * 2 + 64);
    buckets.next.reserve(obstacles.size() * 2 + 64);

    // Every rectangle in the buckets: the obstacles first, then the labels as they are placed.
    struct Taken {
        PlacedLabel rect;
        std::uint32_t priority = 0;
        bool obstacle = false;
    };
    std::vector<Taken> taken;
    const double h = params.height, pad = params.pad;
    const auto cells_around = [&](const PlacedLabel& r, int& c0, int& c1, int& r0, int& r1) {
        c0 = buckets.col(r.left - pad);
        c1 = buckets.col(r.left + r.width + pad);
        r0 = buckets.row(r.top - pad);
        r1 = buckets.row(r.top + r.height + pad);
    };
    const auto insert = [&](const Taken& t) {
        const auto index = static_cast<std::uint32_t>(taken.size());
        taken.push_back(t);
        int c0 = 0, c1 = 0, r0 = 0, r1 = 0;
        cells_around(t.rect, c0, c1, r0, r1);
        for (int r = r0; r <= r1; ++r) {
            for (int c = c0; c <= c1; ++c) buckets.add(r, c, index);
        }
    };
    // Whether `rect` (a label of candidate `who`) is free: inside the viewport, apart (by
    // twice the pad) from every label and from the obstacles that count.
    const auto free_at = [&](const PlacedLabel& rect, const LabelCandidate& who, bool soft) {
        if (rect.left - pad < viewport.left || rect.top - pad < viewport.top ||
            rect.left + rect.width + pad > viewport.left + viewport.width ||
            rect.top + rect.height + pad > viewport.top + viewport.height) {
            return false;
        }
        const PlacedLabel grown{who.entity, rect.left - 2.0 * pad, rect.top - 2.0 * pad,
                                rect.width + 4.0 * pad, rect.height + 4.0 * pad};
        int c0 = 0, c1 = 0, r0 = 0, r1 = 0;
        cells_around(rect, c0, c1, r0, r1);
        for (int r = r0; r <= r1; ++r) {
            for (int c = c0; c <= c1; ++c) {
                for (std::uint32_t e = buckets.head[buckets.cell(r, c)]; e != LabelBuckets::kEnd;
                     e = buckets.next[e]) {
                    const Taken& t = taken[buckets.item[e]];
                    if (t.obstacle && (t.rect.entity == who.entity || (soft && t.priority > who.priority)))
                        continue;
                    if (labels_overlap(grown, t.rect)) return false;
                }
            }
        }
        return true;
    };

    for (const LabelObstacle& o : obstacles)
        insert(Taken{{o.entity, o.left, o.top, o.width, o.height}, o.priority, true});
    std::vector<PlacedLabel> placed;
    for (const LabelCandidate& c : candidates) {
        if (placed.size() >= params.max_labels) break;
        if (c.entity >= widths.size() || !(widths[c.entity] > 0.0f)) continue;
        const double w = widths[c.entity], off = c.radius + params.gap;
        const PlacedLabel tries[4] = {{c.entity, c.x + off, c.y - h * 0.5, w, h},
                                      {c.entity, c.x - off - w, c.y - h * 0.5, w, h},
                                      {c.entity, c.x - w * 0.5, c.y + off, w, h},
                                      {c.entity, c.x - w * 0.5, c.y - off - h, w, h}};
        const PlacedLabel* chosen = nullptr;
        for (int soft = 0; soft < 2 && chosen == nullptr; ++soft) {
            for (const PlacedLabel& at : tries) {
                if (free_at(at, c, soft != 0)) {
                    chosen = &at;
                    break;
                }
            }
        }
        if (chosen == nullptr) continue;
        placed.push_back(*chosen);
        insert(Taken{*chosen, c.priority, false});
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

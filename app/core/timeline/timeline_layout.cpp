// The per-frame layout of timeline_layout.h. For each lane the window is cut into buckets
// (cluster_bucket_days); an item belongs to the bucket of max(start, window start). A bucket
// with more items than rows, or whose items do not all fit in the rows left free, becomes a
// cluster; only the items of the other buckets are read and placed (first fit), their labels
// measured once and cached. A lane off screen is packed for its height only: no label text,
// no cluster kept.
#include "timeline/timeline_layout.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "model/language.h"

namespace pe {

namespace {

std::size_t first_start_at_or_after(const std::vector<std::int32_t>& starts, std::size_t from, std::size_t to,
                                    double day) {
    const auto it = std::lower_bound(starts.begin() + static_cast<std::ptrdiff_t>(from),
                                     starts.begin() + static_cast<std::ptrdiff_t>(to), day,
                                     [](std::int32_t s, double d) { return static_cast<double>(s) < d; });
    return static_cast<std::size_t>(it - starts.begin());
}

// Everything a lane's layout reads, and the rows it fills.
struct LaneContext {
    const Dataset& dataset;
    const TimelineIndex& index;
    const TimelineLayoutInput& input;
    TimelineLayout& out;
    double left = 0.0, right = 0.0;
    std::vector<float> row_right;  // right edge of the last box in each row
    bool full = true;              // items and clusters kept; false: only the lane's height
};

// The entity's label width, from the cache or measured once into it.
const TextCut& label_cut(LaneContext& c, std::uint32_t entity) {
    TextCut& cut = c.out.labels.cuts[entity];
    if (cut.width < 0.0f)
        cut = cut_to_width(c.input.text, pick(c.dataset.entities[entity].name, c.input.language),
                           c.input.params.max_label_px);
    return cut;
}

// Drops the kept labels when what they were measured with changed.
void check_label_cache(const Dataset& dataset, const TimelineLayoutInput& input, TimelineLabelCache& cache) {
    if (cache.key != input.labels_key || cache.language != input.language ||
        cache.max_px != input.params.max_label_px || cache.cuts.size() != dataset.entities.size()) {
        cache.key = input.labels_key;
        cache.language = input.language;
        cache.max_px = input.params.max_label_px;
        cache.cuts.assign(dataset.entities.size(), TextCut{0, false, -1.0f});
    }
}

float to_px(double value) {
    return static_cast<float>(value);
}

TimelineItemBox make_item_box(LaneContext& c, std::uint32_t lane, std::uint32_t position) {
    const TimelineLayoutParams& p = c.input.params;
    const TimelineAxis& axis = c.input.axis;
    const TimelineItem& item = c.index.lanes[lane].items[position];
    TimelineItemBox box;
    box.entity = item.entity;
    box.lane = lane;
    box.position = position;
    box.shape = item.shape;
    box.start_precision = item.start_precision;
    box.end_precision = item.end_precision;
    box.open_end = item.open_end;
    box.selected = item.entity == c.input.selected;
    const TextCut& label = label_cut(c, item.entity);
    box.label_width = label.width;
    if (c.full) box.label = apply_cut(pick(c.dataset.entities[item.entity].name, c.input.language), label);
    if (item.shape == ItemShape::Point) {
        const double x = day_to_x(axis, static_cast<double>(item.start) + 0.5);
        box.x0 = box.x1 = to_px(x);
        box.box_x0 = to_px(x - p.point_radius);
        box.label_x = to_px(x + p.point_radius + p.label_pad);
        box.box_x1 = box.label_x + box.label_width;
        return box;
    }
    const double bx0 = day_to_x(axis, item.start), bx1 = day_to_x(axis, item.end);
    box.starts_before = bx0 < c.left - p.clip_margin;
    box.ends_after = bx1 > c.right + p.clip_margin;
    box.x0 = to_px(std::max(bx0, c.left - p.clip_margin));
    box.x1 = to_px(std::min(bx1, c.right + p.clip_margin));
    const double visible0 = std::max(bx0, c.left);
    box.box_x0 = to_px(visible0);
    box.label_inside = std::min(bx1, c.right) - visible0 >= box.label_width + 2.0 * p.label_pad;
    if (box.label_inside) {
        box.label_x = to_px(visible0 + p.label_pad);
        box.box_x1 = box.x1;
    } else {
        box.label_x = to_px(bx1 + p.label_pad);
        box.box_x1 = box.label_x + box.label_width;
    }
    return box;
}

// Places the items at `positions` (in time order), or none of them when one does not fit.
bool try_place(LaneContext& c, std::uint32_t lane, const std::uint32_t* positions, std::size_t count,
               float lane_y) {
    const TimelineLayoutParams& p = c.input.params;
    std::array<float, 64> saved{};
    const std::size_t rows = c.row_right.size();
    std::copy(c.row_right.begin(), c.row_right.end(), saved.begin());
    const std::size_t items_before = c.out.items.size();
    for (std::size_t i = 0; i < count; ++i) {
        TimelineItemBox box = make_item_box(c, lane, positions[i]);
        std::size_t row = 0;
        while (row < rows && c.row_right[row] + p.item_gap > box.box_x0) ++row;
        if (row == rows) {
            c.out.items.resize(items_before);
            std::copy(saved.begin(), saved.begin() + static_cast<std::ptrdiff_t>(rows), c.row_right.begin());
            return false;
        }
        c.row_right[row] = box.box_x1;
        box.row = static_cast<std::uint32_t>(row);
        box.y0 = lane_y + p.lane_padding + p.row_height * static_cast<float>(row);
        box.y1 = box.y0 + p.row_height;
        c.out.items.push_back(std::move(box));
    }
    return true;
}

void set_cluster_label(const LaneContext& c, TimelineCluster& cluster) {
    cluster.label = compact_count(cluster.count, c.input.language);
    cluster.label_width = text_width(c.input.text, cluster.label);
    cluster.label_fits = cluster.label_width + 2.0f * c.input.params.label_pad <= cluster.x1 - cluster.x0;
}

void layout_lane(LaneContext& c, std::uint32_t lane, float lane_y) {
    const TimelineLayoutParams& p = c.input.params;
    const TimelineLaneIndex& li = c.index.lanes[lane];
    const TimeWindow& w = c.input.axis.window;
    const double bucket = c.out.bucket_days;
    TimelineLaneBox box;
    box.lane = lane;
    box.y0 = lane_y;
    box.collapsed = lane < c.input.collapsed.size() && c.input.collapsed[lane];
    box.item_begin = static_cast<std::uint32_t>(c.out.items.size());
    box.cluster_begin = static_cast<std::uint32_t>(c.out.clusters.size());
    std::fill(c.row_right.begin(), c.row_right.end(), -INFINITY);

    std::size_t pos = first_start_at_or_after(li.starts, 0, li.starts.size(), w.start_day);
    const std::size_t visible_end = first_start_at_or_after(li.starts, pos, li.starts.size(), w.end_day);
    const std::size_t running = items_running_at(li, w.start_day, nullptr);
    box.visible_count = running + (visible_end - pos);
    const std::size_t max_rows = c.row_right.size();
    double last_cluster_bucket = -INFINITY;
    for (double k = std::floor(w.start_day / bucket); box.visible_count > 0;) {
        const bool first = k * bucket <= w.start_day;
        const double b0 = std::max(k * bucket, w.start_day), b1 = std::min((k + 1.0) * bucket, w.end_day);
        if (b0 >= w.end_day) break;
        const std::size_t end = first_start_at_or_after(li.starts, pos, visible_end, b1);
        const std::size_t carried = first ? running : 0;
        const std::size_t count = (end - pos) + carried;
        bool placed = false;
        if (count > 0 && !box.collapsed && count <= max_rows) {
            std::vector<std::uint32_t>& members = c.out.scratch;
            members.clear();
            if (carried > 0) items_running_at(li, w.start_day, &members);
            for (std::size_t i = pos; i < end; ++i) members.push_back(static_cast<std::uint32_t>(i));
            placed = try_place(c, lane, members.data(), members.size(), lane_y);
        }
        if (count > 0 && !placed && !c.full) {
            box.has_cluster_row = true;  // its clusters are not kept; the row is
        } else if (count > 0 && !placed) {
            const bool merge = c.out.clusters.size() > box.cluster_begin && last_cluster_bucket == k - 1.0 &&
                               !c.out.clusters.back().label_fits;
            if (!merge) {
                TimelineCluster cluster;
                cluster.lane = lane;
                cluster.x0 = to_px(day_to_x(c.input.axis, b0));
                cluster.first_day = b0;
                cluster.range_begin = static_cast<std::uint32_t>(pos);
                cluster.has_running = carried > 0;
                cluster.running_day = carried > 0 ? w.start_day : 0.0;
                c.out.clusters.push_back(std::move(cluster));
            }
            TimelineCluster& cluster = c.out.clusters.back();
            cluster.x1 = to_px(day_to_x(c.input.axis, b1));
            cluster.end_day = b1;
            cluster.range_end = static_cast<std::uint32_t>(end);
            cluster.count += count;
            set_cluster_label(c, cluster);
            last_cluster_bucket = k;
        }
        pos = end;
        if (pos >= visible_end) break;
        // Skip empty buckets: jump to the one holding the next start.
        k = std::max(k + 1.0, std::floor(static_cast<double>(li.starts[pos]) / bucket));
    }

    // Rows: items sorted by row (stable, so by x within a row), then the cluster row.
    box.item_end = static_cast<std::uint32_t>(c.out.items.size());
    box.cluster_end = static_cast<std::uint32_t>(c.out.clusters.size());
    const auto items_begin = c.out.items.begin() + box.item_begin;
    std::stable_sort(items_begin, c.out.items.end(),
                     [](const TimelineItemBox& a, const TimelineItemBox& b) { return a.row < b.row; });
    std::uint32_t rows_used = 0;
    for (auto it = items_begin; it != c.out.items.end(); ++it) rows_used = std::max(rows_used, it->row + 1);
    box.row_begin = static_cast<std::uint32_t>(c.out.rows.size());
    std::uint32_t at = box.item_begin;
    for (std::uint32_t r = 0; r < rows_used; ++r) {
        TimelineRow row;
        row.y0 = lane_y + p.lane_padding + p.row_height * static_cast<float>(r);
        row.y1 = row.y0 + p.row_height;
        row.item_begin = at;
        while (at < box.item_end && c.out.items[at].row == r) ++at;
        row.item_end = at;
        c.out.rows.push_back(row);
    }
    box.row_end = static_cast<std::uint32_t>(c.out.rows.size());
    box.has_cluster_row = box.has_cluster_row || box.cluster_end > box.cluster_begin;
    box.cluster_y0 = lane_y + p.lane_padding + p.row_height * static_cast<float>(rows_used);
    box.cluster_y1 = box.cluster_y0 + p.row_height;
    const TimelineSlot selected =
        c.input.selected < c.index.slots.size() ? c.index.slots[c.input.selected] : TimelineSlot{};
    for (std::uint32_t i = box.cluster_begin; i < box.cluster_end; ++i) {
        TimelineCluster& cluster = c.out.clusters[i];
        cluster.y0 = box.cluster_y0;
        cluster.y1 = box.cluster_y1;
        cluster.selected = cluster_contains(c.index, cluster, selected);
    }
    const std::uint32_t rows_total = std::max<std::uint32_t>(1, rows_used + (box.has_cluster_row ? 1 : 0));
    box.y1 = lane_y + 2.0f * p.lane_padding + p.row_height * static_cast<float>(rows_total);
    if (!c.full) {  // off screen: its height only
        c.out.items.resize(box.item_begin);
        c.out.rows.resize(box.row_begin);
        box.item_end = box.item_begin;
        box.row_end = box.row_begin;
    }
    c.out.lanes.push_back(box);
}

}  // namespace

double cluster_bucket_days(double px_per_day, double cluster_px) {
    if (!(px_per_day > 0.0) || !(cluster_px > 0.0)) return 1.0;
    return std::exp2(std::ceil(std::log2(cluster_px / px_per_day)));
}

void layout_timeline(const Dataset& dataset, const TimelineIndex& index, const TimelineLayoutInput& input,
                     TimelineLayout& out) {
    out.axis = input.axis;
    out.params = input.params;
    out.lanes.clear();
    out.rows.clear();
    out.items.clear();
    out.clusters.clear();
    out.bucket_days = cluster_bucket_days(px_per_day(input.axis), input.params.cluster_px);
    LaneContext c{dataset, index, input, out, 0.0, 0.0, {}};
    c.left = input.axis.left;
    c.right = input.axis.left + input.axis.width;
    c.row_right.assign(std::min<std::size_t>(input.params.max_rows, 64), -INFINITY);
    check_label_cache(dataset, input, out.labels);
    // A lane is off screen when even its tallest layout (every item row and the cluster row) is.
    const float tallest = 2.0f * input.params.lane_padding +
                          input.params.row_height * static_cast<float>(c.row_right.size() + 1);
    float y = input.top;
    for (std::size_t lane = 0; lane < index.lanes.size(); ++lane) {
        if (lane > 0) y += input.params.lane_gap;
        const bool wanted =
            std::find(input.full_lanes.begin(), input.full_lanes.end(), lane) != input.full_lanes.end();
        c.full = wanted || (y < input.clip_y1 && y + tallest > input.clip_y0);
        layout_lane(c, static_cast<std::uint32_t>(lane), y);
        y = out.lanes.back().y1;
    }
    out.height = y - input.top;
}

TimelineLayout layout_timeline(const Dataset& dataset, const TimelineIndex& index,
                               const TimelineLayoutInput& input) {
    TimelineLayout out;
    layout_timeline(dataset, index, input, out);
    return out;
}

bool cluster_contains(const TimelineIndex& index, const TimelineCluster& cluster, TimelineSlot slot) {
    if (slot.lane != cluster.lane) return false;
    if (slot.position >= cluster.range_begin && slot.position < cluster.range_end) return true;
    if (!cluster.has_running) return false;
    const TimelineItem& item = item_at(index, slot);
    return item.start < cluster.running_day && item.end > cluster.running_day;
}

std::vector<std::uint32_t> cluster_members(const TimelineIndex& index, const TimelineCluster& cluster,
                                           std::size_t limit) {
    std::vector<std::uint32_t> positions;
    if (cluster.lane >= index.lanes.size()) return positions;
    const TimelineLaneIndex& lane = index.lanes[cluster.lane];
    if (cluster.has_running) items_running_at(lane, cluster.running_day, &positions);
    for (std::uint32_t p = cluster.range_begin; p < cluster.range_end && p < lane.items.size(); ++p) {
        positions.push_back(p);
    }
    std::vector<std::uint32_t> entities;
    for (std::size_t i = 0; i < positions.size() && i < limit; ++i)
        entities.push_back(lane.items[positions[i]].entity);
    return entities;
}

}  // namespace pe

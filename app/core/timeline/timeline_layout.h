// One frame of the timeline: lanes stacked top to bottom, the visible items of each packed
// into rows so no two boxes (mark + label) touch, and where items are denser than rows can
// hold, clusters with a count. The work is the visible part only: culling and counting are
// binary searches over the index (timeline_index.h), items are touched only where they are
// shown one by one. Ticks, links and hit testing are in their own files.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "model/language.h"
#include "timeline/timeline_axis.h"
#include "timeline/timeline_index.h"
#include "timeline/timeline_text.h"

namespace pe {

// Sizes in pixels (the view scales them with the UI).
struct TimelineLayoutParams {
    float row_height = 22.0f;
    float lane_padding = 4.0f;  // above the first row and below the last row of a lane
    float lane_gap = 2.0f;      // between two lanes
    float point_radius = 4.0f;
    float label_pad = 4.0f;       // between a mark and its label, or a bar's edge and the label inside
    float item_gap = 6.0f;        // the least free space between two boxes in a row
    float max_label_px = 220.0f;  // longer labels are cut with "…"
    float cluster_px = 32.0f;     // the narrowest cluster bucket
    float clip_margin = 16.0f;    // bar ends beyond the canvas are drawn this far outside it
    std::uint32_t max_rows = 6;   // item rows of an expanded lane, not counting the cluster row
};

struct TimelineLayoutInput {
    TimelineAxis axis;  // the visible window across the canvas
    float top = 0.0f;   // y of the first lane's top (canvas top minus the scroll)
    // What is seen of the lanes, top to bottom: a lane wholly outside it gets only its box
    // (its height, as if laid out), no items and no clusters, unless it is one of full_lanes.
    float clip_y0 = -INFINITY, clip_y1 = INFINITY;
    std::vector<std::uint32_t> full_lanes;  // laid out in full wherever they are (link ends)
    // Identifies the dataset and the text measure for the labels kept between frames
    // (TimelineLayout::labels): change it when either changes.
    std::uint64_t labels_key = 0;
    std::vector<bool> collapsed;         // per lane in Dataset::lanes order; missing entries: expanded
    std::uint32_t selected = kNoEntity;  // entity index
    Language language = Language::En;
    TextMeasure text;
    TimelineLayoutParams params;
};

// An item shown on its own.
struct TimelineItemBox {
    std::uint32_t entity = 0;
    std::uint32_t lane = 0;
    std::uint32_t position = 0;  // in the index's lane items
    std::uint32_t row = 0;
    ItemShape shape = ItemShape::Point;
    DatePrecision start_precision = DatePrecision::Day;  // Year/Month: draw the bar as approximate
    DatePrecision end_precision = DatePrecision::Day;
    bool open_end = false;       // ongoing: the bar ends today and goes on
    bool starts_before = false;  // the bar begins left of the canvas (x0 is clipped)
    bool ends_after = false;     // the bar ends right of the canvas (x1 is clipped)
    bool selected = false;
    float x0 = 0.0f, x1 = 0.0f;          // the mark: a point's centre (x0 == x1); a bar's start and end
    float y0 = 0.0f, y1 = 0.0f;          // its row
    float box_x0 = 0.0f, box_x1 = 0.0f;  // what it occupies in the row (mark and label): hit area
    std::string label;                   // the name in the language, maybe cut with "…"
    float label_x = 0.0f;
    float label_width = 0.0f;
    bool label_inside = false;  // drawn over the bar rather than after it
};

// Items merged into a marker with a count. Its members are the items starting in
// [first_day, end_day), positions [range_begin, range_end) of the lane's items, plus when
// `has_running` the items that started before `running_day` and still run then.
struct TimelineCluster {
    std::uint32_t lane = 0;
    float x0 = 0.0f, x1 = 0.0f, y0 = 0.0f, y1 = 0.0f;
    double first_day = 0.0, end_day = 0.0;  // the time it stands for (within the window)
    std::uint64_t count = 0;
    std::uint32_t range_begin = 0, range_end = 0;
    bool has_running = false;
    double running_day = 0.0;
    std::string label;  // compact_count(): "+12", "+1.2k"
    float label_width = 0.0f;
    bool label_fits = false;  // false: too narrow to write the count in (the tooltip says it)
    bool selected = false;    // the selected entity is one of its members
};

struct TimelineRow {
    float y0 = 0.0f, y1 = 0.0f;
    std::uint32_t item_begin = 0, item_end = 0;  // into TimelineLayout::items, by x
};

struct TimelineLaneBox {
    std::uint32_t lane = 0;  // index into Dataset::lanes
    float y0 = 0.0f, y1 = 0.0f;
    bool collapsed = false;
    std::uint32_t row_begin = 0, row_end = 0;  // item rows, into TimelineLayout::rows
    bool has_cluster_row = false;              // below the item rows (the only row of a collapsed lane)
    float cluster_y0 = 0.0f, cluster_y1 = 0.0f;
    std::uint32_t item_begin = 0, item_end = 0;        // into TimelineLayout::items
    std::uint32_t cluster_begin = 0, cluster_end = 0;  // into TimelineLayout::clusters, by x
    std::uint64_t visible_count = 0;  // items overlapping the window, shown alone or in clusters
};

// Each entity's label (cut_to_width of its name), measured the first time it is laid out and
// kept between frames while the key, the language and the longest label stay the same.
struct TimelineLabelCache {
    std::uint64_t key = 0;
    Language language = Language::En;
    float max_px = -1.0f;
    std::vector<TextCut> cuts;  // per entity; a negative width: not measured yet
};

struct TimelineLayout {
    TimelineAxis axis;
    TimelineLayoutParams params;
    double bucket_days = 1.0;  // the cluster bucket at this zoom
    std::vector<TimelineLaneBox> lanes;
    std::vector<TimelineRow> rows;
    std::vector<TimelineItemBox> items;
    std::vector<TimelineCluster> clusters;
    float height = 0.0f;                 // from input.top to the bottom of the last lane
    std::vector<std::uint32_t> scratch;  // reused between frames; not part of the result
    TimelineLabelCache labels;           // kept between frames; not part of the result
};

// Cluster buckets are aligned to day 0 and a power of two of days wide, at least cluster_px
// pixels: a cluster splits in two when zooming in past the next power.
double cluster_bucket_days(double px_per_day, double cluster_px);

// Lays out every lane: in full those on screen (and full_lanes), the others only their box.
// Reuses `out`'s storage and its label cache. Labels are copies; nothing points into `dataset`.
void layout_timeline(const Dataset& dataset, const TimelineIndex& index, const TimelineLayoutInput& input,
                     TimelineLayout& out);
TimelineLayout layout_timeline(const Dataset& dataset, const TimelineIndex& index,
                               const TimelineLayoutInput& input);

// Whether the item at `slot` is one of the cluster's members.
bool cluster_contains(const TimelineIndex& index, const TimelineCluster& cluster, TimelineSlot slot);

// The entities of a cluster in time order, at most `limit` of them.
std::vector<std::uint32_t> cluster_members(const TimelineIndex& index, const TimelineCluster& cluster,
                                           std::size_t limit = std::numeric_limits<std::size_t>::max());

}  // namespace pe

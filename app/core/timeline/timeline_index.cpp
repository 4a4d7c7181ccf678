// Building the timeline index (timeline_index.h) and its two range queries: a sort per lane,
// end classes for "running at a day", and binary searches over the sorted starts; and the
// filtered copy, which keeps a subsequence of each lane and of each end class.
#include "timeline/timeline_index.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "model/date.h"

namespace pe {

namespace {

constexpr std::size_t kPointClass = 0, kMonthClass = 1, kYearClass = 2, kFirstPeriodClass = 3;
constexpr std::size_t kClassSlots = kFirstPeriodClass + 32;

int floor_log2(std::int32_t value) {
    int log = 0;
    while (value > 1) {
        value >>= 1;
        ++log;
    }
    return log;
}

// Lower bound over the int days of a sorted range for a (fractional) day.
template <typename It>
It first_at_or_after(It begin, It end, double day) {
    return std::lower_bound(begin, end, day,
                            [](std::int32_t s, double d) { return static_cast<double>(s) < d; });
}
template <typename It>
It first_after(It begin, It end, double day) {
    return std::upper_bound(begin, end, day,
                            [](double d, std::int32_t s) { return d < static_cast<double>(s); });
}

}  // namespace

bool timeline_item_for(const Entity& entity, std::int64_t today, TimelineItem& item) {
    const TimeSpan& time = entity.time;
    if (!time.has_start) return false;
    const std::int64_t start = first_day(time.start);
    std::int64_t end = last_day(time.start) + 1;
    item.start_precision = time.start.precision;
    item.end_precision = time.start.precision;
    item.open_end = false;
    if (time.has_end) {
        end = std::max(end, last_day(time.end) + 1);
        item.end_precision = time.end.precision;
    } else if (time.open_end) {
        end = std::max(end, today + 1);
        item.end_precision = DatePrecision::Day;
        item.open_end = true;
    }
    const bool point = !time.has_end && !time.open_end && time.start.precision == DatePrecision::Day;
    item.shape = point ? ItemShape::Point : ItemShape::Bar;
    item.start = static_cast<std::int32_t>(start);
    item.end = static_cast<std::int32_t>(end);
    return true;
}

TimelineIndex build_timeline_index(const Dataset& dataset, std::int64_t today) {
    TimelineIndex index;
    index.today = today;
    index.lanes.resize(dataset.lanes.size());
    index.slots.resize(dataset.entities.size());
    std::unordered_map<std::string_view, std::uint32_t> lane_by_id;
    for (std::size_t l = 0; l < dataset.lanes.size(); ++l) {
        lane_by_id.emplace(dataset.lanes[l].id, static_cast<std::uint32_t>(l));
    }
    // Items per lane, with the class each belongs to kept alongside until the sort is done.
    std::vector<std::vector<std::uint8_t>> lane_classes(dataset.lanes.size());
    for (std::size_t e = 0; e < dataset.entities.size(); ++e) {
        const Entity& entity = dataset.entities[e];
        TimelineItem item;
        item.entity = static_cast<std::uint32_t>(e);
        if (!timeline_item_for(entity, today, item)) {
            ++index.undated_count;
            continue;
        }
        const auto lane = lane_by_id.find(entity.lane);
        if (lane == lane_by_id.end()) {
            ++index.unlaned_count;
            continue;
        }
        index.lanes[lane->second].items.push_back(item);
    }
    for (std::size_t l = 0; l < index.lanes.size(); ++l) {
        TimelineLaneIndex& lane = index.lanes[l];
        // Integers first; ids only inside runs of equal (start, end), which are short or few.
        std::sort(lane.items.begin(), lane.items.end(), [](const TimelineItem& a, const TimelineItem& b) {
            if (a.start != b.start) return a.start < b.start;
            if (a.end != b.end) return a.end < b.end;
            return a.entity < b.entity;
        });
        for (std::size_t run = 0; run < lane.items.size();) {
            std::size_t next = run + 1;
            while (next < lane.items.size() && lane.items[next].start == lane.items[run].start &&
                   lane.items[next].end == lane.items[run].end) {
                ++next;
            }
            if (next - run > 1) {
                std::sort(lane.items.begin() + static_cast<std::ptrdiff_t>(run),
                          lane.items.begin() + static_cast<std::ptrdiff_t>(next),
                          [&](const TimelineItem& a, const TimelineItem& b) {
                              const int by_id =
                                  dataset.entities[a.entity].id.compare(dataset.entities[b.entity].id);
                              return by_id != 0 ? by_id < 0 : a.entity < b.entity;
                          });
            }
            run = next;
        }
        std::vector<TimelineEndClass> classes(kClassSlots);
        classes[kPointClass].monotone = classes[kMonthClass].monotone = classes[kYearClass].monotone = true;
        lane.starts.reserve(lane.items.size());
        for (std::size_t p = 0; p < lane.items.size(); ++p) {
            const TimelineItem& item = lane.items[p];
            const Entity& entity = dataset.entities[item.entity];
            lane.starts.push_back(item.start);
            index.slots[item.entity] =
                TimelineSlot{static_cast<std::uint32_t>(l), static_cast<std::uint32_t>(p)};
            std::size_t c = kPointClass;
            if (entity.time.has_end || entity.time.open_end) {
                c = kFirstPeriodClass +
                    static_cast<std::size_t>(floor_log2(std::max(1, item.end - item.start)));
            } else if (item.shape == ItemShape::Bar) {
                c = item.start_precision == DatePrecision::Month ? kMonthClass : kYearClass;
            }
            TimelineEndClass& cls = classes[c];
            cls.positions.push_back(static_cast<std::uint32_t>(p));
            cls.starts.push_back(item.start);
            cls.ends.push_back(item.end);
            cls.max_length = std::max(cls.max_length, item.end - item.start);
        }
        for (TimelineEndClass& cls : classes) {
            if (!cls.positions.empty()) lane.classes.push_back(std::move(cls));
        }
        index.item_count += lane.items.size();
        if (lane.items.empty()) continue;
        std::int32_t lane_end = 0;
        for (const TimelineItem& item : lane.items) lane_end = std::max(lane_end, item.end);
        if (!index.has_items) {
            index.first_day = lane.items.front().start;
            index.end_day = lane_end;
            index.has_items = true;
        } else {
            index.first_day = std::min(index.first_day, lane.items.front().start);
            index.end_day = std::max(index.end_day, lane_end);
        }
    }
    return index;
}

void filter_timeline_index(const Dataset& dataset, const TimelineIndex& full,
                           const std::vector<std::uint8_t>* visible, TimelineIndex& out) {
    const bool all = visible == nullptr || visible->empty();
    auto shown = [&](std::uint32_t e) { return all || (e < visible->size() && (*visible)[e] != 0); };
    const std::size_t n = full.slots.size();
    out.today = full.today;
    out.item_count = out.undated_count = out.unlaned_count = out.hidden_count = 0;
    out.has_items = false;
    out.first_day = out.end_day = 0;
    out.slots.assign(n, TimelineSlot{});
    out.filtered_out.clear();
    if (!all) out.filtered_out.assign(n, 0);
    out.lanes.resize(full.lanes.size());
    for (std::uint32_t e = 0; e < n; ++e) {
        if (full.slots[e].lane != kNoTimelineLane || !shown(e)) continue;
        if (e < dataset.entities.size() && dataset.entities[e].time.has_start) {
            ++out.unlaned_count;
        } else {
            ++out.undated_count;
        }
    }
    std::vector<std::uint32_t> new_position;  // per position of the full lane; kept items only
    for (std::size_t l = 0; l < full.lanes.size(); ++l) {
        const TimelineLaneIndex& from = full.lanes[l];
        TimelineLaneIndex& lane = out.lanes[l];
        lane.items.clear();
        lane.starts.clear();
        new_position.assign(from.items.size(), 0);
        for (std::size_t p = 0; p < from.items.size(); ++p) {
            const TimelineItem& item = from.items[p];
            if (!shown(item.entity)) {
                out.filtered_out[item.entity] = 1;
                ++out.hidden_count;
                continue;
            }
            new_position[p] = static_cast<std::uint32_t>(lane.items.size());
            out.slots[item.entity] =
                TimelineSlot{static_cast<std::uint32_t>(l), static_cast<std::uint32_t>(lane.items.size())};
            lane.items.push_back(item);
            lane.starts.push_back(item.start);
        }
        // A subsequence of an end class is still one: monotone stays monotone, and a
        // period class's bound only shrinks (recomputed so culling stays as tight).
        lane.classes.clear();
        for (const TimelineEndClass& cls : from.classes) {
            TimelineEndClass kept;
            kept.monotone = cls.monotone;
            for (std::size_t i = 0; i < cls.positions.size(); ++i) {
                if (!shown(from.items[cls.positions[i]].entity)) continue;
                kept.positions.push_back(new_position[cls.positions[i]]);
                kept.starts.push_back(cls.starts[i]);
                kept.ends.push_back(cls.ends[i]);
                kept.max_length = std::max(kept.max_length, cls.ends[i] - cls.starts[i]);
            }
            if (!kept.positions.empty()) lane.classes.push_back(std::move(kept));
        }
        out.item_count += lane.items.size();
        if (lane.items.empty()) continue;
        std::int32_t lane_end = 0;
        for (const TimelineItem& item : lane.items) lane_end = std::max(lane_end, item.end);
        out.first_day =
            out.has_items ? std::min(out.first_day, lane.items.front().start) : lane.items.front().start;
        out.end_day = out.has_items ? std::max(out.end_day, lane_end) : lane_end;
        out.has_items = true;
    }
}

std::size_t items_running_at(const TimelineLaneIndex& lane, double day,
                             std::vector<std::uint32_t>* positions) {
    std::size_t count = 0;
    const std::size_t first_new = positions != nullptr ? positions->size() : 0;
    for (const TimelineEndClass& cls : lane.classes) {
        const auto started = first_at_or_after(cls.starts.begin(), cls.starts.end(), day);  // start >= day
        const std::size_t b = static_cast<std::size_t>(started - cls.starts.begin());
        if (cls.monotone) {
            const std::size_t a = static_cast<std::size_t>(
                first_after(cls.ends.begin(), cls.ends.end(), day) - cls.ends.begin());  // end > day
            if (a >= b) continue;
            count += b - a;
            if (positions != nullptr) {
                positions->insert(positions->end(), cls.positions.begin() + static_cast<std::ptrdiff_t>(a),
                                  cls.positions.begin() + static_cast<std::ptrdiff_t>(b));
            }
        } else {
            // start > day - max_length, else it ended by `day`.
            const std::size_t a = static_cast<std::size_t>(
                first_after(cls.starts.begin(), started, day - cls.max_length) - cls.starts.begin());
            for (std::size_t i = a; i < b; ++i) {
                if (static_cast<double>(cls.ends[i]) <= day) continue;
                ++count;
                if (positions != nullptr) positions->push_back(cls.positions[i]);
            }
        }
    }
    if (positions != nullptr && lane.classes.size() > 1) {
        std::sort(positions->begin() + static_cast<std::ptrdiff_t>(first_new), positions->end());
    }
    return count;
}

std::size_t items_starting_in(const TimelineLaneIndex& lane, double from, double to) {
    if (!(to > from)) return 0;
    const auto a = first_at_or_after(lane.starts.begin(), lane.starts.end(), from);
    const auto b = first_at_or_after(a, lane.starts.end(), to);
    return static_cast<std::size_t>(b - a);
}

bool adjacent_item(const TimelineIndex& index, TimelineSlot from, double day, int direction,
                   TimelineSlot& out) {
    const bool has_from =
        from.lane < index.lanes.size() && from.position < index.lanes[from.lane].items.size();
    const double from_start = has_from ? static_cast<double>(item_at(index, from).start) : day;
    bool found = false;
    double best_start = 0.0;
    for (std::size_t l = 0; l < index.lanes.size(); ++l) {
        const std::vector<std::int32_t>& starts = index.lanes[l].starts;
        const auto lane = static_cast<std::uint32_t>(l);
        std::size_t p = 0;  // candidate position
        if (direction > 0) {
            // First key after from: later lanes may share its start, earlier lanes must start later.
            if (has_from && lane == from.lane) {
                p = from.position + 1;
            } else if (has_from && lane < from.lane) {
                p = static_cast<std::size_t>(first_after(starts.begin(), starts.end(), from_start) -
                                             starts.begin());
            } else {
                p = static_cast<std::size_t>(first_at_or_after(starts.begin(), starts.end(), from_start) -
                                             starts.begin());
            }
            if (p >= starts.size()) continue;
            const double s = starts[p];
            if (!found || s < best_start) {  // ties keep the earlier lane
                found = true;
                best_start = s;
                out = TimelineSlot{lane, static_cast<std::uint32_t>(p)};
            }
        } else {
            std::size_t after = 0;  // one past the candidate
            if (has_from && lane == from.lane) {
                after = from.position;
            } else if (has_from && lane < from.lane) {
                after = static_cast<std::size_t>(first_after(starts.begin(), starts.end(), from_start) -
                                                 starts.begin());
            } else {
                after = static_cast<std::size_t>(first_at_or_after(starts.begin(), starts.end(), from_start) -
                                                 starts.begin());
            }
            if (after == 0) continue;
            p = after - 1;
            const double s = starts[p];
            if (!found || s >= best_start) {  // ties keep the later lane
                found = true;
                best_start = s;
                out = TimelineSlot{lane, static_cast<std::uint32_t>(p)};
            }
        }
    }
    return found;
}

}  // namespace pe

// Small hand-built datasets for the timeline tests: lanes, entities with dates of each
// precision, and links, with the index fields the timeline reads filled in by hand.
#pragma once

#include <cstdint>
#include <string>

#include "model/dataset.h"
#include "model/date.h"
#include "support/test_dates.h"
#include "timeline/timeline_layout.h"

namespace pe::timeline_test {

inline Date date_on_day(std::int64_t day) {
    return date_from_days(day);
}
// 2020-01-03: a multiple of 8, so cluster buckets of 1, 2, 4 or 8 days start on it.
inline constexpr std::int64_t kDay0 = 18264;

// A 1000 px canvas from kDay0 at `px_per_day`, with the sizes the tests' numbers assume
// (text measured by the estimate: 7 px per Latin character).
inline TimelineLayoutInput layout_input(double px_per_day, std::uint32_t max_rows) {
    TimelineLayoutInput in;
    in.axis = TimelineAxis{TimeWindow{static_cast<double>(kDay0), kDay0 + 1000.0 / px_per_day}, 0.0, 1000.0};
    in.params.row_height = 20.0f;
    in.params.lane_padding = 4.0f;
    in.params.lane_gap = 2.0f;
    in.params.point_radius = 4.0f;
    in.params.label_pad = 4.0f;
    in.params.item_gap = 6.0f;
    in.params.cluster_px = 32.0f;
    in.params.max_rows = max_rows;
    return in;
}

struct Builder {
    Dataset data;

    Builder& lane(const std::string& id) {
        data.lanes.push_back(Lane{id, {id + "_zh", id}});
        return *this;
    }
    std::uint32_t entity(const std::string& id, const std::string& lane, const std::string& name) {
        Entity e;
        e.id = id;
        e.type = "event";
        e.lane = lane;
        e.name = {name + "_zh", name};
        data.entities.push_back(e);
        return static_cast<std::uint32_t>(data.entities.size() - 1);
    }
    std::uint32_t at(const std::string& id, const std::string& lane, const std::string& name, Date start) {
        const std::uint32_t e = entity(id, lane, name);
        data.entities[e].time.has_start = true;
        data.entities[e].time.start = start;
        return e;
    }
    std::uint32_t point(const std::string& id, const std::string& lane, std::int64_t day,
                        const std::string& name = "") {
        return at(id, lane, name.empty() ? id : name, date_on_day(day));
    }
    std::uint32_t period(const std::string& id, const std::string& lane, Date start, Date end,
                         const std::string& name = "") {
        const std::uint32_t e = at(id, lane, name.empty() ? id : name, start);
        data.entities[e].time.has_end = true;
        data.entities[e].time.end = end;
        return e;
    }
    std::uint32_t ongoing(const std::string& id, const std::string& lane, Date start,
                          const std::string& name = "") {
        const std::uint32_t e = at(id, lane, name.empty() ? id : name, start);
        data.entities[e].time.open_end = true;
        return e;
    }
    void link(const std::string& from, const std::string& to, const std::string& relation) {
        data.links.push_back(Link{from, to, relation, {}});
    }
    Dataset build() {
        Dataset d = data;
        d.index.links_out.assign(d.entities.size(), {});
        d.index.links_in.assign(d.entities.size(), {});
        for (std::size_t i = 0; i < d.entities.size(); ++i) {
            d.index.entity_by_id[d.entities[i].id] = static_cast<std::uint32_t>(i);
        }
        for (std::size_t k = 0; k < d.links.size(); ++k) {
            d.index.links_out[d.index.entity_by_id.at(d.links[k].from)].push_back(
                static_cast<std::uint32_t>(k));
            d.index.links_in[d.index.entity_by_id.at(d.links[k].to)].push_back(static_cast<std::uint32_t>(k));
        }
        return d;
    }
};

}  // namespace pe::timeline_test

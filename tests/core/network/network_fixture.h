// Datasets for the network tests: a small hand-built one (entities, links, parks) with its
// index, the built-in dataset, and a colour per entity type for pictures. Header-only,
// tests only.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "load/dataset_loader.h"
#include "load/embedded_assets.h"
#include "model/dataset.h"
#include "model/dataset_index.h"
#include "network/network_graph.h"
#include "network/network_layout.h"

namespace pe::network_test {

struct Builder {
    Dataset data;

    std::uint32_t entity(const std::string& id, const std::string& type, const std::string& park = "") {
        Entity e;
        e.id = id;
        e.type = type;
        e.name = {id + "_zh", id};
        e.park_id = park;
        data.entities.push_back(e);
        return static_cast<std::uint32_t>(data.entities.size() - 1);
    }
    Builder& link(const std::string& from, const std::string& to, const std::string& relation) {
        data.links.push_back(Link{from, to, relation, {}});
        return *this;
    }
    // The dataset with its index built.
    Dataset done() {
        data.index = build_dataset_index(data.entities, data.links);
        return data;
    }
};

inline std::shared_ptr<const Dataset> builtin_dataset() {
    static const std::shared_ptr<const Dataset> dataset = load_dataset(embedded_dataset_json()).dataset;
    return dataset;
}

// Each component's bounding box in a layout.
inline std::vector<NetworkBounds> component_boxes(const NetworkGraph& g, const NetworkLayout& l) {
    std::vector<NetworkBounds> boxes(g.component_count);
    std::vector<bool> seen(g.component_count, false);
    for (std::uint32_t v = 0; v < g.node_count; ++v) {
        NetworkBounds& box = boxes[g.component[v]];
        if (!seen[g.component[v]]) box = NetworkBounds{l.x[v], l.y[v], l.x[v], l.y[v]};
        seen[g.component[v]] = true;
        box.min_x = std::min(box.min_x, l.x[v]);
        box.max_x = std::max(box.max_x, l.x[v]);
        box.min_y = std::min(box.min_y, l.y[v]);
        box.max_y = std::max(box.max_y, l.y[v]);
    }
    return boxes;
}

// Whether two boxes are at least `gap` apart along x or y.
inline bool boxes_apart(const NetworkBounds& a, const NetworkBounds& b, double gap) {
    return a.max_x + gap <= b.min_x + 1e-6 || b.max_x + gap <= a.min_x + 1e-6 ||
           a.max_y + gap <= b.min_y + 1e-6 || b.max_y + gap <= a.min_y + 1e-6;
}

// Twenty colours, one per entity type number (unknown types grey).
inline std::string type_colour(std::uint8_t type) {
    static const char* kColours[] = {"#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c",
                                     "#98df8a", "#d62728", "#ff9896", "#9467bd", "#c5b0d5",
                                     "#8c564b", "#c49c94", "#e377c2", "#f7b6d2", "#7f7f7f",
                                     "#c7c7c7", "#bcbd22", "#dbdb8d", "#17becf", "#9edae5"};
    return type < 20 ? kColours[type] : "#888888";
}

}  // namespace pe::network_test

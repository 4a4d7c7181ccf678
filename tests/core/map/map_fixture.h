// Shared inputs of the map tests: the built-in dataset and the embedded district outlines
// (each parsed once), and a small hand-made dataset builder with places and links.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "load/dataset_loader.h"
#include "load/embedded_assets.h"
#include "map/district_outlines.h"
#include "model/dataset.h"
#include "model/dataset_index.h"

namespace pe::map_test {

inline const Dataset& builtin_dataset() {
    static const std::shared_ptr<const Dataset> dataset = load_dataset(embedded_dataset_json()).dataset;
    return *dataset;
}

inline const DistrictOutlines& builtin_outlines() {
    static const DistrictOutlinesResult result = parse_district_outlines(embedded_district_outlines());
    return result.outlines;
}

inline std::uint32_t position(const Dataset& dataset, const std::string& id) {
    const auto found = find_entity_position(dataset, id);
    EXPECT_TRUE(found.has_value()) << id;
    return found.value_or(0);
}

struct Builder {
    Dataset data;

    Builder& entity(const std::string& id, const std::string& type, const std::string& zh,
                    Scope scope = Scope::Organisation) {
        Entity e;
        e.id = id;
        e.type = type;
        e.name = {zh, id};
        e.scope = scope;
        data.entities.push_back(e);
        return *this;
    }
    Builder& at(double lat, double lon, bool approximate = true) {
        data.entities.back().geo = GeoPoint{true, lat, lon, approximate};
        return *this;
    }
    Builder& link(const std::string& from, const std::string& to, const std::string& relation) {
        data.links.push_back(Link{from, to, relation, {}});
        return *this;
    }
    Dataset build() const {
        Dataset d = data;
        d.index = build_dataset_index(d.entities, d.links);
        return d;
    }
};

}  // namespace pe::map_test

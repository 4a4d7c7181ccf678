// Small hand-made graphs for the graph and pathway tests: entities by id and type, links
// by ends and relation, the indexes built as the loader builds them; and the built-in
// dataset loaded once.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>

#include "load/dataset_loader.h"
#include "load/embedded_assets.h"
#include "model/dataset.h"
#include "model/dataset_index.h"
#include "model/date.h"

namespace pe::graph_test {

struct GraphBuilder {
    Dataset data;

    GraphBuilder& entity(const std::string& id, const std::string& type = "policy") {
        Entity e;
        e.id = id;
        e.type = type;
        e.name = {id + "_zh", id};
        data.entities.push_back(e);
        return *this;
    }
    GraphBuilder& entities(const std::string& type, std::initializer_list<const char*> ids) {
        for (const char* id : ids) entity(id, type);
        return *this;
    }
    // With a start date "YYYY", "YYYY-MM" or "YYYY-MM-DD".
    GraphBuilder& dated(const std::string& id, const std::string& type, const std::string& date) {
        entity(id, type);
        data.entities.back().time.has_start = true;
        data.entities.back().time.start = parse_date(date).date;
        return *this;
    }
    GraphBuilder& link(std::string_view from, std::string_view to, const std::string& relation = "supports",
                       const std::string& quote = "") {
        Link l{from, to, relation, {}};
        if (!quote.empty()) l.sources.push_back(SourceRef{"source", quote});
        data.links.push_back(l);
        return *this;
    }
    Dataset build() const {
        Dataset d = data;
        d.index = build_dataset_index(d.entities, d.links);
        return d;
    }
};

inline std::uint32_t at(const Dataset& d, std::string_view id) {
    return d.index.entity_by_id.at(id);
}

inline const Dataset& builtin_dataset() {
    static const std::shared_ptr<const Dataset> dataset = [] {
        const LoadResult result = load_dataset(embedded_dataset_json());
        return result.dataset;
    }();
    return *dataset;
}

}  // namespace pe::graph_test

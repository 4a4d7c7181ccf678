// build_pathway_tracks: the track entities, their feeds (a Kahn order by id) and, per
// track, its `enables` and `part_of` links.
#include "pathway/pathway_tracks.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "model/entity_types.h"

namespace pe {
namespace {

bool is_relation(const GraphEdge& edge, std::string_view relation) {
    return edge.relation < kRelationTypes.size() && kRelationTypes[edge.relation] == relation;
}

// Tracks ordered by `feeds_into` between them, ties (and the rest of a cycle) by id.
std::vector<std::uint32_t> feed_order(const std::vector<std::uint32_t>& by_id,
                                      const std::vector<std::pair<std::uint32_t, std::uint32_t>>& feeds) {
    const std::size_t n = by_id.size();
    std::vector<std::uint32_t> waiting(n, 0);
    for (const auto& [from, to] : feeds) {
        if (from != to) ++waiting[to];
    }
    std::vector<std::uint8_t> placed(n, 0);
    std::vector<std::uint32_t> order;
    while (order.size() < n) {
        std::size_t pick = n;
        for (std::size_t k = 0; k < n && pick == n; ++k) {
            if (placed[k] == 0 && waiting[k] == 0) pick = k;  // by_id order: the smallest id
        }
        if (pick == n) {  // a cycle: the smallest id left goes first
            for (std::size_t k = 0; k < n && pick == n; ++k) {
                if (placed[k] == 0) pick = k;
            }
        }
        placed[pick] = 1;
        order.push_back(static_cast<std::uint32_t>(pick));
        for (const auto& [from, to] : feeds) {
            if (from == pick && from != to && waiting[to] > 0) --waiting[to];
        }
    }
    return order;
}

}  // namespace

PathwayTracks build_pathway_tracks(const Dataset& dataset, const GraphIndex& graph) {
    std::vector<std::uint32_t> by_id;
    for (std::uint32_t e = 0; e < graph.entity_count(); ++e) {
        if (dataset.entities[e].type == "track") by_id.push_back(e);
    }
    std::sort(by_id.begin(), by_id.end(), [&](std::uint32_t a, std::uint32_t b) {
        return dataset.entities[a].id < dataset.entities[b].id;
    });
    std::vector<int> rank_by_entity(graph.entity_count(), -1);
    for (std::size_t k = 0; k < by_id.size(); ++k) rank_by_entity[by_id[k]] = static_cast<int>(k);
    auto rank_of = [&](std::uint32_t entity) { return rank_by_entity[entity]; };

    std::vector<std::pair<std::uint32_t, std::uint32_t>> feeds_by_rank;
    std::vector<std::uint32_t> feed_links;
    for (std::size_t k = 0; k < by_id.size(); ++k) {
        const std::uint32_t e = by_id[k];
        for (std::uint32_t j = graph.offsets[e]; j < graph.offsets[e + 1]; ++j) {
            const GraphEdge& edge = graph.edges[j];
            const int other = rank_of(edge.other);
            if (edge.forward && other >= 0 && is_relation(edge, "feeds_into")) {
                feeds_by_rank.emplace_back(static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(other));
                feed_links.push_back(edge.link);
            }
        }
    }
    const std::vector<std::uint32_t> order = feed_order(by_id, feeds_by_rank);
    std::vector<std::uint32_t> position_of_rank(by_id.size(), 0);
    for (std::size_t p = 0; p < order.size(); ++p) position_of_rank[order[p]] = static_cast<std::uint32_t>(p);

    PathwayTracks result;
    for (const std::uint32_t rank : order) {
        PathwayTrack track;
        track.entity = by_id[rank];
        for (std::uint32_t j = graph.offsets[track.entity]; j < graph.offsets[track.entity + 1]; ++j) {
            const GraphEdge& edge = graph.edges[j];
            if (!edge.forward && is_relation(edge, "enables"))
                track.enablers.push_back({edge.other, edge.link});
            if (edge.forward && is_relation(edge, "part_of"))
                track.part_of.push_back({edge.other, edge.link});
        }
        auto by_link = [](const LinkedEntity& a, const LinkedEntity& b) { return a.link < b.link; };
        std::sort(track.enablers.begin(), track.enablers.end(), by_link);
        std::sort(track.part_of.begin(), track.part_of.end(), by_link);
        result.tracks.push_back(track);
    }
    for (std::size_t k = 0; k < feeds_by_rank.size(); ++k) {
        result.feeds.push_back(TrackFeed{position_of_rank[feeds_by_rank[k].first],
                                         position_of_rank[feeds_by_rank[k].second], feed_links[k]});
    }
    std::sort(result.feeds.begin(), result.feeds.end(),
              [](const TrackFeed& a, const TrackFeed& b) { return a.link < b.link; });
    return result;
}

int track_position(const PathwayTracks& tracks, std::uint32_t entity) {
    for (std::size_t k = 0; k < tracks.tracks.size(); ++k) {
        if (tracks.tracks[k].entity == entity) return static_cast<int>(k);
    }
    return -1;
}

}  // namespace pe

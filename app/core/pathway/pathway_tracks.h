// The pathway's lanes: the entities of type `track` in a fixed order, what enables each
// (`enables` links into it), what it is part of (`part_of`), and where one track feeds
// another (`feeds_into` between tracks). Read from the links; nothing about products here.
#pragma once

#include <cstdint>
#include <vector>

#include "graph/graph_index.h"
#include "model/dataset.h"

namespace pe {

// An entity beside something, with the link that puts it there (for its quote).
struct LinkedEntity {
    std::uint32_t entity = 0;  // index into Dataset::entities
    std::uint32_t link = 0;    // index into Dataset::links
};

struct PathwayTrack {
    std::uint32_t entity = 0;
    std::vector<LinkedEntity> enablers;  // X with "X enables track", by link index
    std::vector<LinkedEntity> part_of;   // X with "track part_of X", by link index
};

struct TrackFeed {
    std::uint32_t from = 0;  // index into PathwayTracks::tracks
    std::uint32_t to = 0;
    std::uint32_t link = 0;
};

struct PathwayTracks {
    std::vector<PathwayTrack> tracks;  // lanes, top to bottom
    std::vector<TrackFeed> feeds;      // by link index
};

// Track order: a track that feeds another comes before it (a topological order of
// `feeds_into` between tracks), ties and cycles by id. For the built-in data: IIT, then IND.
PathwayTracks build_pathway_tracks(const Dataset& dataset, const GraphIndex& graph);

// The position in `tracks` of the track entity, or -1.
int track_position(const PathwayTracks& tracks, std::uint32_t entity);

}  // namespace pe

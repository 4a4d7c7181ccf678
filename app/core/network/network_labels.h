// Which entity labels the network shows, and where: candidates in priority order (forced
// ones such as the selection first, then by importance), each tried right, left, below and
// above its node and kept only where it overlaps no label already placed, inside the
// viewport. Widths come from the caller (its font), so core needs no text measuring.
// No roles or culling here (network_frame.h).
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "model/dataset.h"
#include "model/language.h"
#include "network/network_camera.h"

namespace pe {

struct LabelCandidate {
    std::uint32_t entity = 0;
    double x = 0.0, y = 0.0;     // the node's centre, screen pixels
    double radius = 0.0;         // the node's radius, pixels
    std::uint32_t priority = 0;  // smaller first (e.g. 0 forced, then importance rank + 1)
};

struct LabelParams {
    double height = 16.0;                 // a label's height, pixels
    double gap = 3.0;                     // between the node and its label
    double pad = 2.0;                     // free space kept around each label
    std::uint32_t max_labels = 600;       // placement stops after this many
    std::uint32_t max_candidates = 1000;  // only the first this many (by priority) are tried
};

// A shown label: its rectangle in screen pixels (left, top, width, height).
struct PlacedLabel {
    std::uint32_t entity = 0;
    double left = 0.0, top = 0.0, width = 0.0, height = 0.0;
};

// A node's square that labels keep off (priority as for candidates: a label may cover the
// node of a less important entity when it finds no free place otherwise).
struct LabelObstacle {
    std::uint32_t entity = 0;
    double left = 0.0, top = 0.0, width = 0.0, height = 0.0;
    std::uint32_t priority = 0;
};

// Places labels greedily: candidates by (priority, entity); widths[entity] in pixels (a
// label with no width, or an entity past the end, is skipped). Each tries right, left, below
// and above its node, first where it covers no obstacle, then where it covers only the
// obstacles of less important entities (never its own node). Two placed rectangles, grown
// by `pad`, never overlap, and each lies inside the viewport.
std::vector<PlacedLabel> place_labels(std::vector<LabelCandidate> candidates,
                                      const std::vector<float>& widths, const NetworkViewport& viewport,
                                      const LabelParams& params = {},
                                      const std::vector<LabelObstacle>& obstacles = {});

// Each entity's name in `language` measured by `measure` (pixels), capped at `max_width`
// (the view shortens longer names to it).
std::vector<float> label_widths(const Dataset& dataset, Language language,
                                const std::function<float(std::string_view)>& measure, float max_width);

// Whether two labels' rectangles overlap (touching edges do not).
bool labels_overlap(const PlacedLabel& a, const PlacedLabel& b);

}  // namespace pe

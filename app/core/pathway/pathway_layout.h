// The pathway view's geometry, in pixels from the content's top-left corner: the track lanes
// (what enables them in a column on their left, what they are part of on their right, the
// `feeds_into` arrows between them) and below them the chosen product's journey: a marker per
// step along a line in order, its date above, its name in a box below, the regulators and
// places stacked under it; the product and its developer in the left column. A pure function
// of the model and of the text sizes the view measured (passed in as numbers); plus the hit
// test. No text, no colours here.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "model/dataset.h"
#include "pathway/pathway_model.h"

namespace pe {

inline constexpr std::uint32_t kNoPathwayLink = 0xFFFFFFFFu;

struct PathwaySize {
    float w = 0.0f;
    float h = 0.0f;
};

struct PathwayRect {
    float x0 = 0.0f;
    float y0 = 0.0f;
    float x1 = 0.0f;
    float y1 = 0.0f;
    bool contains(float x, float y) const { return x >= x0 && x <= x1 && y >= y0 && y <= y1; }
    bool overlaps(const PathwayRect& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
    float centre_x() const { return (x0 + x1) * 0.5f; }
    float centre_y() const { return (y0 + y1) * 0.5f; }
};

// The one-line captions the layout leaves room for (their widths are measured by the view).
enum class PathwayCaption : std::uint8_t {
    Tracks,
    EnabledBy,
    PartOf,
    Journey,
    DevelopedBy,
    FeedsInto,
    Count
};

// What the view measured. `labels` is per entity position: only the entities of
// pathway_label_entities(model) are read (a name block, wrapped as the view draws it).
struct PathwayMeasures {
    float line = 17.0f;   // one line of text
    float pad = 4.0f;     // inside a box, around its text
    float gap = 8.0f;     // between boxes
    float margin = 8.0f;  // around the content
    std::vector<PathwaySize> labels;
    std::vector<float> step_dates;  // per journey step: its date text's width
    std::array<float, static_cast<std::size_t>(PathwayCaption::Count)> captions{};
};

// The entities whose names the layout places (each once, ascending).
std::vector<std::uint32_t> pathway_label_entities(const PathwayModel& model);

enum class PathwayBoxKind : std::uint8_t {
    Track,          // a lane's name
    Enabler,        // "X enables track" (left column, once for all the tracks it enables)
    Parent,         // "track part_of X" (right column)
    Product,        // the journey's product (left column)
    Developer,      // "product developed_by X"
    ProductBeside,  // the product's own regulator or place
    Step,           // a milestone's name box
    Beside,         // a step's regulator or place
};

struct PathwayBox {
    PathwayBoxKind kind = PathwayBoxKind::Step;
    std::uint32_t entity = 0;
    std::uint32_t link = kNoPathwayLink;  // the link that puts it here (its quote), if any
    int step = -1;                        // Step and Beside: the journey step
    int track = -1;                       // Track: the lane
    std::uint8_t type = 0xFF;             // index into kEntityTypes, 0xFF when unknown
    PathwayRect rect;
};

enum class PathwayArrowKind : std::uint8_t {
    Enables,    // enabler -> lane
    FeedsInto,  // lane -> lane
    PartOf,     // lane -> parent
    Sequence,   // step -> next step, along the journey's line
    Beside,     // step -> its regulator or place (a plain line)
    ToTrack,    // step -> the lane it belongs to (dashed)
};

struct PathwayArrow {
    PathwayArrowKind kind = PathwayArrowKind::Sequence;
    float x0 = 0.0f, y0 = 0.0f, x1 = 0.0f, y1 = 0.0f;
    std::uint32_t link = kNoPathwayLink;  // the link it stands for, if one does
    std::uint32_t from = kNoEntity;       // the entities at its ends
    std::uint32_t to = kNoEntity;
    bool head = true;     // an arrow head at (x1, y1)
    bool dashed = false;  // no evidence: a step whose place is unknown, a step's lane
};

enum class PathwayTextKind : std::uint8_t { Caption, StepDate };

struct PathwayText {
    PathwayTextKind kind = PathwayTextKind::Caption;
    PathwayCaption caption = PathwayCaption::Tracks;  // Caption
    int step = -1;                                    // StepDate
    int feed = -1;                                    // the FeedsInto caption of that feed
    PathwayRect rect;
};

struct PathwayLaneBand {
    int track = 0;
    PathwayRect rect;
};

struct PathwayMarker {
    int step = 0;
    float x = 0.0f, y = 0.0f, r = 0.0f;
    bool hollow = false;  // its place in the order is not known (OrderBasis::Unknown)
};

struct PathwayLayout {
    float width = 0.0f;  // the content's size (at least the available width)
    float height = 0.0f;
    float axis_y = 0.0f;  // the journey's line
    std::vector<PathwayLaneBand> lanes;
    std::vector<PathwayBox> boxes;
    std::vector<PathwayArrow> arrows;
    std::vector<PathwayText> texts;
    std::vector<PathwayMarker> markers;
};

// Lanes stretch to `available_width`; the content is wider when the journey needs it.
PathwayLayout layout_pathway(const PathwayModel& model, const Dataset& dataset,
                             const PathwayMeasures& measures, float available_width);

enum class PathwayHitKind : std::uint8_t { None, Box, Marker, Arrow };

struct PathwayHit {
    PathwayHitKind kind = PathwayHitKind::None;
    std::uint32_t entity = kNoEntity;     // Box, Marker: the entity under the point
    std::uint32_t link = kNoPathwayLink;  // Box: the link that puts it there; Arrow: its link
    int box = -1;                         // Box, Marker: position in boxes (a marker's step box)
};

// What is under (x, y): a box (the last drawn first), else a step's marker, else an arrow
// that stands for a link, within `tolerance` pixels of it.
PathwayHit hit_test_pathway(const PathwayLayout& layout, float x, float y, float tolerance);

// The box of `entity` (the first, in drawing order), or -1.
int pathway_box_of(const PathwayLayout& layout, std::uint32_t entity);

}  // namespace pe

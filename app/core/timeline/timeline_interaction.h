// What a person's mouse and keys do to the timeline, as a pure function of the last frame's
// layout, the shown window and the selection: wheel zooms at the cursor, drag pans, a click
// selects (or on a cluster zooms into it), a double-click zooms to the item, keys step through
// events. The rules return an outcome; the caller applies it to its own state.
#pragma once

#include <cstdint>
#include <optional>

#include "model/dataset.h"
#include "timeline/timeline_axis.h"
#include "timeline/timeline_index.h"
#include "timeline/timeline_layout.h"

namespace pe {

struct TimelinePointer {
    bool inside = false;  // over the timeline canvas
    float x = 0.0f, y = 0.0f;
    float wheel = 0.0f;    // notches; positive: away from the user (zoom in)
    float drag_dx = 0.0f;  // pixels moved while the button is held this frame
    bool clicked = false;  // released without dragging
    bool double_clicked = false;
    bool shift = false;  // Shift held: a click on an item connects it to the selection
};

struct TimelineKeys {
    bool previous = false;  // Left: the event before the selection
    bool next = false;      // Right: the event after it
    bool zoom_in = false;   // +
    bool zoom_out = false;  // -
    bool fit = false;       // Home: everything
    bool clear = false;     // Escape: no selection
};

struct TimelineContext {
    const Dataset& dataset;
    const TimelineIndex& index;
    const TimelineLayout& layout;  // the frame the person is looking at
    TimelineAxis axis;             // the canvas and the current window
    AxisLimits limits;
    float fit_margin = 40.0f;            // pixels kept free around what a fit shows
    std::uint32_t selected = kNoEntity;  // the selected entity (dataset index), if any
};

// Connect: the clicked item becomes the second entity of "connect two things" (a Shift+click
// on an item other than the selection, when something is selected).
enum class TimelineSelection { Keep, Select, Clear, Connect };

// What the input asks for, relative to the context: a window that differs from the shown one,
// and a selection that differs from the current one. Empty when the input changes nothing.
struct TimelineOutcome {
    std::optional<TimeWindow> window;
    TimelineSelection selection = TimelineSelection::Keep;
    std::uint32_t entity = kNoEntity;  // with Select / Connect: the entity (dataset index)
};

inline constexpr double kKeyZoomFactor = 1.5;

TimelineOutcome decide_timeline_input(const TimelineContext& context, const TimelinePointer& pointer,
                                      const TimelineKeys& keys);

// Whether applying `outcome` changes the window or the selection.
bool changes_anything(const TimelineOutcome& outcome);

// The same span centred on `centre_day` (the overview strip and key steps move it so).
TimeWindow centred_window(const TimeWindow& window, double centre_day, const AxisLimits& limits);

// The window that shows `entity` (its span with the fit margin); false when it is not on
// the timeline.
bool window_for_entity(const TimelineContext& context, std::uint32_t entity, TimeWindow& window);

}  // namespace pe

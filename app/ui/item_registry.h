// A record of every ImGui item drawn in a frame (id, label, rectangle), fed by ImGui's
// test-engine hooks. Off by default (zero cost); the UI tests switch it on to find widgets
// by label and click them like a person would.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace pe {

struct RecordedItem {
    ImGuiID id = 0;
    ImVec2 min;
    ImVec2 max;
    std::string label;  // as given to the widget, "##" suffixes included
    ImVec2 center() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
};

// Switches recording on or off for the current ImGui context.
void set_item_recording(bool enabled);
// Forgets the items of earlier frames; call before ImGui::NewFrame.
void clear_recorded_items();
const std::vector<RecordedItem>& recorded_items();
// The last item drawn with exactly this label, or null.
const RecordedItem* find_recorded_item(std::string_view label);

// Adds the rectangle [min, max] of a canvas (a map marker, a pathway box) as an item labelled
// `label` that takes no input and no keyboard focus, so the tests and the page's item probe
// find it like any widget.
void add_probe_item(const std::string& label, ImVec2 min, ImVec2 max);

}  // namespace pe

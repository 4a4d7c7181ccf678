// Implements the item record (item_registry.h) and the hook functions ImGui calls when
// built with IMGUI_ENABLE_TEST_ENGINE.
#include "item_registry.h"

#include <imgui_internal.h>

#include <unordered_map>

namespace pe {

namespace {

struct Registry {
    std::vector<RecordedItem> items;
    std::unordered_map<ImGuiID, std::size_t> by_id;  // latest item with that id this frame
};

Registry& registry() {
    static Registry instance;
    return instance;
}

}  // namespace

void set_item_recording(bool enabled) {
    ImGui::GetCurrentContext()->TestEngineHookItems = enabled;
}

void clear_recorded_items() {
    registry().items.clear();
    registry().by_id.clear();
}

const std::vector<RecordedItem>& recorded_items() {
    return registry().items;
}

void add_probe_item(const std::string& label, ImVec2 min, ImVec2 max) {
    const ImGuiID id = ImGui::GetID(label.c_str());
    ImGui::ItemAdd(ImRect(min, max), id, nullptr, ImGuiItemFlags_NoNav);
    ImGuiContext& g = *ImGui::GetCurrentContext();  // the macro below reads `g`
    IMGUI_TEST_ENGINE_ITEM_INFO(id, label.c_str(), ImGuiItemStatusFlags_None);
}

const RecordedItem* find_recorded_item(std::string_view label) {
    const auto& items = registry().items;
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
        if (it->label == label) return &*it;
    }
    return nullptr;
}

}  // namespace pe

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    pe::RecordedItem item;
    item.id = id;
    item.min = bb.Min;
    item.max = bb.Max;
    auto& reg = pe::registry();
    reg.by_id[id] = reg.items.size();
    reg.items.push_back(item);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    auto& reg = pe::registry();
    const auto found = reg.by_id.find(id);
    if (found != reg.by_id.end() && label != nullptr) reg.items[found->second].label = label;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
    auto& reg = pe::registry();
    const auto found = reg.by_id.find(id);
    return found == reg.by_id.end() ? nullptr : reg.items[found->second].label.c_str();
}

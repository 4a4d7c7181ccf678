// A probe for the page's browser tests: where an ImGui item with a given label was drawn in the
// last frame (pe_item_rect), so a test clicks a widget by its label as a person would, whatever
// the layout. Records nothing until first asked; from then on ImGui's item hooks
// (item_registry.h) record each frame's items, forgotten at the start of the next frame.
// Only the page's JavaScript calls it, so there is no header.
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImGuiContextHook

#include <cstdio>

#include "item_registry.h"

namespace {

bool g_recording = false;
char g_rect_json[160];

void start_recording() {
    ImGuiContextHook hook;
    hook.Type = ImGuiContextHookType_NewFramePre;
    hook.Callback = [](ImGuiContext*, ImGuiContextHook*) { pe::clear_recorded_items(); };
    ImGui::AddContextHook(ImGui::GetCurrentContext(), &hook);
    pe::set_item_recording(true);
    g_recording = true;
}

}  // namespace

extern "C" {

// JSON {"x0","y0","x1","y1"} of the item labelled `label` (e.g. "##filter") in the last frame, in
// ImGui pixels (the canvas's backing-store pixels), or "" when it was not drawn. The first call
// switches recording on and answers "": ask again after a frame has been drawn.
EMSCRIPTEN_KEEPALIVE const char* pe_item_rect(const char* label) {
    g_rect_json[0] = 0;
    if (ImGui::GetCurrentContext() == nullptr || label == nullptr) return g_rect_json;
    if (!g_recording) {
        start_recording();
        return g_rect_json;
    }
    const pe::RecordedItem* item = pe::find_recorded_item(label);
    if (item == nullptr) return g_rect_json;
    std::snprintf(g_rect_json, sizeof(g_rect_json), R"({"x0":%.1f,"y0":%.1f,"x1":%.1f,"y1":%.1f})",
                  static_cast<double>(item->min.x), static_cast<double>(item->min.y),
                  static_cast<double>(item->max.x), static_cast<double>(item->max.y));
    return g_rect_json;
}

}  // extern "C"

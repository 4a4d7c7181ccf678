// Runs the real UI for tests without a GPU: an ImGui context with a built font atlas and no
// renderer, frames driven by hand, mouse input queued one change per frame (as ImGui 1.90
// processes it), and every drawn item recorded so a test can click it by label.
#pragma once

#include <imgui.h>

#include <string_view>

#include "app_ui.h"
#include "item_registry.h"
#include "load/embedded_assets.h"
#include "session/app_session.h"

namespace pe::testing {

// Mouse input one change per frame (ImGui 1.90 takes one input change per frame), with
// `frame()` drawing whatever the test draws: the whole app (UiHarness) or one view.
template <typename Frame>
void mouse_click(ImVec2 at, Frame&& frame) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(at.x, at.y);
    frame();
    io.AddMouseButtonEvent(0, true);
    frame();
    io.AddMouseButtonEvent(0, false);
    frame();
    frame();
}

template <typename Frame>
void mouse_drag(ImVec2 from, ImVec2 to, Frame&& frame) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(from.x, from.y);
    frame();
    io.AddMouseButtonEvent(0, true);
    frame();
    io.AddMousePosEvent(to.x, to.y);
    frame();
    io.AddMouseButtonEvent(0, false);
    frame();
}

template <typename Frame>
void mouse_wheel(ImVec2 at, float notches, Frame&& frame) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(at.x, at.y);
    frame();
    io.AddMouseWheelEvent(0.0f, notches);
    frame();
}

struct UiHarness {
    AppSession session;
    AppUi ui;

    explicit UiHarness(Language language = Language::En, float content_scale = 1.0f) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280.0f, 800.0f);
        io.DeltaTime = 1.0f / 60.0f;
        configure_ui(content_scale, 1.0f);
        unsigned char* pixels = nullptr;
        int width = 0;
        int height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
        set_item_recording(true);
        start_session(session, embedded_dataset_json(), embedded_ui_strings_json(), language);
    }
    ~UiHarness() { ImGui::DestroyContext(); }
    UiHarness(const UiHarness&) = delete;
    UiHarness& operator=(const UiHarness&) = delete;

    void frame() {
        clear_recorded_items();
        ImGui::NewFrame();
        draw_app(ui, session);
        ImGui::Render();
    }

    // Moves, presses and releases over the item's centre: four frames, as a person clicks.
    bool click(std::string_view label) {
        const RecordedItem* item = find_recorded_item(label);
        if (item == nullptr) return false;
        click_at(item->center());
        return true;
    }

    void click_at(ImVec2 at) {
        mouse_click(at, [this] { frame(); });
    }
    void drag(ImVec2 from, ImVec2 to) {
        mouse_drag(from, to, [this] { frame(); });
    }
    void wheel_at(ImVec2 at, float notches) {
        mouse_wheel(at, notches, [this] { frame(); });
    }

    void press(ImGuiKey key) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(key, true);
        frame();
        io.AddKeyEvent(key, false);
        frame();
    }

    void type(const char* text) {
        ImGui::GetIO().AddInputCharactersUTF8(text);
        frame();
        frame();
    }
};

}  // namespace pe::testing

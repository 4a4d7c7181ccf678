// Implements the page's text input bridge (web_text_input.h): the IME callback that moves and
// focuses web/text_input.js's <input>, and the functions that script calls.
#include "web_text_input.h"

#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImGuiInputTextState: the active field's text, for tests

#include <string>

namespace {

// window.peTextInput.follow: `visible` when a text field is active; the caret's top-left and
// line height in ImGui pixels, and ImGui's display size, which the script maps onto the canvas.
// clang-format off
EM_JS(void, page_text_input_follow, (int visible, double x, double y, double line_height, double display_width,
                                     double display_height), {
    if (window.peTextInput) window.peTextInput.follow(visible !== 0, x, y, line_height, display_width, display_height);
});
// clang-format on

void follow_ime(ImGuiViewport*, ImGuiPlatformImeData* data) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    page_text_input_follow(data->WantVisible ? 1 : 0, data->InputPos.x, data->InputPos.y,
                           data->InputLineHeight, display.x, display.y);
}

std::string g_active_text;
std::string g_pasted_text;  // the browser's last paste: what ImGui's Ctrl+V inserts

const char* pasted_text(void*) {
    return g_pasted_text.c_str();
}

}  // namespace

namespace pe {

void install_web_text_input() {
    ImGuiIO& io = ImGui::GetIO();
    io.SetPlatformImeDataFn = follow_ime;
    io.GetClipboardTextFn = pasted_text;
}

}  // namespace pe

extern "C" {

// Text the page's <input> received that GLFW did not deliver as key presses: composed text
// (compositionend), and text inserted without a key (insertText, paste). UTF-8.
EMSCRIPTEN_KEEPALIVE void pe_text_input_insert(const char* utf8) {
    if (utf8 == nullptr || *utf8 == 0 || ImGui::GetCurrentContext() == nullptr) return;
    ImGui::GetIO().AddInputCharactersUTF8(utf8);  // queued: the frame loop draws on queued input
}

// A paste shortcut's text (the paste event's clipboard data, UTF-8): ImGui's own Ctrl+V, which
// GLFW delivered just before, reads it as the clipboard when it is handled in the next frame.
EMSCRIPTEN_KEEPALIVE void pe_text_input_paste(const char* utf8) {
    g_pasted_text = utf8 != nullptr ? utf8 : "";
}

// The text in the active ImGui text field as UTF-8, or "" when none is active (for the page's
// tests: what arrived, exactly once). Valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* pe_text_input_active_text() {
    g_active_text.clear();
    const ImGuiContext* context = ImGui::GetCurrentContext();
    if (context == nullptr) return g_active_text.c_str();
    const ImGuiInputTextState& state = context->InputTextState;
    if (context->ActiveId == 0 || state.ID != context->ActiveId || state.TextW.Size == 0)
        return g_active_text.c_str();
    const int length = state.CurLenW;
    g_active_text.resize(static_cast<std::size_t>(length) * 4 + 1);
    const int bytes = ImTextStrToUtf8(g_active_text.data(), static_cast<int>(g_active_text.size()),
                                      state.TextW.Data, state.TextW.Data + length);
    g_active_text.resize(static_cast<std::size_t>(bytes));
    return g_active_text.c_str();
}

}  // extern "C"

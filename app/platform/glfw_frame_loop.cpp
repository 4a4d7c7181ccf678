// Implements the shared GLFW + OpenGL frame loop (glfw_frame_loop.h).
#include "glfw_frame_loop.h"

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>  // InputEventsQueue: whether input is waiting for a frame

#include <algorithm>
#include <chrono>
#include <string>

#if defined(__EMSCRIPTEN__)
#include <GLES3/gl3.h>
#else
#define GLFW_INCLUDE_NONE
#endif
#include <GLFW/glfw3.h>
#if !defined(__EMSCRIPTEN__)
#include <GL/gl.h>
#endif

#include "layout_persistence.h"
#include "settings_store.h"

namespace pe {

namespace {

void read_framebuffer(FrameLoop& loop) {
    int window_width = 0;
    int window_height = 0;
    glfwGetWindowSize(loop.window, &window_width, &window_height);
    glfwGetFramebufferSize(loop.window, &loop.framebuffer_width, &loop.framebuffer_height);
    loop.framebuffer_scale =
        window_width > 0 ? static_cast<float>(loop.framebuffer_width) / static_cast<float>(window_width)
                         : 1.0f;
}

}  // namespace

bool init_frame_loop(FrameLoop& loop, GLFWwindow* window, const char* glsl_version, float content_scale) {
    loop.window = window;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // kept by settings_store.h instead: safely natively, localStorage on the web
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    register_layout_settings(loop.ui, loop.session);
    const std::string saved = load_settings_text();
    if (!saved.empty()) ImGui::LoadIniSettingsFromMemory(saved.c_str(), saved.size());
    if (!ImGui_ImplGlfw_InitForOpenGL(window, true)) return false;
    if (!ImGui_ImplOpenGL3_Init(glsl_version)) return false;
    read_framebuffer(loop);
    loop.content_scale = content_scale;
    const auto fonts_start = std::chrono::steady_clock::now();
    configure_ui(loop.content_scale, loop.framebuffer_scale);
    loop.fonts_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - fonts_start).count();
    return true;
}

void set_content_scale(FrameLoop& loop, float content_scale) {
    read_framebuffer(loop);
    loop.content_scale = content_scale;
    configure_ui(loop.content_scale, loop.framebuffer_scale);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    loop.external_change = true;
}

FramePacingDecision pace_frame(FrameLoop& loop, double now) {
    const int old_width = loop.framebuffer_width;
    const int old_height = loop.framebuffer_height;
    read_framebuffer(loop);
    FramePacingInput input;
    input.input_events_pending = ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
    input.display_changed = old_width != loop.framebuffer_width || old_height != loop.framebuffer_height;
    input.data_changed = loop.external_change;
    input.text_input_active = ImGui::GetIO().WantTextInput;
    input.animation_running = loop.ui.wants_frames;
    if (input.input_events_pending || input.display_changed || input.data_changed) {
        loop.last_change_time = now;
        loop.frames_since_change = 0;
    }
    input.seconds_since_last_change = now - loop.last_change_time;
    input.seconds_since_last_draw = now - loop.last_draw_time;
    input.frames_since_last_change = loop.frames_since_change;
    return decide_frame(input);
}

void draw_frame(FrameLoop& loop, double now) {
    const auto cpu_start = std::chrono::steady_clock::now();
    loop.external_change = false;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    const Language language_before = loop.session.state.language;
    draw_app(loop.ui, loop.session);
    ImGui::Render();
    glViewport(0, 0, loop.framebuffer_width, loop.framebuffer_height);
    glClearColor(0.08f, 0.09f, 0.11f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    const double cpu_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - cpu_start).count();
    glfwSwapBuffers(loop.window);

    // The frame's own cost: the slice of background work a view ran in it (the network's
    // incremental layout, budgeted to half the frame interval) is not the cost of drawing.
    record_frame(loop.session.frames, std::max(0.0, cpu_ms - loop.ui.background_ms));
    loop.session.first_frame_drawn = true;
    loop.last_draw_time = now;
    ++loop.frames_since_change;
    // A language switch relayouts every text: give it the settle frames of a change.
    if (loop.session.state.language != language_before) loop.external_change = true;
    if (ImGui::GetIO().WantSaveIniSettings) save_settings(loop);
}

void save_settings(FrameLoop&) {
    if (ImGui::GetCurrentContext() == nullptr) return;
    store_settings_text(ImGui::SaveIniSettingsToMemory());
    ImGui::GetIO().WantSaveIniSettings = false;
}

void shutdown_frame_loop(FrameLoop& loop) {
    save_settings(loop);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    loop.window = nullptr;
}

}  // namespace pe

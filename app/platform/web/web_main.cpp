// The web page's program: GLFW (Emscripten's JS implementation) on a WebGL2 canvas that this
// file sizes in device pixels, and a requestAnimationFrame loop that draws only when core's
// decide_frame says so. The page API behind window.explorer is in web_page_api.cpp; the
// WebGL state cache in webgl_state_cache.cpp.
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>

#include "glfw_frame_loop.h"
#include "load/embedded_assets.h"
#include "session/launch_options.h"
#include "ui_fonts.h"
#include "web_page_api.h"
#include "web_text_input.h"
#include "webgl_state_cache.h"

namespace {

constexpr const char* kCanvas = "#canvas";
pe::FrameLoop g_loop;  // the program's one frame loop; the page API reaches it too

struct CanvasSize {
    int width = 1;
    int height = 1;
    double pixel_ratio = 1.0;
};

// The canvas's CSS size (it fills the window) times devicePixelRatio: crisp on HiDPI.
CanvasSize wanted_canvas_size() {
    double css_width = 0.0;
    double css_height = 0.0;
    emscripten_get_element_css_size(kCanvas, &css_width, &css_height);
    CanvasSize size;
    size.pixel_ratio = emscripten_get_device_pixel_ratio();
    if (!(size.pixel_ratio > 0.0)) size.pixel_ratio = 1.0;
    size.width = std::max(1, static_cast<int>(std::lround(css_width * size.pixel_ratio)));
    size.height = std::max(1, static_cast<int>(std::lround(css_height * size.pixel_ratio)));
    return size;
}

void follow_canvas_size() {
    const CanvasSize wanted = wanted_canvas_size();
    int width = 0;
    int height = 0;
    glfwGetWindowSize(g_loop.window, &width, &height);
    if (width != wanted.width || height != wanted.height)
        glfwSetWindowSize(g_loop.window, wanted.width, wanted.height);
    const auto ratio = static_cast<float>(wanted.pixel_ratio);
    if (ratio != g_loop.content_scale) pe::set_content_scale(g_loop, ratio);
    g_loop.session.device_pixel_ratio = wanted.pixel_ratio;
}

void tick() {
    follow_canvas_size();
    const double now = emscripten_get_now() / 1000.0;
    if (!pe::pace_frame(g_loop, now).draw) return;
    const pe::PageFrame frame = pe::begin_page_frame();
    if (frame.first) pe::mark_startup_phase("first-frame-start");
    if (frame.shows_handed_data) pe::mark_startup_phase("data-frame-start");
    pe::draw_frame(g_loop, now);
    if (frame.first) pe::mark_startup_phase("first-frame-end");
    pe::end_page_frame(frame);
}

}  // namespace

int main(int argc, char** argv) {
    pe::mark_startup_phase("main");
    pe::connect_page_api(g_loop);
    const pe::LaunchOptions options =
        pe::parse_launch_options(std::vector<std::string>(argv + 1, argv + argc));
    if (!glfwInit()) {
        pe::notify_page_failure("GLFW could not start");
        return 1;
    }
    const CanvasSize size = wanted_canvas_size();
    // ImGui draws 2D triangles over an opaque clear: no depth, stencil or alpha channel, which
    // Emscripten's GLFW would otherwise ask WebGL for (24/8/8 bits). Less for the GPU to clear
    // and the compositor to blend on every frame. web/explorer.js already created the canvas's
    // context with these attributes (its WebGL2 check): GLFW gets that one back.
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    glfwWindowHint(GLFW_ALPHA_BITS, 0);
    GLFWwindow* window = glfwCreateWindow(size.width, size.height, "Policy Explorer", nullptr, nullptr);
    if (window == nullptr) {
        pe::notify_page_failure("WebGL2 context could not be created");
        return 1;
    }
    glfwMakeContextCurrent(window);
    pe::mark_startup_phase("window");
    pe::install_webgl_state_cache();
    pe::start_session(g_loop.session, pe::embedded_dataset_json(), pe::embedded_ui_strings_json(),
                      pe::Language::En);
    for (const std::string& error : pe::apply_launch_commands(g_loop.session, options))  // --lang
        std::fprintf(stderr, "policy-explorer: %s\n", error.c_str());
    pe::mark_startup_phase("session");
    g_loop.session.device_pixel_ratio = size.pixel_ratio;
    if (!pe::init_frame_loop(g_loop, window, "#version 300 es", static_cast<float>(size.pixel_ratio))) {
        pe::notify_page_failure("the renderer could not start");
        return 1;
    }
    pe::mark_startup_phase("imgui");
    pe::mark_startup_phase("fonts-ms", g_loop.fonts_ms);
    pe::mark_startup_phase(pe::ui_fonts_baked() ? "fonts-baked" : "fonts-rasterised");
    pe::install_web_text_input();  // the page's <input> for IME text (web/text_input.js)
    emscripten_set_main_loop(tick, 0, false);
    tick();  // the first frame now, not one animation frame later
    return 0;
}

// The web page's program: GLFW (Emscripten's JS implementation) on a WebGL2 canvas that
// this file sizes in device pixels, a requestAnimationFrame loop that draws only when core's
// decide_frame says so, and the functions behind window.explorer (web/explorer.js).
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>

#include "embedded_assets.h"
#include "explorer_status.h"
#include "glfw_frame_loop.h"
#include "launch_options.h"

namespace {

constexpr const char* kCanvas = "#canvas";
pe::FrameLoop g_loop;
std::string g_status_json;

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

// Page glue callbacks (web/explorer.js sets them on Module).
EM_JS(void, notify_page_ready, (), {
    if (Module.onExplorerReady) Module.onExplorerReady();
});
EM_JS(void, notify_page_failure, (const char* what), {
    if (Module.onExplorerFailure) Module.onExplorerFailure(UTF8ToString(what));
});

void tick() {
    follow_canvas_size();
    const double now = emscripten_get_now() / 1000.0;
    if (!pe::pace_frame(g_loop, now).draw) return;
    const bool was_ready = g_loop.session.first_frame_drawn;
    pe::draw_frame(g_loop, now);
    if (!was_ready) notify_page_ready();
}

void report_startup_failure(const char* what) {
    notify_page_failure(what);
}

}  // namespace

extern "C" {

// JSON text of window.explorer.state(); valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* pe_state_json() {
    g_status_json = pe::explorer_status_json(pe::session_status(g_loop.session));
    return g_status_json.c_str();
}

// window.explorer.select(id): 1 when the id exists (or is empty, which clears), else 0.
EMSCRIPTEN_KEEPALIVE int pe_select(const char* id) {
    if (!g_loop.session.dataset) return 0;
    const bool selected = pe::select_entity(g_loop.session.state, *g_loop.session.dataset, id ? id : "");
    if (selected) g_loop.external_change = true;
    return selected ? 1 : 0;
}

// window.explorer.setLanguage(code): 1 when the code names zh or en.
EMSCRIPTEN_KEEPALIVE int pe_set_language(const char* code) {
    pe::Language language = pe::Language::En;
    if (code == nullptr || !pe::parse_language(code, language)) return 0;
    g_loop.session.state.language = language;
    g_loop.external_change = true;
    return 1;
}

}  // extern "C"

int main(int argc, char** argv) {
    const pe::LaunchOptions options =
        pe::parse_launch_options(std::vector<std::string>(argv + 1, argv + argc));
    if (!glfwInit()) {
        report_startup_failure("GLFW could not start");
        return 1;
    }
    const CanvasSize size = wanted_canvas_size();
    GLFWwindow* window = glfwCreateWindow(size.width, size.height, "Policy Explorer", nullptr, nullptr);
    if (window == nullptr) {
        report_startup_failure("WebGL2 context could not be created");
        return 1;
    }
    glfwMakeContextCurrent(window);
    pe::start_session(g_loop.session, pe::embedded_dataset_json(), pe::embedded_ui_strings_json(),
                      options.has_language ? options.language : pe::Language::En);
    g_loop.session.device_pixel_ratio = size.pixel_ratio;
    if (!pe::init_frame_loop(g_loop, window, "#version 300 es", static_cast<float>(size.pixel_ratio))) {
        report_startup_failure("the renderer could not start");
        return 1;
    }
    emscripten_set_main_loop(tick, 0, false);
    return 0;
}

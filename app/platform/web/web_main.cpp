// The web page's program: GLFW (Emscripten's JS implementation) on a WebGL2 canvas that
// this file sizes in device pixels, a requestAnimationFrame loop that draws only when core's
// decide_frame says so, and the functions behind window.explorer (web/explorer.js), including
// loading another dataset that the page downloaded (?data=URL, explorer.loadDataset).
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>

#include "glfw_frame_loop.h"
#include "load/dataset_loader.h"
#include "load/embedded_assets.h"
#include "session/explorer_status.h"
#include "session/launch_options.h"
#include "web_text_input.h"

namespace {

constexpr const char* kCanvas = "#canvas";
pe::FrameLoop g_loop;
std::string g_status_json;
// Set when the page handed over a dataset (or a download error): the page is told once the
// frame showing it has been drawn, which is when its time to first frame ends.
bool g_data_frame_pending = false;

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
EM_JS(void, notify_page_data_drawn, (), {
    if (Module.onExplorerDataDrawn) Module.onExplorerDataDrawn();
});

// ImGui's OpenGL3 backend saves and restores GL state around every frame with glGetIntegerv.
// In WebGL some of those reads (SCISSOR_BOX, the blend factors and equations, ACTIVE_TEXTURE)
// are synchronous round trips to the GPU process that wait for all queued drawing: measured
// 27 ms of a 30 ms frame in headless Chromium (SwiftShader), whatever the data. Nothing else
// uses this context, so this answers those reads from the values last set through it (the
// first read of each asks WebGL once); every other query goes to WebGL as before.
// clang-format off
EM_JS(void, install_gl_state_cache, (), {
    var gl = GLctx;
    if (!gl || gl.peStateCache) return;
    var cache = gl.peStateCache = {};
    var SCISSOR_BOX = 0x0C10, ACTIVE_TEXTURE = 0x84E0;
    var BLEND_SRC_RGB = 0x80C9, BLEND_DST_RGB = 0x80C8, BLEND_SRC_ALPHA = 0x80CB, BLEND_DST_ALPHA = 0x80CA;
    var BLEND_EQUATION_RGB = 0x8009, BLEND_EQUATION_ALPHA = 0x883D;
    var cached = [SCISSOR_BOX, ACTIVE_TEXTURE, BLEND_SRC_RGB, BLEND_DST_RGB, BLEND_SRC_ALPHA, BLEND_DST_ALPHA,
                  BLEND_EQUATION_RGB, BLEND_EQUATION_ALPHA];
    function wrap(name, record) {
        var original = gl[name];
        gl[name] = function () { record.apply(null, arguments); return original.apply(gl, arguments); };
    }
    wrap('scissor', function (x, y, w, h) { cache[SCISSOR_BOX] = new Int32Array([x, y, w, h]); });
    wrap('activeTexture', function (unit) { cache[ACTIVE_TEXTURE] = unit; });
    wrap('blendFunc', function (src, dst) {
        cache[BLEND_SRC_RGB] = cache[BLEND_SRC_ALPHA] = src; cache[BLEND_DST_RGB] = cache[BLEND_DST_ALPHA] = dst;
    });
    wrap('blendFuncSeparate', function (srcRgb, dstRgb, srcAlpha, dstAlpha) {
        cache[BLEND_SRC_RGB] = srcRgb; cache[BLEND_DST_RGB] = dstRgb;
        cache[BLEND_SRC_ALPHA] = srcAlpha; cache[BLEND_DST_ALPHA] = dstAlpha;
    });
    wrap('blendEquation', function (mode) { cache[BLEND_EQUATION_RGB] = cache[BLEND_EQUATION_ALPHA] = mode; });
    wrap('blendEquationSeparate', function (rgb, alpha) { cache[BLEND_EQUATION_RGB] = rgb; cache[BLEND_EQUATION_ALPHA] = alpha; });
    var getParameter = gl.getParameter;
    gl.getParameter = function (name) {
        if (cached.indexOf(name) < 0) return getParameter.call(gl, name);
        if (!(name in cache)) cache[name] = getParameter.call(gl, name);
        return cache[name];
    };
    // A lost and restored context starts from defaults again: ask WebGL afresh.
    gl.canvas.addEventListener('webglcontextrestored', function () { cached.forEach(function (n) { delete cache[n]; }); });
});
// clang-format on

void tick() {
    follow_canvas_size();
    const double now = emscripten_get_now() / 1000.0;
    if (!pe::pace_frame(g_loop, now).draw) return;
    const bool was_ready = g_loop.session.first_frame_drawn;
    const bool data_frame = g_data_frame_pending;
    g_data_frame_pending = false;
    pe::draw_frame(g_loop, now);
    if (!was_ready) notify_page_ready();
    if (data_frame) notify_page_data_drawn();
}

void report_startup_failure(const char* what) {
    notify_page_failure(what);
}

}  // namespace

extern "C" {

// JSON text of window.explorer.state(); valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* pe_state_json() {
    pe::ExplorerStatus status = pe::session_status(g_loop.session);
    if (g_loop.ui.models.built) status.shown_count = g_loop.ui.models.shown.rows.size();
    g_status_json = pe::explorer_status_json(status);
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

// window.explorer.setView(name): 1 when the name is a view ("entities" or "figures").
EMSCRIPTEN_KEEPALIVE int pe_set_view(const char* name) {
    if (name == nullptr || !pe::set_view(g_loop.session.state, name)) return 0;
    g_loop.external_change = true;
    return 1;
}

// The page is being hidden or closed: keep the layout now (ImGui would save it a few
// seconds after a change, and an idle page draws no frames to get there).
EMSCRIPTEN_KEEPALIVE void pe_save_settings() {
    pe::save_settings(g_loop);
}

// window.explorer.setTheme(name): 1 when the name is "dark" or "light".
EMSCRIPTEN_KEEPALIVE int pe_set_theme(const char* name) {
    pe::Theme theme = pe::Theme::Dark;
    if (name == nullptr || !pe::parse_theme(name, theme)) return 0;
    g_loop.session.state.theme = theme;
    g_loop.external_change = true;
    return 1;
}

// window.explorer.loadDataset and ?data=URL hand a dataset over in chunks, as it downloads:
// begin, feed (each chunk is copied out of the page's staging buffer before it returns),
// finish. Only the loader's current item and the document's skeleton are kept as text, so
// the page needs the memory of the Dataset, not of its text as well.
std::unique_ptr<pe::DatasetLoadStream> g_stream;
std::string g_stream_origin;

void show_load_outcome() {
    g_loop.external_change = true;  // draw the new data, or the banner with the errors
    g_data_frame_pending = true;
}

// 1: go on feeding. 0: refused before reading (over the size limit, when `expected_bytes`
// is known, i.e. not negative); the session holds the error and keeps its dataset.
EMSCRIPTEN_KEEPALIVE int pe_stream_begin(const char* origin, double expected_bytes) {
    g_stream = std::make_unique<pe::DatasetLoadStream>();
    g_stream_origin = origin != nullptr && *origin != 0 ? origin : "<data>";
    if (expected_bytes >= 0 && !g_stream->expect_size(static_cast<std::uint64_t>(expected_bytes))) {
        pe::take_load_result(g_loop.session, g_stream->finish(), g_stream_origin);
        g_stream.reset();
        show_load_outcome();
        return 0;
    }
    return 1;
}

EMSCRIPTEN_KEEPALIVE void pe_stream_feed(const char* bytes, int length) {
    if (g_stream != nullptr && bytes != nullptr && length > 0) {
        g_stream->feed(std::string_view(bytes, static_cast<std::size_t>(length)));
    }
}

// 1 when the dataset was replaced; 0 when it was not (every error is in the session).
EMSCRIPTEN_KEEPALIVE int pe_stream_finish() {
    if (g_stream == nullptr) return 0;
    const bool loaded = pe::take_load_result(g_loop.session, g_stream->finish(), g_stream_origin);
    g_stream.reset();
    show_load_outcome();
    return loaded ? 1 : 0;
}

// The download broke off: what was read is dropped, the dataset stays.
EMSCRIPTEN_KEEPALIVE void pe_stream_cancel() {
    g_stream.reset();
}

// ?data=URL could not be downloaded (HTTP or network error): the page's message, shown in the
// same banner as load errors ("ORIGIN: message"); the dataset stays.
EMSCRIPTEN_KEEPALIVE void pe_report_load_error(const char* origin, const char* message) {
    g_loop.session.load_errors.assign(
        1, std::string(origin != nullptr ? origin : "<data>") + ": " + (message != nullptr ? message : ""));
    g_loop.external_change = true;
    g_data_frame_pending = true;
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
    // ImGui draws 2D triangles over an opaque clear: no depth, stencil or alpha channel, which
    // Emscripten's GLFW would otherwise ask WebGL for (24/8/8 bits). Less for the GPU to clear
    // and the compositor to blend on every frame.
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    glfwWindowHint(GLFW_ALPHA_BITS, 0);
    GLFWwindow* window = glfwCreateWindow(size.width, size.height, "Policy Explorer", nullptr, nullptr);
    if (window == nullptr) {
        report_startup_failure("WebGL2 context could not be created");
        return 1;
    }
    glfwMakeContextCurrent(window);
    install_gl_state_cache();
    pe::start_session(g_loop.session, pe::embedded_dataset_json(), pe::embedded_ui_strings_json(),
                      options.has_language ? options.language : pe::Language::En);
    g_loop.session.device_pixel_ratio = size.pixel_ratio;
    if (!pe::init_frame_loop(g_loop, window, "#version 300 es", static_cast<float>(size.pixel_ratio))) {
        report_startup_failure("the renderer could not start");
        return 1;
    }
    pe::install_web_text_input();  // the page's <input> for IME text (web/text_input.js)
    emscripten_set_main_loop(tick, 0, false);
    return 0;
}

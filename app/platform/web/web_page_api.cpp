// Implements the page API (web_page_api.h): the EMSCRIPTEN_KEEPALIVE pe_* exports that
// web/explorer.js calls, and the Module.onExplorer* callbacks it sets. Commands (select,
// language, theme, view) go through core's apply_command, as the desktop command line's do.
//
// [SECTION] Page API state
// [SECTION] Calls into the page
// [SECTION] State and commands
// [SECTION] Dataset handed over in chunks
#include "web_page_api.h"

#include <emscripten/emscripten.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "glfw_frame_loop.h"
#include "load/dataset_loader.h"
#include "session/explorer_status.h"
#include "session/session_command.h"

//-----------------------------------------------------------------------------
// [SECTION] Page API state
//-----------------------------------------------------------------------------

namespace {

struct PageApiState {
    pe::FrameLoop* loop = nullptr;  // null until connect_page_api: every call answers "no"
    std::string status_json;        // pe_state_json's last answer, valid until the next call
    // Set when the page handed over a dataset (or a download error): the page is told once the
    // frame showing it has been drawn, which is when its time to first frame ends.
    bool data_frame_pending = false;
    // The dataset being handed over (pe_stream_*), and the name its errors carry.
    std::unique_ptr<pe::DatasetLoadStream> stream;
    std::string stream_origin;
};

PageApiState g_page;

// The next frame shows what changed from outside ImGui; with `data`, the page is told when
// that frame is drawn.
void show_change(bool data) {
    g_page.loop->external_change = true;
    if (data) g_page.data_frame_pending = true;
}

// A command from the page: 1 when applied (and drawn next frame), else 0, nothing changed.
int page_command(pe::CommandKind kind, const char* argument) {
    if (g_page.loop == nullptr || argument == nullptr) return 0;
    if (pe::apply_command(g_page.loop->session, {kind, argument}) != pe::CommandResult::Applied) return 0;
    show_change(false);
    return 1;
}

}  // namespace

void pe::connect_page_api(FrameLoop& loop) {
    g_page.loop = &loop;
}

//-----------------------------------------------------------------------------
// [SECTION] Calls into the page
//-----------------------------------------------------------------------------

namespace {

// Page glue callbacks (web/explorer.js sets them on Module).
EM_JS(void, page_ready_js, (), {
    if (Module.onExplorerReady) Module.onExplorerReady();
});
EM_JS(void, page_failure_js, (const char* what), {
    if (Module.onExplorerFailure) Module.onExplorerFailure(UTF8ToString(what));
});
EM_JS(void, page_startup_phase_js, (const char* phase, double ms), {
    if (Module.onStartupPhase) Module.onStartupPhase(UTF8ToString(phase), ms);
});
EM_JS(void, page_data_drawn_js, (), {
    if (Module.onExplorerDataDrawn) Module.onExplorerDataDrawn();
});

}  // namespace

namespace pe {

PageFrame begin_page_frame() {
    PageFrame frame;
    frame.first = g_page.loop != nullptr && !g_page.loop->session.first_frame_drawn;
    frame.shows_handed_data = g_page.data_frame_pending;
    g_page.data_frame_pending = false;
    return frame;
}

void end_page_frame(const PageFrame& frame) {
    if (frame.first) page_ready_js();
    if (frame.shows_handed_data) page_data_drawn_js();
}

void notify_page_failure(const char* what) {
    page_failure_js(what);
}

void mark_startup_phase(const char* phase, double ms) {
    page_startup_phase_js(phase, ms);
}

}  // namespace pe

extern "C" {

//-----------------------------------------------------------------------------
// [SECTION] State and commands
//-----------------------------------------------------------------------------

// JSON text of window.explorer.state(); valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* pe_state_json() {
    if (g_page.loop == nullptr) return "{}";
    pe::refresh_links(g_page.loop->session);
    pe::ExplorerStatus status = pe::session_status(g_page.loop->session);
    if (g_page.loop->ui.models.built) status.shown_count = g_page.loop->ui.models.shown.rows.size();
    const pe::NetworkViewLayout& network = g_page.loop->ui.network.layout;
    if (network.built && network.run.finished &&
        network.generation == g_page.loop->session.dataset_generation) {
        status.network_layout_hash = pe::hex_hash(network.hash);  // kept when the run finished
    }
    g_page.status_json = pe::explorer_status_json(status);
    return g_page.status_json.c_str();
}

// window.explorer.select(id): 1 when the id exists (or is empty, which clears), else 0.
EMSCRIPTEN_KEEPALIVE int pe_select(const char* id) {
    return page_command(pe::CommandKind::Select, id != nullptr ? id : "");
}

// window.explorer.setLanguage(code): 1 when the code names zh or en.
EMSCRIPTEN_KEEPALIVE int pe_set_language(const char* code) {
    return page_command(pe::CommandKind::Language, code);
}

// window.explorer.setView(name): 1 when the name is a main view ("timeline", "network",
// "map" or "pathway").
EMSCRIPTEN_KEEPALIVE int pe_set_view(const char* name) {
    return page_command(pe::CommandKind::View, name);
}

// window.explorer.setTab(name): 1 when the name is a lower tab ("entities" or "figures").
EMSCRIPTEN_KEEPALIVE int pe_set_tab(const char* name) {
    return page_command(pe::CommandKind::Tab, name);
}

// window.explorer.setFocus(hops): 1 when hops is 0 (off) to 3.
EMSCRIPTEN_KEEPALIVE int pe_set_focus(const char* hops) {
    return page_command(pe::CommandKind::Focus, hops);
}

// window.explorer.connect(id): 1 when the id exists (or is empty, which ends the connection).
EMSCRIPTEN_KEEPALIVE int pe_connect(const char* id) {
    return page_command(pe::CommandKind::Connect, id != nullptr ? id : "");
}

// window.explorer.setTheme(name): 1 when the name is "dark" or "light".
EMSCRIPTEN_KEEPALIVE int pe_set_theme(const char* name) {
    return page_command(pe::CommandKind::Theme, name);
}

// The page is being hidden or closed: keep the layout now (ImGui would save it a few
// seconds after a change, and an idle page draws no frames to get there).
EMSCRIPTEN_KEEPALIVE void pe_save_settings() {
    if (g_page.loop != nullptr) pe::save_settings(*g_page.loop);
}

//-----------------------------------------------------------------------------
// [SECTION] Dataset handed over in chunks
//-----------------------------------------------------------------------------

// window.explorer.loadDataset and ?data=URL hand a dataset over in chunks, as it downloads:
// begin, feed (each chunk is copied out of the page's staging buffer before it returns),
// finish. Only the loader's current item and the document's skeleton are kept as text, so
// the page needs the memory of the Dataset, not of its text as well.

// 1: go on feeding. 0: refused before reading (over the size limit, when `expected_bytes`
// is known, i.e. not negative); the session holds the error and keeps its dataset.
EMSCRIPTEN_KEEPALIVE int pe_stream_begin(const char* origin, double expected_bytes) {
    if (g_page.loop == nullptr) return 0;
    g_page.stream = std::make_unique<pe::DatasetLoadStream>();
    g_page.stream_origin = origin != nullptr && *origin != 0 ? origin : "<data>";
    if (expected_bytes >= 0 && !g_page.stream->expect_size(static_cast<std::uint64_t>(expected_bytes))) {
        pe::take_load_result(g_page.loop->session, g_page.stream->finish(), g_page.stream_origin);
        g_page.stream.reset();
        show_change(true);  // the banner with the error
        return 0;
    }
    return 1;
}

EMSCRIPTEN_KEEPALIVE void pe_stream_feed(const char* bytes, int length) {
    if (g_page.stream != nullptr && bytes != nullptr && length > 0) {
        g_page.stream->feed(std::string_view(bytes, static_cast<std::size_t>(length)));
    }
}

// 1 when the dataset was replaced; 0 when it was not (every error is in the session).
EMSCRIPTEN_KEEPALIVE int pe_stream_finish() {
    if (g_page.stream == nullptr) return 0;
    const bool loaded =
        pe::take_load_result(g_page.loop->session, g_page.stream->finish(), g_page.stream_origin);
    g_page.stream.reset();
    show_change(true);  // the new data, or the banner with the errors
    return loaded ? 1 : 0;
}

// The download broke off: what was read is dropped, the dataset stays.
EMSCRIPTEN_KEEPALIVE void pe_stream_cancel() {
    g_page.stream.reset();
}

// ?data=URL could not be downloaded (HTTP or network error): the page's message, shown in the
// same banner as load errors ("ORIGIN: message"); the dataset stays.
EMSCRIPTEN_KEEPALIVE void pe_report_load_error(const char* origin, const char* message) {
    if (g_page.loop == nullptr) return;
    g_page.loop->session.load_errors.assign(
        1, std::string(origin != nullptr ? origin : "<data>") + ": " + (message != nullptr ? message : ""));
    show_change(true);
}

}  // extern "C"

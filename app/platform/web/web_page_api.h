// The page API: the functions behind window.explorer (web/explorer.js), exported from the
// program as pe_* (state, select, language, theme, view, settings, the chunked dataset load),
// and the calls back into the page (ready, data drawn, failure). No drawing, no canvas here.
#pragma once

namespace pe {

struct FrameLoop;

// Points the pe_* exports at the program's frame loop; until then they answer "no".
void connect_page_api(FrameLoop& loop);

// What a frame about to be drawn means to the page: the first frame at all, and/or the first
// one showing a dataset (or a download error) the page handed over.
struct PageFrame {
    bool first = false;
    bool shows_handed_data = false;
};

// Call just before drawing a frame (it takes the "data handed over" mark) ...
PageFrame begin_page_frame();
// ... and just after: tells the page what that frame showed.
void end_page_frame(const PageFrame& frame);

// Tells the page the program could not start (the page shows `what`).
void notify_page_failure(const char* what);

// Tells the page that start-up reached `phase` (state().startup.phases records the time), or,
// with `ms` >= 0, how long a part of start-up took (recorded as that value).
void mark_startup_phase(const char* phase, double ms = -1.0);

}  // namespace pe

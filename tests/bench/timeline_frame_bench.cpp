// The whole program's frame cost while the timeline is zoomed and panned, natively and without
// a GPU: the real UI (draw_app, as the page draws it: ImGui without a renderer, as tests/ui)
// in a 1280 x 800 window over dataset files, replaying the browser benchmark's interaction
// (browser_timeline_bench.mjs: per second, 15 wheel notches in at the canvas's centre, 15 out,
// a drag 280 px left and back), one input event per frame. Prints per file the frame's CPU
// time (median, p95) and what was drawn. Not a test; run it, or profile it:
//   build/tests/timeline_frame_bench [--seconds N] FILE...
//   perf record -g build/tests/timeline_frame_bench --seconds 20 FILE && perf report
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "bench/frame_clock.h"
#include "files/file_io.h"
#include "ui/ui_harness.h"

namespace {

using namespace pe;

using bench::cpu_ms;  // frame_clock.h: the thread's CPU time
using bench::quantile;

// One frame of the browser benchmark's cycle (60 steps a second): wheel in, wheel out, drag.
void queue_step(int step, ImVec2 centre) {
    ImGuiIO& io = ImGui::GetIO();
    if (step < 30) {
        io.AddMouseWheelEvent(0.0f, step < 15 ? 1.0f : -1.0f);
    } else if (step == 30) {
        io.AddMouseButtonEvent(0, true);
    } else if (step < 59) {
        const float dx =
            step < 45 ? -20.0f * static_cast<float>(step - 30) : -20.0f * static_cast<float>(59 - step);
        io.AddMousePosEvent(centre.x + dx, centre.y);
    } else {
        io.AddMouseButtonEvent(0, false);
    }
}

void run_file(const std::string& path, int seconds) {
    std::string text;
    const FileStatus status = read_file(path, text);
    if (!status.ok()) {
        std::fprintf(stderr, "%s: %s\n", path.c_str(), status.error.c_str());
        return;
    }
    testing::UiHarness ui;
    if (!load_into_session(ui.session, text, path)) {
        std::fprintf(stderr, "%s: rejected\n", path.c_str());
        return;
    }
    text.clear();
    text.shrink_to_fit();
    for (int i = 0; i < 3; ++i) ui.frame();
    const RecordedItem* canvas = find_recorded_item("##timeline_canvas");
    if (canvas == nullptr) {
        std::fprintf(stderr, "%s: no timeline canvas\n", path.c_str());
        return;
    }
    const ImVec2 centre = canvas->center();
    ImGui::GetIO().AddMousePosEvent(centre.x, centre.y);
    ui.frame();
    set_item_recording(false);
    std::vector<double> frames;
    double items = 0.0, clusters = 0.0, lanes = 0.0;
    for (int i = 0; i < seconds * 60; ++i) {
        queue_step(i % 60, centre);
        const double start = cpu_ms();
        ui.frame();
        frames.push_back(cpu_ms() - start);
        const TimelineLayout& layout = ui.ui.timeline.frame.layout;
        items += static_cast<double>(layout.items.size());
        clusters += static_cast<double>(layout.clusters.size());
        lanes += static_cast<double>(layout.lanes.size());
    }
    set_item_recording(true);
    const double n = static_cast<double>(frames.size());
    std::printf(
        "%-48s %6zu entities %3zu lanes  frame CPU median %6.2f ms  p95 %6.2f ms  "
        "per frame: %5.0f items, %5.0f clusters, %4.1f lanes laid out\n",
        path.c_str(), ui.session.dataset->entities.size(), ui.session.dataset->lanes.size(),
        quantile(frames, 0.5), quantile(frames, 0.95), items / n, clusters / n, lanes / n);
}

}  // namespace

int main(int argc, char** argv) {
    int seconds = 4;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--seconds") == 0 && i + 1 < argc) {
            seconds = std::max(1, std::atoi(argv[++i]));
        } else {
            files.emplace_back(argv[i]);
        }
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: timeline_frame_bench [--seconds N] FILE...\n");
        return 2;
    }
    for (const std::string& file : files) run_file(file, seconds);
    return 0;
}

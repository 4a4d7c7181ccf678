// The network view's cost per frame, natively and without a GPU: the real view
// (draw_network_view: the layout's slice, the grid, core's frame model with its labels, the
// ImDrawList calls) and ImGui::Render in a 1600 x 1000 window, for the synthetic dataset at
// 1k and 10k entities and a "hubs" shape (a few entities with thousands of links), during the
// layout and after it, with the camera fitted and zoomed in (panned a little every frame).
// Prints, per case, the median and p95 of the frame's CPU time, and the medians of the
// layout's slice and of the frame model alone (those two: the view's wall time). Not a test; run it (or one
// case under callgrind):
//   build/tests/network_frame_bench [--case NAME] [--frames N]
//   valgrind --tool=callgrind --instr-atstart=no build/tests/network_frame_bench --case "10k fitted"
//   build/tests/network_frame_bench --write-hubs N FILE   (the hubs dataset as JSON, for ?data=)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#endif

#include "bench/frame_clock.h"
#include "bench/synthetic_dataset.h"
#include "load/dataset_writer.h"
#include "network_view.h"
#include "ui/ui_harness.h"

namespace {

using namespace pe;
// Frame times are the thread's CPU time (frame_clock.h); the view's own layout slice and
// model times are wall time.
using bench::cpu_ms;
using bench::quantile;

// The synthetic dataset with every other link turned towards one of `hub_count` entities.
std::string hubs_json(std::size_t n, std::size_t hub_count) {
    Dataset d = synthetic::synthetic_dataset(n, 7);
    for (std::size_t i = 0; i < d.links.size(); i += 2) {
        const DataString& hub = d.entities[i / 2 % hub_count].id;
        if (d.links[i].from != hub) d.links[i].to = hub;
    }
    std::string out;
    append_dataset_begin(out, d, JsonLayout::OneRecordPerLine);
    for (std::size_t i = 0; i < d.entities.size(); ++i)
        append_entity_json(out, d.entities[i], JsonLayout::OneRecordPerLine, i == 0);
    append_links_begin(out, JsonLayout::OneRecordPerLine);
    for (std::size_t i = 0; i < d.links.size(); ++i)
        append_link_json(out, d.links[i], JsonLayout::OneRecordPerLine, i == 0);
    append_dataset_end(out, JsonLayout::OneRecordPerLine);
    return out;
}

struct Figures {
    std::vector<double> frame, layout, model;
};

struct Bench {
    testing::UiHarness ui;
    NetworkView view;
    bool wants_more = true;

    explicit Bench(const std::string& json) {
        set_item_recording(false);
        if (!load_into_session(ui.session, json, "bench")) std::fprintf(stderr, "dataset rejected\n");
        ImGui::GetIO().DisplaySize = ImVec2(1640.0f, 1040.0f);
        update_explorer_models(ui.ui.models, *ui.session.dataset, ui.session.dataset_generation,
                               ui.session.strings, ui.session.state.language, ui.session.state.filter,
                               ui.ui.table_order);
    }

    // One frame; its figures go to `out` when given.
    void frame(Figures* out) {
        const double start = cpu_ms();
        refresh_links(ui.session);
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
        ImGui::SetNextWindowSize(ImVec2(1640.0f, 1040.0f));
        ImGui::Begin("Network", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
        wants_more = draw_network_view(view, ui.session, ui.ui.models, ImVec2(1600.0f, 1000.0f));
        ImGui::End();
        ImGui::Render();
        const double total = cpu_ms() - start;
        if (out == nullptr) return;
        out->frame.push_back(total);
        out->layout.push_back(view.times.layout_ms);
        out->model.push_back(view.times.model_ms);
    }
};

void print(const char* name, const Figures& f, std::size_t nodes, std::size_t edges) {
    std::printf(
        "%-24s frames %4zu  frame CPU %6.2f / %6.2f ms  layout slice %5.2f ms  model %5.2f ms  "
        "drawn %zu nodes, %zu edges\n",
        name, f.frame.size(), quantile(f.frame, 0.5), quantile(f.frame, 0.95), quantile(f.layout, 0.5),
        quantile(f.model, 0.5), nodes, edges);
}

// Camera moves while measuring: a small pan each frame (as a drag), the mouse at the centre.
void nudge(Bench& b, int i) {
    NetworkCamera& c = b.view.camera.camera;
    c = pan_by_pixels(c, (i / 30) % 2 == 0 ? 4.0 : -4.0, 0.0);
    b.view.camera.moved_by_user = true;
}

void run_case(const std::string& name, const std::string& json, int frames, const std::string& only) {
    const bool wanted = only.empty() || only.rfind(name, 0) == 0;
    if (!wanted) return;
    Bench b(json);
    ImGui::GetIO().AddMousePosEvent(800.0f, 500.0f);
    b.frame(nullptr);
    Figures during;
    const std::string during_name = name + " during layout";
    // Under callgrind (--instr-atstart=no), only the frames of the case asked for count.
    const bool profile_during = only == during_name;
    if (profile_during) CALLGRIND_START_INSTRUMENTATION;
    while (b.wants_more) {
        b.frame(&during);  // the layout, camera following it
        if (profile_during && during.frame.size() == 20) CALLGRIND_STOP_INSTRUMENTATION;
    }
    if (only.empty() || only == name || only == during_name)
        print(during_name.c_str(), during, b.view.frame.nodes.size(), b.view.frame.edges.size());
    for (const double zoom : {1.0, 6.0}) {
        const std::string label = name + (zoom == 1.0 ? " fitted" : " zoomed x6");
        if (!only.empty() && only != name && only != label) continue;
        b.view.camera.fitted = false;
        b.frame(nullptr);
        b.view.camera.camera.scale *= zoom;
        Figures after;
        if (only == label) CALLGRIND_START_INSTRUMENTATION;
        for (int i = 0; i < frames; ++i) {
            nudge(b, i);
            b.frame(&after);
        }
        if (only == label) CALLGRIND_STOP_INSTRUMENTATION;
        print(label.c_str(), after, b.view.frame.nodes.size(), b.view.frame.edges.size());
    }
}

}  // namespace

int main(int argc, char** argv) {
    std::string only;
    int frames = 120;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--write-hubs") == 0 && i + 2 < argc) {
            const std::string text = hubs_json(static_cast<std::size_t>(std::atol(argv[i + 1])), 5);
            return synthetic::write_text_file(argv[i + 2], text) ? 0 : 1;
        }
        if (std::strcmp(argv[i], "--case") == 0 && i + 1 < argc) only = argv[++i];
        if (std::strcmp(argv[i], "--frames") == 0 && i + 1 < argc) frames = std::atoi(argv[++i]);
    }
    run_case("1k", synthetic::synthetic_dataset_json(1000, 7), frames, only);
    run_case("10k", synthetic::synthetic_dataset_json(10000, 7), frames, only);
    run_case("hubs10k", hubs_json(10000, 5), frames, only);
    return 0;
}

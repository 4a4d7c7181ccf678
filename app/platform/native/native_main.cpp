// The desktop program: a GLFW window with an OpenGL 3.2 core context. Sleeps in
// glfwWaitEvents while nothing changes (core's decide_frame says when to draw).
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "files/file_io.h"
#include "glfw_frame_loop.h"
#include "load/embedded_assets.h"
#include "session/launch_options.h"

namespace {

void print_glfw_error(int code, const char* description) {
    std::fprintf(stderr, "policy-explorer: GLFW error %d: %s\n", code, description);
}

pe::Language default_language() {
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(variable);
        if (value != nullptr && *value != '\0') return pe::language_from_locale(value);
    }
    return pe::Language::En;
}

// Loads --data FILE over the embedded dataset; on failure the embedded one stays and the
// errors are shown in the window and printed.
void load_data_file(pe::AppSession& session, const std::string& path) {
    pe::DatasetLoadStream stream;
    const pe::FileStatus read = pe::read_file_chunks(path, stream);
    if (!read.ok()) {
        session.load_errors = {read.error};
    } else {
        pe::take_load_result(session, stream.finish(), path);
    }
    for (const std::string& error : session.load_errors) std::fprintf(stderr, "%s\n", error.c_str());
}

}  // namespace

int main(int argc, char** argv) {
    const pe::LaunchOptions options =
        pe::parse_launch_options(std::vector<std::string>(argv + 1, argv + argc));
    for (const std::string& error : options.errors)
        std::fprintf(stderr, "policy-explorer: %s\n", error.c_str());
    if (!options.errors.empty()) {
        std::fprintf(stderr, "usage: policy-explorer [--lang zh|en] [--data FILE] [--select ID]\n");
        return 2;
    }

    glfwSetErrorCallback(print_glfw_error);
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 2);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(1280, 800, "Policy Explorer", nullptr, nullptr);
    if (window == nullptr) {
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    static pe::FrameLoop loop;  // large: keep it off the stack
    pe::start_session(loop.session, pe::embedded_dataset_json(), pe::embedded_ui_strings_json(),
                      default_language());
    if (!options.data_path.empty()) load_data_file(loop.session, options.data_path);
    for (const std::string& error : pe::apply_launch_commands(loop.session, options))  // --lang, --select
        std::fprintf(stderr, "policy-explorer: %s\n", error.c_str());

    float scale_x = 1.0f;
    float scale_y = 1.0f;
    glfwGetWindowContentScale(window, &scale_x, &scale_y);
    if (!pe::init_frame_loop(loop, window, "#version 150", scale_x)) {
        std::fprintf(stderr, "policy-explorer: could not initialise the renderer\n");
        return 1;
    }

    while (!glfwWindowShouldClose(window)) {
        glfwPollEvents();
        glfwGetWindowContentScale(window, &scale_x, &scale_y);
        if (scale_x != loop.content_scale) pe::set_content_scale(loop, scale_x);
        const pe::FramePacingDecision decision = pe::pace_frame(loop, glfwGetTime());
        if (decision.draw) {
            pe::draw_frame(loop, glfwGetTime());
        } else if (decision.wait_seconds < 0.0) {
            glfwWaitEvents();
        } else {
            glfwWaitEventsTimeout(decision.wait_seconds);
        }
    }
    pe::shutdown_frame_loop(loop);
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}

// Helpers shared by the CLI tests: running run_cli with string streams, the paths of the
// test datasets (tests/data/cli) and a fresh temporary folder per test.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "cli_commands.h"

namespace pe::cli_test {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

inline Run run(const std::vector<std::string>& args) {
    std::ostringstream out;
    std::ostringstream err;
    Run r;
    r.code = run_cli(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

inline std::string data_file(const std::string& name) {
    return std::string(PE_TEST_DATA_DIR) + "/cli/" + name;
}

inline std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void write_text(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

inline std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

// A new empty folder under the system's temporary folder, removed at the end of the test.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        static int counter = 0;
        const std::string stamp = std::to_string(::getpid()) + "-" + std::to_string(std::random_device{}()) +
                                  "-" + std::to_string(++counter);
        path = std::filesystem::temp_directory_path() / ("pe-cli-test-" + stamp);
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
    std::string file(const std::string& name) const { return (path / name).string(); }
};

}  // namespace pe::cli_test

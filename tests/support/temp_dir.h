// A new empty folder under the system's temporary folder for one test, removed with
// everything in it when the test ends. Unique per process and per instance.
#pragma once

#include <filesystem>
#include <random>
#include <string>
#include <system_error>

#include <unistd.h>

namespace pe {

struct TempDir {
    std::filesystem::path path;

    TempDir() {
        static int counter = 0;
        const std::string stamp = std::to_string(::getpid()) + "-" + std::to_string(std::random_device{}()) +
                                  "-" + std::to_string(++counter);
        path = std::filesystem::temp_directory_path() / ("pe-test-" + stamp);
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string file(const std::string& name) const { return (path / name).string(); }
};

}  // namespace pe

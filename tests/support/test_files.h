// Reading and writing whole files in tests (fixtures, exports, the repository's own sources).
// A missing file reads as "": the assertion that follows says what was expected.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace pe {

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void write_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

}  // namespace pe

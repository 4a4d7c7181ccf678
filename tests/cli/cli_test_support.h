// Helpers shared by the CLI tests: running run_cli with string streams, the paths of the
// test datasets (tests/data/cli); files and temporary folders come from tests/support.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "cli_commands.h"
#include "support/temp_dir.h"
#include "support/test_files.h"

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

inline std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

using pe::TempDir;

}  // namespace pe::cli_test

// The policy-explorer-cli commands (validate, export, stats, search, links) as a library:
// arguments and streams in, exit code out, so tests drive it with string streams.
// main() is in cli_main.cpp and does nothing else.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace pe {

// Exit codes: 0 success; 1 invalid dataset, unknown id or no match; 2 usage or I/O error.
inline constexpr int kCliOk = 0;
inline constexpr int kCliFailed = 1;
inline constexpr int kCliUsage = 2;

// `args` are the arguments after the program name.
int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// The --help text.
std::string cli_usage();

}  // namespace pe

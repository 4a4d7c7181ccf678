// The shape of a policy-explorer-cli command: one row of the table in cli_commands.cpp
// names it, its positional arguments, its options, its checks, its run function and its
// --help text. Also the parsed arguments and what a run is given. No command logic here.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "model/dataset.h"

namespace pe {

// The options a command may take (CliCommand::options), and those given (CliOptions::given).
enum CliOption : unsigned {
    kOptData = 1u << 0,
    kOptOutput = 1u << 1,
    kOptFormat = 1u << 2,
    kOptLimit = 1u << 3,
    kOptCompact = 1u << 4,
};

inline constexpr std::size_t kCliDefaultLimit = 20;

struct CliCommand;

// The arguments once parsed (cli_arguments.h).
struct CliOptions {
    const CliCommand* command = nullptr;  // null with help and no command
    std::vector<std::string> positional;
    unsigned given = 0;  // CliOption bits
    std::string data;
    std::string output;
    std::string format;  // "json" or "csv"
    std::size_t limit = kCliDefaultLimit;
    bool help = false;
};

// What a run function gets: the arguments and the dataset they name, already loaded.
struct CliInput {
    const CliOptions& options;
    const Dataset& dataset;
    const std::string& origin;  // the file's path, or "<embedded>"
};

// The positional arguments of a command: what they stand for, how few and how many.
struct CliPositional {
    std::string_view name;  // "FILE", "QUERY", "ID"; "" when none are taken
    std::size_t min = 0;
    std::size_t max = 0;
};

// Where a command's dataset comes from: --data FILE (or the embedded one), or for validate
// also its positional FILE.
enum class CliDataFrom { DataOption, FileOrDataOption };

struct CliCommand {
    std::string_view name;
    std::string_view synopsis;  // the usage line after the name
    CliPositional positional;
    unsigned options;  // CliOption bits the command takes
    CliDataFrom data_from;
    // Rules across arguments, once parsed: "" when they hold, else the usage error. May be null.
    std::string (*check)(const CliOptions& options);
    // Prints the result; returns the exit code (cli_commands.h).
    int (*run)(const CliInput& input, std::ostream& out, std::ostream& err);
    // The --help paragraph: lines joined by '\n', the second and later indented under the first.
    std::string_view help;
};

}  // namespace pe

// Reading policy-explorer-cli's arguments against the command table (cli_command_table.h):
// which command, its positional arguments and its options. It checks what the table says
// a command takes; it loads nothing and prints nothing.
#pragma once

#include <string>
#include <vector>

#include "cli_command_table.h"

namespace pe {

// Fills `options` from `args` (the arguments after the program name); returns the usage
// error, "" when the arguments are usable. No arguments, "-h", "--help" or "help" ask for help.
std::string parse_cli_arguments(const std::vector<std::string>& args, const std::vector<CliCommand>& table,
                                CliOptions& options);

}  // namespace pe

// The run functions of policy-explorer-cli's commands, one per row of the table in
// cli_commands.cpp, and the rules across their arguments. Each gets its dataset loaded
// already (CliInput) and prints its result; none parses arguments or reads the dataset.
#pragma once

#include <ostream>
#include <string>

#include "cli_command_table.h"

namespace pe {

inline constexpr const char* kCliProgram = "policy-explorer-cli";

// "FILE: ok: N entities, M links, S sources".
int run_validate(const CliInput& input, std::ostream& out, std::ostream& err);
// The dataset as JSON or CSV, to stdout or --output FILE (written atomically).
int run_export(const CliInput& input, std::ostream& out, std::ostream& err);
// The counts of count_dataset (explore/dataset_counts.h), in vocabulary order.
int run_stats(const CliInput& input, std::ostream& out, std::ostream& err);
// Best matches first: ID<TAB>name_zh<TAB>name_en; exit 1 when nothing matches.
int run_search(const CliInput& input, std::ostream& out, std::ostream& err);
// The links of one entity, out then in; exit 1 (with close ids) when it is unknown.
int run_links(const CliInput& input, std::ostream& out, std::ostream& err);

// validate: FILE or --data FILE, not both.
std::string check_validate(const CliOptions& options);
// export: --format is required; --compact only with json.
std::string check_export(const CliOptions& options);

}  // namespace pe

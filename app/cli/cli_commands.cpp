// policy-explorer-cli as a table of commands: each row names a command, its arguments, its
// options, its run function and its --help paragraph. run_cli parses the arguments against
// the table, loads the dataset once for every command, then runs the row's function.
//
// Contents:
//   [SECTION] The command table
//   [SECTION] Usage
//   [SECTION] Loading the dataset
//   [SECTION] run_cli
#include "cli_commands.h"

#include <algorithm>
#include <exception>
#include <memory>

#include "cli_arguments.h"
#include "cli_command_runs.h"
#include "files/file_io.h"
#include "load/dataset_loader.h"
#include "load/embedded_assets.h"

namespace pe {

namespace {

// [SECTION] The command table -------------------------------------------------------------------
// Each row: name, synopsis, positional {name, min, max}, options, where the dataset comes
// from, check (or null), run, --help paragraph. Rows are listed in --help in this order.
const std::vector<CliCommand>& command_table() {
    constexpr CliDataFrom kData = CliDataFrom::DataOption;
    static const std::vector<CliCommand> table = {
        {"validate",
         "[FILE]",
         {"FILE", 0, 1},
         kOptData,
         CliDataFrom::FileOrDataOption,
         check_validate,
         run_validate,
         "Check a dataset. Valid: prints \"FILE: ok: N entities, M links, S sources\"\n"
         "and exits 0. Invalid: prints one \"FILE:LINE:COL: POINTER: message\" line\n"
         "per error on stderr and exits 1."},
        {"export",
         "--format json|csv [--data FILE] [--output FILE] [--compact]",
         {},
         kOptData | kOptOutput | kOptFormat | kOptCompact,
         kData,
         check_export,
         run_export,
         "Write the dataset to stdout, or to --output FILE.\n"
         "json: the whole dataset in the documented format (loads back unchanged);\n"
         "      indented, or one record per line with --compact.\n"
         "csv:  the entity table. RFC 4180, UTF-8 without byte-order mark, CRLF\n"
         "      line ends, fields quoted when they hold a comma, quote or line break.\n"
         "      Header: id,type,name_zh,name_en,start,end,precision,scope,district,park,tags,lane\n"
         "      start, end  dates as in the JSON: 2015, 2015-03 or 2015-03-08; end is\n"
         "                  \"ongoing\" for a period with no stated end, empty if none\n"
         "      precision   year|month|day of start (of end when there is no start)\n"
         "      district, park  entity ids; tags joined with \";\"; lane a lane id"},
        {"stats",
         "[--data FILE]",
         {},
         kOptData,
         kData,
         nullptr,
         run_stats,
         "Entities by type, links by relation, entities by lane, the year span,\n"
         "and the number of sources, quotes and key figures."},
        {"search",
         "QUERY [--data FILE] [--limit N]",
         {"QUERY", 1, 64},
         kOptData | kOptLimit,
         kData,
         nullptr,
         run_search,
         "Entities matching QUERY in Chinese, English (any case), full pinyin\n"
         "(\"aimi\", \"bei lai\") or pinyin initials (\"ammts\"), then in summaries.\n"
         "Best match first, one per line: ID<TAB>name_zh<TAB>name_en.\n"
         "Exits 1 when nothing matches."},
        {"links",
         "ID [--data FILE]",
         {"ID", 1, 1},
         kOptData,
         kData,
         nullptr,
         run_links,
         "The links of entity ID, both directions, one per line:\n"
         "  -> RELATION -> OTHER-ID name_zh (name_en)    ID is the link's \"from\"\n"
         "  <- RELATION <- OTHER-ID name_zh (name_en)    ID is the link's \"to\"\n"
         "Exits 1 when ID is unknown."},
    };
    return table;
}

constexpr const char* kEmbeddedOrigin = "<embedded>";

}  // namespace

// [SECTION] Usage ----------------------------------------------------------------------------------
std::string cli_usage() {
    const std::vector<CliCommand>& table = command_table();
    std::string text = std::string(kCliProgram) +
                       ": check, export and query a Policy Explorer dataset (policy-explorer/1)\n\nUsage:\n";
    for (const CliCommand& command : table) {
        text += "  " + std::string(kCliProgram) + " " + std::string(command.name) + " " +
                std::string(command.synopsis) + "\n";
    }
    text += "  " + std::string(kCliProgram) + " --help\n";
    text += R"(
Without FILE or --data FILE a command uses the dataset built into the program,
named "<embedded>" in messages.

Commands:
)";
    std::size_t width = 0;
    for (const CliCommand& command : table) {
        width = std::max(width, command.name.size());
    }
    const std::string indent(2 + width + 2, ' ');
    for (const CliCommand& command : table) {
        text += "  " + std::string(command.name) + std::string(width - command.name.size() + 2, ' ');
        for (const char c : command.help) {
            text += c;
            if (c == '\n') {
                text += indent;
            }
        }
        text += "\n";
    }
    text += R"(
Options:
  --data FILE    read the dataset from FILE (stats, search, links, export)
  --output FILE  write to FILE instead of stdout (export)
  --format F     json or csv (export; required)
  --compact      one record per line (export --format json)
  --limit N      at most N results, N >= 1 (search; default 20)
  -h, --help     show this text
  --             what follows is not an option (e.g. a query starting with "-")

Exit status: 0 success; 1 invalid dataset, unknown ID or no match; 2 usage or I/O error.
)";
    return text;
}

namespace {

// [SECTION] Loading the dataset ----------------------------------------------------------------------
struct Loaded {
    int exit_code = kCliOk;
    std::string origin;
    std::shared_ptr<const Dataset> dataset;
};

// Reads and loads `path` (the embedded dataset when empty), in chunks so a large file is
// never in memory as a whole. Reports I/O errors (exit 2) and dataset errors (exit 1, one
// formatted line each) on `err`.
Loaded load(const std::string& path, std::ostream& err) {
    Loaded loaded;
    LoadResult result;
    loaded.origin = kEmbeddedOrigin;
    if (path.empty()) {
        result = load_dataset(embedded_dataset_json());
    } else {
        loaded.origin = path;
        DatasetLoadStream stream;
        const FileStatus read = read_file_chunks(path, stream);
        if (!read.ok()) {
            err << kCliProgram << ": " << read.error << "\n";
            loaded.exit_code = kCliUsage;
            return loaded;
        }
        result = stream.finish();
    }
    if (!result.ok()) {
        for (const LoadError& e : result.errors) {
            err << format_error(loaded.origin, e) << "\n";
        }
        if (result.errors.empty()) {
            err << loaded.origin << ": the dataset could not be loaded\n";
        }
        loaded.exit_code = kCliFailed;
        return loaded;
    }
    loaded.dataset = std::move(result.dataset);
    return loaded;
}

// The file a command reads: validate's FILE, else --data FILE ("" for the embedded one).
const std::string& dataset_path(const CliOptions& options) {
    const bool from_positional =
        options.command->data_from == CliDataFrom::FileOrDataOption && !options.positional.empty();
    return from_positional ? options.positional[0] : options.data;
}

}  // namespace

// [SECTION] run_cli -----------------------------------------------------------------------------------
int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    CliOptions options;
    const std::string error = parse_cli_arguments(args, command_table(), options);
    if (!error.empty()) {
        err << kCliProgram << ": " << error << "\n"
            << "Run '" << kCliProgram << " --help' for usage.\n";
        return kCliUsage;
    }
    if (options.help) {
        out << cli_usage();
        return kCliOk;
    }
    const CliCommand& command = *options.command;
    try {
        const Loaded loaded = load(dataset_path(options), err);
        if (loaded.exit_code != kCliOk) {
            return loaded.exit_code;
        }
        return command.run(CliInput{options, *loaded.dataset, loaded.origin}, out, err);
    } catch (const std::exception& e) {  // out of memory, in practice
        err << kCliProgram << ": " << command.name << " failed: " << e.what() << "\n";
        return kCliUsage;
    }
}

}  // namespace pe

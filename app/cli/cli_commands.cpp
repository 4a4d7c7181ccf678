// The CLI commands over core: argument parsing, reading the dataset (a file or the
// embedded one), and validate / export / stats / search / links. Output formats are
// described in cli_usage(); nothing here draws or keeps state between calls.
//
// Contents: 1. usage  2. arguments  3. reading and loading  4. commands  5. run_cli
#include "cli_commands.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <map>
#include <memory>
#include <string_view>
#include <unordered_set>

#include "load/dataset_loader.h"
#include "load/dataset_writer.h"
#include "load/embedded_assets.h"
#include "model/dataset.h"
#include "model/entity_types.h"
#include "search/search.h"

namespace pe {

namespace {

constexpr const char* kProgram = "policy-explorer-cli";
constexpr const char* kEmbeddedOrigin = "<embedded>";
constexpr std::size_t kDefaultLimit = 20;

}  // namespace

// ---- 1. usage -----------------------------------------------------------------------------
std::string cli_usage() {
    return R"(policy-explorer-cli: check, export and query a Policy Explorer dataset (policy-explorer/1)

Usage:
  policy-explorer-cli validate [FILE]
  policy-explorer-cli export --format json|csv [--data FILE] [--output FILE] [--compact]
  policy-explorer-cli stats [--data FILE]
  policy-explorer-cli search QUERY [--data FILE] [--limit N]
  policy-explorer-cli links ID [--data FILE]
  policy-explorer-cli --help

Without FILE or --data FILE a command uses the dataset built into the program,
named "<embedded>" in messages.

Commands:
  validate  Check a dataset. Valid: prints "FILE: ok: N entities, M links, S sources"
            and exits 0. Invalid: prints one "FILE:LINE:COL: POINTER: message" line
            per error on stderr and exits 1.
  export    Write the dataset to stdout, or to --output FILE.
            json: the whole dataset in the documented format (loads back unchanged);
                  indented, or one record per line with --compact.
            csv:  the entity table. RFC 4180, UTF-8 without byte-order mark, CRLF
                  line ends, fields quoted when they hold a comma, quote or line break.
                  Header: id,type,name_zh,name_en,start,end,precision,scope,district,park,tags,lane
                  start, end  dates as in the JSON: 2015, 2015-03 or 2015-03-08; end is
                              "ongoing" for a period with no stated end, empty if none
                  precision   year|month|day of start (of end when there is no start)
                  district, park  entity ids; tags joined with ";"; lane a lane id
  stats     Entities by type, links by relation, entities by lane, the year span,
            and the number of sources, quotes and key figures.
  search    Entities matching QUERY in Chinese, English (any case), full pinyin
            ("aimi", "bei lai") or pinyin initials ("ammts"), then in summaries.
            Best match first, one per line: ID<TAB>name_zh<TAB>name_en.
            Exits 1 when nothing matches.
  links     The links of entity ID, both directions, one per line:
              -> RELATION -> OTHER-ID name_zh (name_en)    ID is the link's "from"
              <- RELATION <- OTHER-ID name_zh (name_en)    ID is the link's "to"
            Exits 1 when ID is unknown.

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
}

namespace {

// ---- 2. arguments -------------------------------------------------------------------------
enum OptionBit : unsigned {
    kOptData = 1u << 0,
    kOptOutput = 1u << 1,
    kOptFormat = 1u << 2,
    kOptLimit = 1u << 3,
    kOptCompact = 1u << 4,
};

struct CommandSpec {
    std::string_view name;
    std::size_t min_positional;
    std::size_t max_positional;
    unsigned options;
};

constexpr CommandSpec kCommands[] = {
    {"validate", 0, 1, kOptData}, {"export", 0, 0, kOptData | kOptOutput | kOptFormat | kOptCompact},
    {"stats", 0, 0, kOptData},    {"search", 1, 64, kOptData | kOptLimit},
    {"links", 1, 1, kOptData},
};

struct Options {
    const CommandSpec* command = nullptr;
    std::vector<std::string> positional;
    unsigned given = 0;
    std::string data;
    std::string output;
    std::string format;
    std::size_t limit = kDefaultLimit;
    bool help = false;
};

struct OptionName {
    std::string_view name;
    OptionBit bit;
    bool takes_value;
};

constexpr OptionName kOptionNames[] = {
    {"--data", kOptData, true},     {"--output", kOptOutput, true}, {"-o", kOptOutput, true},
    {"--format", kOptFormat, true}, {"--limit", kOptLimit, true},   {"--compact", kOptCompact, false},
};

bool parse_limit(std::string_view text, std::size_t& limit) {
    if (text.empty() || text.size() > 9) {
        return false;
    }
    std::size_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + static_cast<std::size_t>(c - '0');
    }
    limit = value;
    return value > 0;
}

// Fills `options` from the arguments; returns an error message, "" when they are usable.
std::string parse_arguments(const std::vector<std::string>& args, Options& options) {
    if (args.empty()) {
        options.help = true;
        return "";
    }
    const std::string& first = args[0];
    if (first == "-h" || first == "--help" || first == "help") {
        options.help = true;
        return "";
    }
    for (const CommandSpec& spec : kCommands) {
        if (spec.name == first) {
            options.command = &spec;
        }
    }
    if (options.command == nullptr) {
        return first.empty() || first[0] != '-' ? "unknown command '" + first + "'"
                                                : "unknown option '" + first + "'";
    }
    const CommandSpec& spec = *options.command;
    bool only_positional = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (only_positional || arg.size() < 2 || arg[0] != '-') {
            options.positional.push_back(arg);
            continue;
        }
        if (arg == "--") {
            only_positional = true;
            continue;
        }
        if (arg == "-h" || arg == "--help") {
            options.help = true;
            continue;
        }
        const std::size_t equals = arg.find('=');
        const std::string name = arg.substr(0, equals);
        const OptionName* option = nullptr;
        for (const OptionName& candidate : kOptionNames) {
            if (candidate.name == name) {
                option = &candidate;
            }
        }
        if (option == nullptr) {
            return "unknown option '" + name + "' for " + std::string(spec.name);
        }
        if ((spec.options & option->bit) == 0) {
            return "option '" + name + "' does not apply to " + std::string(spec.name);
        }
        std::string value;
        if (option->takes_value) {
            if (equals != std::string::npos) {
                value = arg.substr(equals + 1);
            } else if (i + 1 < args.size()) {
                value = args[++i];
            } else {
                return "option '" + name + "' needs a value";
            }
        } else if (equals != std::string::npos) {
            return "option '" + name + "' takes no value";
        }
        if (option->takes_value && value.empty()) {
            return "option '" + name + "' needs a non-empty value";
        }
        options.given |= option->bit;
        switch (option->bit) {
            case kOptData:
                options.data = value;
                break;
            case kOptOutput:
                options.output = value;
                break;
            case kOptFormat:
                if (value != "json" && value != "csv") {
                    return "--format must be json or csv, not '" + value + "'";
                }
                options.format = value;
                break;
            case kOptLimit:
                if (!parse_limit(value, options.limit)) {
                    return "--limit must be a whole number from 1 to 999999999, not '" + value + "'";
                }
                break;
            case kOptCompact:
                break;
        }
    }
    if (options.help) {
        return "";
    }
    if (options.positional.size() < spec.min_positional) {
        return std::string(spec.name) + " needs " + (spec.name == "search" ? "a QUERY" : "an ID");
    }
    if (options.positional.size() > spec.max_positional) {
        return "unexpected argument '" + options.positional[spec.max_positional] + "' for " +
               std::string(spec.name);
    }
    if (spec.name == "validate" && !options.positional.empty() && (options.given & kOptData) != 0) {
        return "validate takes FILE or --data FILE, not both";
    }
    if (spec.name == "export" && (options.given & kOptFormat) == 0) {
        return "export needs --format json or --format csv";
    }
    if ((options.given & kOptCompact) != 0 && options.format != "json") {
        return "--compact applies to --format json only";
    }
    return "";
}

// ---- 3. reading and loading -----------------------------------------------------------------
// Feeds a file to `stream` in chunks, so a large file is never in memory as a whole; on
// failure `error` holds the system's reason.
bool stream_file(const std::string& path, DatasetLoadStream& stream, std::string& error) {
    errno = 0;
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
        error = std::strerror(errno != 0 ? errno : ENOENT);
        return false;
    }
    std::vector<char> buffer(std::size_t{1} << 20);
    std::size_t n = 0;
    errno = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), file)) > 0) {
        stream.feed(std::string_view(buffer.data(), n));
    }
    const bool failed = std::ferror(file) != 0;
    const int saved = errno;
    std::fclose(file);
    if (failed) {
        error = std::strerror(saved != 0 ? saved : EIO);
        return false;
    }
    return true;
}

// Writes a whole file through a temporary beside it, so a failure leaves no half file.
bool write_file(const std::string& path, std::string_view text, std::string& error) {
    const std::string temporary = path + ".tmp";
    errno = 0;
    std::FILE* file = std::fopen(temporary.c_str(), "wb");
    if (file == nullptr) {
        error = std::strerror(errno != 0 ? errno : EACCES);
        return false;
    }
    const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
    const int write_errno = errno;
    const bool closed = std::fclose(file) == 0;
    if (!written || !closed) {
        error = std::strerror(write_errno != 0 ? write_errno : EIO);
        std::remove(temporary.c_str());
        return false;
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        error = std::strerror(errno != 0 ? errno : EIO);
        std::remove(temporary.c_str());
        return false;
    }
    return true;
}

struct Loaded {
    int exit_code = kCliOk;
    std::string origin;
    std::shared_ptr<const Dataset> dataset;
};

// Reads and loads `path` (the embedded dataset when empty). Reports I/O errors (exit 2)
// and dataset errors (exit 1, one formatted line each) on `err`.
Loaded load(const std::string& path, std::ostream& err) {
    Loaded loaded;
    LoadResult result;
    loaded.origin = kEmbeddedOrigin;
    if (path.empty()) {
        result = load_dataset(embedded_dataset_json());
    } else {
        loaded.origin = path;
        DatasetLoadStream stream;
        std::string error;
        if (!stream_file(path, stream, error)) {
            err << kProgram << ": cannot read " << path << ": " << error << "\n";
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

// ---- 4. commands ------------------------------------------------------------------------------
std::string names_of(const Entity& e) {
    std::string out = e.name.zh;
    if (!e.name.en.empty()) {
        out += out.empty() ? e.name.en : " (" + e.name.en + ")";
    }
    return out;
}

int command_validate(const Options& options, std::ostream& out, std::ostream& err) {
    const std::string path = options.positional.empty() ? options.data : options.positional[0];
    const Loaded loaded = load(path, err);
    if (loaded.exit_code != kCliOk) {
        return loaded.exit_code;
    }
    const Dataset& d = *loaded.dataset;
    out << loaded.origin << ": ok: " << d.entities.size() << " entities, " << d.links.size() << " links, "
        << d.sources.size() << (d.sources.size() == 1 ? " source" : " sources") << "\n";
    return kCliOk;
}

int command_export(const Options& options, std::ostream& out, std::ostream& err) {
    const Loaded loaded = load(options.data, err);
    if (loaded.exit_code != kCliOk) {
        return loaded.exit_code;
    }
    const JsonLayout layout =
        (options.given & kOptCompact) != 0 ? JsonLayout::OneRecordPerLine : JsonLayout::Indented;
    const std::string text = options.format == "csv" ? write_entities_csv(*loaded.dataset)
                                                     : write_dataset_json(*loaded.dataset, layout);
    if (options.output.empty()) {
        out << text;
        return out.good() ? kCliOk : kCliUsage;
    }
    std::string error;
    if (!write_file(options.output, text, error)) {
        err << kProgram << ": cannot write " << options.output << ": " << error << "\n";
        return kCliUsage;
    }
    return kCliOk;
}

// Rows "  name  count", names padded to one column.
void print_counts(std::ostream& out, const char* title,
                  const std::vector<std::pair<std::string, std::size_t>>& rows) {
    out << title << "\n";
    std::size_t width = 0;
    for (const auto& row : rows) {
        width = std::max(width, row.first.size());
    }
    for (const auto& row : rows) {
        out << "  " << row.first << std::string(width - row.first.size() + 2, ' ') << row.second << "\n";
    }
}

// Counts in vocabulary order, then any name outside the vocabulary in byte order.
template <typename Vocabulary>
std::vector<std::pair<std::string, std::size_t>> ordered_counts(
    const Vocabulary& vocabulary, const std::map<std::string, std::size_t>& counts, bool keep_zero) {
    std::vector<std::pair<std::string, std::size_t>> rows;
    for (const auto& name : vocabulary) {
        const auto it = counts.find(std::string(name));
        const std::size_t n = it == counts.end() ? 0 : it->second;
        if (n > 0 || keep_zero) {
            rows.emplace_back(std::string(name), n);
        }
    }
    for (const auto& [name, n] : counts) {
        if (std::find(std::begin(vocabulary), std::end(vocabulary), name) == std::end(vocabulary)) {
            rows.emplace_back(name, n);
        }
    }
    return rows;
}

int command_stats(const Options& options, std::ostream& out, std::ostream& err) {
    const Loaded loaded = load(options.data, err);
    if (loaded.exit_code != kCliOk) {
        return loaded.exit_code;
    }
    const Dataset& d = *loaded.dataset;
    std::map<std::string, std::size_t> by_type;
    std::map<std::string, std::size_t> by_relation;
    std::map<std::string, std::size_t> by_lane;
    std::unordered_set<std::string_view> distinct_quotes;
    std::size_t quotes = 0;
    std::size_t figures = 0;
    int first_year = 0;
    int last_year = 0;
    const auto count_quote = [&](const SourceRef& ref) {
        ++quotes;
        distinct_quotes.insert(ref.quote);
    };
    const auto count_year = [&](const Date& date) {
        first_year = first_year == 0 ? date.year : std::min(first_year, date.year);
        last_year = std::max(last_year, date.year);
    };
    for (const Entity& e : d.entities) {
        ++by_type[e.type];
        ++by_lane[e.lane];
        for (const SourceRef& ref : e.sources) {
            count_quote(ref);
        }
        for (const KeyFigure& figure : e.figures) {
            ++figures;
            count_quote(figure.source);
        }
        if (e.time.has_start) {
            count_year(e.time.start);
        }
        if (e.time.has_end) {
            count_year(e.time.end);
        }
    }
    for (const Link& link : d.links) {
        ++by_relation[link.relation];
        for (const SourceRef& ref : link.sources) {
            count_quote(ref);
        }
    }
    std::vector<std::string> lane_ids;
    for (const Lane& lane : d.lanes) {
        lane_ids.push_back(lane.id);
    }

    out << "dataset    " << d.id << " (" << d.format << ")\n";
    out << "entities   " << d.entities.size() << "\n";
    out << "links      " << d.links.size() << "\n";
    out << "sources    " << d.sources.size() << "\n";
    out << "quotes     " << quotes << " (" << distinct_quotes.size() << " distinct)\n";
    out << "figures    " << figures << "\n";
    if (first_year == 0) {
        out << "years      none\n";
    } else {
        out << "years      " << first_year << "-" << last_year << "\n";
    }
    print_counts(out, "entities by type", ordered_counts(kEntityTypes, by_type, false));
    print_counts(out, "links by relation", ordered_counts(kRelationTypes, by_relation, false));
    print_counts(out, "entities by lane", ordered_counts(lane_ids, by_lane, true));
    return kCliOk;
}

int command_search(const Options& options, std::ostream& out, std::ostream& err) {
    const Loaded loaded = load(options.data, err);
    if (loaded.exit_code != kCliOk) {
        return loaded.exit_code;
    }
    std::string query;
    for (const std::string& word : options.positional) {
        query += query.empty() ? word : " " + word;
    }
    const Dataset& d = *loaded.dataset;
    const SearchIndex index = build_search_index(d);
    const std::vector<SearchHit> hits = search(index, query, options.limit);
    if (hits.empty()) {
        err << kProgram << ": no entity matches '" << query << "'\n";
        return kCliFailed;
    }
    for (const SearchHit& hit : hits) {
        const Entity& e = d.entities[hit.entity];
        out << e.id << "\t" << e.name.zh << "\t" << e.name.en << "\n";
    }
    return kCliOk;
}

int command_links(const Options& options, std::ostream& out, std::ostream& err) {
    const Loaded loaded = load(options.data, err);
    if (loaded.exit_code != kCliOk) {
        return loaded.exit_code;
    }
    const Dataset& d = *loaded.dataset;
    const std::string& id = options.positional[0];
    const auto found = d.index.entity_by_id.find(id);
    if (found == d.index.entity_by_id.end()) {
        err << kProgram << ": unknown entity id '" << id << "' in " << loaded.origin << "\n";
        const std::vector<SearchHit> close = search(build_search_index(d), id, 3);
        if (!close.empty()) {
            err << "did you mean:";
            for (const SearchHit& hit : close) {
                err << " " << d.entities[hit.entity].id;
            }
            err << "\n";
        }
        return kCliFailed;
    }
    const std::uint32_t self = found->second;
    const auto name_of = [&](const std::string& other) {
        const auto it = d.index.entity_by_id.find(other);
        return it == d.index.entity_by_id.end() ? std::string() : names_of(d.entities[it->second]);
    };
    out << id << " " << names_of(d.entities[self]) << "\n";
    std::size_t printed = 0;
    for (const Link& link : d.links) {
        if (link.from == id) {
            out << "-> " << link.relation << " -> " << link.to << " " << name_of(link.to) << "\n";
            ++printed;
        }
    }
    for (const Link& link : d.links) {
        if (link.to == id) {
            out << "<- " << link.relation << " <- " << link.from << " " << name_of(link.from) << "\n";
            ++printed;
        }
    }
    if (printed == 0) {
        out << "(no links)\n";
    }
    return kCliOk;
}

}  // namespace

// ---- 5. run_cli ---------------------------------------------------------------------------------
int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    Options options;
    const std::string error = parse_arguments(args, options);
    if (!error.empty()) {
        err << kProgram << ": " << error << "\n"
            << "Run '" << kProgram << " --help' for usage.\n";
        return kCliUsage;
    }
    if (options.help) {
        out << cli_usage();
        return kCliOk;
    }
    const std::string_view name = options.command->name;
    try {
        if (name == "validate") {
            return command_validate(options, out, err);
        }
        if (name == "export") {
            return command_export(options, out, err);
        }
        if (name == "stats") {
            return command_stats(options, out, err);
        }
        if (name == "search") {
            return command_search(options, out, err);
        }
        return command_links(options, out, err);
    } catch (const std::exception& e) {  // out of memory, in practice
        err << kProgram << ": " << name << " failed: " << e.what() << "\n";
        return kCliUsage;
    }
}

}  // namespace pe

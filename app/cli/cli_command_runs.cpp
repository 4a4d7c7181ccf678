// The run functions of cli_command_runs.h. Output formats are those described in
// cli_usage(); the counting for stats is core's (count_dataset), the links come from the
// dataset's index.
//
// Contents:
//   [SECTION] Checks
//   [SECTION] validate and export
//   [SECTION] stats
//   [SECTION] search and links
#include "cli_command_runs.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "cli_commands.h"
#include "explore/dataset_counts.h"
#include "files/file_io.h"
#include "load/dataset_writer.h"
#include "model/dataset_index.h"
#include "model/entity_types.h"
#include "search/search.h"

namespace pe {

// [SECTION] Checks ----------------------------------------------------------------------------
std::string check_validate(const CliOptions& options) {
    if (!options.positional.empty() && (options.given & kOptData) != 0) {
        return "validate takes FILE or --data FILE, not both";
    }
    return "";
}

std::string check_export(const CliOptions& options) {
    if ((options.given & kOptFormat) == 0) {
        return "export needs --format json or --format csv";
    }
    if ((options.given & kOptCompact) != 0 && options.format != "json") {
        return "--compact applies to --format json only";
    }
    return "";
}

// [SECTION] validate and export ----------------------------------------------------------------
int run_validate(const CliInput& input, std::ostream& out, std::ostream&) {
    const Dataset& d = input.dataset;
    out << input.origin << ": ok: " << d.entities.size() << " entities, " << d.links.size() << " links, "
        << d.sources.size() << (d.sources.size() == 1 ? " source" : " sources") << "\n";
    return kCliOk;
}

int run_export(const CliInput& input, std::ostream& out, std::ostream& err) {
    const CliOptions& options = input.options;
    const JsonLayout layout =
        (options.given & kOptCompact) != 0 ? JsonLayout::OneRecordPerLine : JsonLayout::Indented;
    const std::string text = options.format == "csv" ? write_entities_csv(input.dataset)
                                                     : write_dataset_json(input.dataset, layout);
    if (options.output.empty()) {
        out << text;
        return out.good() ? kCliOk : kCliUsage;
    }
    const FileStatus written = write_file_atomically(options.output, text);
    if (!written.ok()) {
        err << kCliProgram << ": " << written.error << "\n";
        return kCliUsage;
    }
    return kCliOk;
}

// [SECTION] stats -------------------------------------------------------------------------------
namespace {

using CountRows = std::vector<std::pair<std::string, std::size_t>>;

// Rows "  name  count", names padded to one column.
void print_counts(std::ostream& out, const char* title, const CountRows& rows) {
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
CountRows ordered_counts(const Vocabulary& vocabulary, const std::map<std::string, std::size_t>& counts,
                         bool keep_zero) {
    CountRows rows;
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

}  // namespace

int run_stats(const CliInput& input, std::ostream& out, std::ostream&) {
    const Dataset& d = input.dataset;
    const DatasetCounts counts = count_dataset(d);
    const EntityCounts& entities = counts.entities;
    std::vector<std::string> lane_ids;
    for (const Lane& lane : d.lanes) {
        lane_ids.push_back(lane.id.str());
    }

    out << "dataset    " << d.id << " (" << d.format << ")\n";
    out << "entities   " << d.entities.size() << "\n";
    out << "links      " << d.links.size() << "\n";
    out << "sources    " << d.sources.size() << "\n";
    out << "quotes     " << counts.quotes.quotes << " (" << counts.quotes.distinct << " distinct)\n";
    out << "figures    " << entities.figures << "\n";
    if (!entities.has_years) {
        out << "years      none\n";
    } else {
        out << "years      " << entities.first_year << "-" << entities.last_year << "\n";
    }
    print_counts(out, "entities by type", ordered_counts(kEntityTypes, entities.per_type, false));
    print_counts(out, "links by relation", ordered_counts(kRelationTypes, counts.links_per_relation, false));
    print_counts(out, "entities by lane", ordered_counts(lane_ids, entities.per_lane, true));
    return kCliOk;
}

// [SECTION] search and links ----------------------------------------------------------------------
namespace {

std::string names_of(const Entity& e) {
    std::string out = e.name.zh.str();
    if (!e.name.en.empty()) {
        out += out.empty() ? e.name.en : " (" + e.name.en + ")";
    }
    return out;
}

}  // namespace

int run_search(const CliInput& input, std::ostream& out, std::ostream& err) {
    std::string query;
    for (const std::string& word : input.options.positional) {
        query += query.empty() ? word : " " + word;
    }
    const Dataset& d = input.dataset;
    const std::vector<SearchHit> hits = search(build_search_index(d), query, input.options.limit);
    if (hits.empty()) {
        err << kCliProgram << ": no entity matches '" << query << "'\n";
        return kCliFailed;
    }
    for (const SearchHit& hit : hits) {
        const Entity& e = d.entities[hit.entity];
        out << e.id << "\t" << e.name.zh << "\t" << e.name.en << "\n";
    }
    return kCliOk;
}

int run_links(const CliInput& input, std::ostream& out, std::ostream& err) {
    const Dataset& d = input.dataset;
    const std::string& id = input.options.positional[0];
    const std::optional<std::uint32_t> self = find_entity_position(d, id);
    if (!self) {
        err << kCliProgram << ": unknown entity id '" << id << "' in " << input.origin << "\n";
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
    const auto name_of = [&](std::string_view other) {
        const Entity* entity = find_entity(d, other);
        return entity == nullptr ? std::string() : names_of(*entity);
    };
    out << id << " " << names_of(d.entities[*self]) << "\n";
    for (const std::uint32_t k : d.index.links_out[*self]) {
        const Link& link = d.links[k];
        out << "-> " << link.relation << " -> " << link.to << " " << name_of(link.to) << "\n";
    }
    for (const std::uint32_t k : d.index.links_in[*self]) {
        const Link& link = d.links[k];
        out << "<- " << link.relation << " <- " << link.from << " " << name_of(link.from) << "\n";
    }
    if (d.index.links_out[*self].empty() && d.index.links_in[*self].empty()) {
        out << "(no links)\n";
    }
    return kCliOk;
}

}  // namespace pe

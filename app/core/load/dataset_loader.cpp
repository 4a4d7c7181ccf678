// Loading a dataset, as its text arrives: the splitter (json_stream_splitter.h) checks the
// raw bytes against the limits and cuts out each entity and link, which is parsed into a
// small DOM (dom_builder.h), read into the Dataset structs (dataset_reader.h), checked
// against what is known so far (reference_check.h) and dropped, with the places of its
// errors found in its own text (load_errors.h). The rest of the document, the skeleton, is
// parsed at the end. So no more than one item and the skeleton exist as text or DOM at any
// time, whatever the size of the file. This file only ties those together.
//
// [SECTION] The stream's state: a piece as it comes, the skeleton at the end
// [SECTION] Entry points: DatasetLoadStream, load_dataset, format_error
#include "load/dataset_loader.h"

#include <algorithm>
#include <istream>
#include <new>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "load/dataset_reader.h"
#include "load/dom_builder.h"
#include "load/json_locator.h"
#include "load/json_stream_splitter.h"
#include "load/load_errors.h"
#include "load/reference_check.h"
#include "model/dataset_index.h"

namespace pe {

using load::element_pointer;
using load::error_at;
using load::failed_load;
using load::inside;

std::string oversize_message(std::uint64_t bytes, const LoadLimits& limits) {
    return "the input is " + std::to_string(bytes) + " bytes, more than the limit of " +
           std::to_string(limits.max_bytes) + " bytes";
}

// [SECTION] The stream's state ---------------------------------------------------------

struct DatasetLoadStream::State {
    explicit State(const LoadLimits& load_limits)
        : limits(load_limits),
          dataset(std::make_shared<Dataset>()),
          strings(std::make_shared<StringArena>()),
          splitter({"entities", "links"},
                   SplitLimits{load_limits.max_bytes, load_limits.max_depth, load_limits.max_string_bytes},
                   SplitEvents{[this](const JsonPiece& piece) { on_piece(piece); },
                               [this](std::size_t member) { on_array_begin(member); },
                               [this](std::size_t member) { on_array_end(member); },
                               [this](std::string_view key, std::size_t begin, std::size_t end) {
                                   on_member_end(key, begin, end);
                               }}) {
        placed.max = std::max<std::size_t>(1, limits.max_errors);
    }

    LoadLimits limits;
    std::shared_ptr<Dataset> dataset;
    std::shared_ptr<StringArena> strings;  // the Dataset's, filled as items are read
    load::PlacedErrors placed;             // errors found so far, with their final place
    bool refused = false;                  // over the size limit, announced in advance
    std::uint64_t refused_bytes = 0;
    bool out_of_memory = false;
    bool finished = false;

    std::vector<std::string> issue_pointers;  // per splitter issue found in a piece
    bool piece_syntax_failed = false;
    LoadError piece_syntax;

    load::ReferenceChecker references;
    JsonStreamSplitter splitter;

    void on_array_begin(std::size_t member) {
        if (member == 0) {  // a repeated key: the last array counts, as in a DOM
            dataset->entities.clear();
            references.restart_entities();
        } else {
            dataset->links.clear();
            references.restart_links();
        }
    }
    void on_array_end(std::size_t member) {
        if (member == 0) references.end_entities();
    }
    void on_member_end(std::string_view key, std::size_t begin, std::size_t end) {
        if (key != "lanes" && key != "sources") return;
        const std::string_view value = std::string_view(splitter.skeleton()).substr(begin, end - begin);
        if (key == "lanes") {
            references.know_lanes(load::declared_ids(value));
        } else {
            references.know_sources(load::declared_ids(value));
        }
    }

    void on_piece(const JsonPiece& piece) {
        const bool is_entity = piece.member == 0;
        const std::string_view array = is_entity ? "entities" : "links";
        const std::string prefix = element_pointer(array, piece.index);
        if (!splitter.issues().empty()) {  // byte-level problems alone will be reported: name them
            issue_pointers.resize(splitter.issues().size());
            for (std::size_t k = piece.first_issue; k < piece.issue_end; ++k) {
                issue_pointers[k] =
                    prefix + pointer_at_offset(piece.text, splitter.issues()[k].offset - piece.offset);
            }
            return;
        }
        if (piece_syntax_failed) return;  // only the first syntax error is reported
        nlohmann::json value;
        load::Errors errors;
        errors.max = placed.room();
        const load::ParseOutcome parsed = load::parse_piece(piece.text, prefix, value, errors);
        if (parsed.failed) {
            piece_syntax_failed = true;
            piece_syntax =
                error_at(inside(piece.start, text_position(piece.text, parsed.error_offset)),
                         prefix + pointer_at_offset(piece.text, parsed.error_offset), parsed.error_message);
            return;
        }
        const load::Path root;
        const load::Path array_path = root / array;  // a frame of its own: a Path points to its parent
        const load::Path path = array_path[piece.index];
        std::vector<load::ForwardReference> later;
        if (is_entity) {
            load::read_entity(value, path, errors, *strings, dataset->entities.emplace_back());
            references.check_entity(dataset->entities, piece.index, errors, later);
        } else {
            load::read_link(value, path, errors, *strings, dataset->links.emplace_back(),
                            [&](std::string_view id) {
                                const std::uint32_t at = references.position_of(id);
                                return at == kNotFound ? DataString() : dataset->entities[at].id;
                            });
            references.check_link(dataset->links, piece.index, dataset->entities, errors, later);
        }
        std::vector<std::string> later_pointers;
        later_pointers.reserve(later.size());
        for (const load::ForwardReference& ref : later) later_pointers.push_back(ref.pointer);
        const std::vector<TextPosition> positions =
            load::place_piece_errors(piece.text, piece.start, prefix.size(), errors, later_pointers, placed);
        for (std::size_t k = 0; k < later.size(); ++k) {
            later[k].position = positions[k];
            references.keep(std::move(later[k]));
        }
    }

    LoadResult finish() {
        LoadResult result;
        if (refused || splitter.over_size()) {
            // Fed in chunks with no size announced, the total is unknown: only that it is too much.
            result.errors.push_back(error_at(TextPosition{1, 1}, "",
                                             refused ? oversize_message(refused_bytes, limits)
                                                     : "the input is larger than the limit of " +
                                                           std::to_string(limits.max_bytes) + " bytes"));
            return result;
        }
        splitter.finish();
        if (!splitter.issues().empty()) {
            result.errors = load::scan_issue_errors(splitter.issues(), std::move(issue_pointers),
                                                    splitter.skeleton(), limits.max_errors);
            return result;
        }

        const std::string& skeleton = splitter.skeleton();
        nlohmann::json root;
        load::Errors errors;
        errors.max = placed.room();
        const load::ParseOutcome parsed = load::parse_skeleton(skeleton, root, errors);
        if (parsed.failed) {
            LoadError error =
                error_at(splitter.original_position(parsed.error_offset),
                         pointer_at_offset(skeleton, parsed.error_offset), parsed.error_message);
            const bool piece_first =
                piece_syntax_failed &&
                (piece_syntax.line < error.line ||
                 (piece_syntax.line == error.line && piece_syntax.column <= error.column));
            result.errors.push_back(piece_first ? piece_syntax : std::move(error));
            return result;
        }
        if (piece_syntax_failed) {
            result.errors.push_back(piece_syntax);
            return result;
        }

        Dataset& d = *dataset;
        load::read_dataset(root, parsed.streamed_entities, parsed.streamed_links, errors, *strings, d);
        if (root.is_object()) {
            const load::IdTable lanes = load::unique_ids(d.lanes, errors);
            const load::IdTable sources = load::unique_ids(d.sources, errors);
            references.decide_kept(lanes, sources, d.entities, placed);
        }
        load::place_skeleton_errors(
            skeleton, errors, [&](std::size_t offset) { return splitter.original_position(offset); }, placed);
        if (!placed.list.empty()) {
            result.errors = std::move(placed.list);
            load::sort_and_cap(result.errors, placed.dropped);
            return result;
        }
        references.release();  // the Dataset's own map replaces its ids
        IdMap by_id;
        by_id.reserve(d.entities.size());
        for (std::size_t i = 0; i < d.entities.size(); ++i)
            by_id.emplace(d.entities[i].id, static_cast<std::uint32_t>(i));
        d.index = build_dataset_index(d.entities, d.links, std::move(by_id));
        d.strings = std::move(strings);
        result.dataset = std::move(dataset);
        return result;
    }
};

// [SECTION] Entry points ---------------------------------------------------------------

DatasetLoadStream::DatasetLoadStream(const LoadLimits& limits) : state_(std::make_unique<State>(limits)) {}
DatasetLoadStream::~DatasetLoadStream() = default;

bool DatasetLoadStream::expect_size(std::uint64_t total_bytes) {
    if (total_bytes <= state_->limits.max_bytes) {
        // Room for the ids and link keys a text this size may hold (a few hundred bytes per
        // item at the least), so the tables do not rehash while items stream in.
        const auto items = static_cast<std::size_t>(total_bytes / 512);
        state_->references.reserve(items / 3, items);
        return true;
    }
    state_->refused = true;
    state_->refused_bytes = total_bytes;
    return false;
}

void DatasetLoadStream::feed(std::string_view bytes) {
    State& s = *state_;
    if (s.refused || s.out_of_memory || s.finished) return;
    try {
        s.splitter.feed(bytes);
    } catch (const std::bad_alloc&) {
        s.out_of_memory = true;
    }
}

std::size_t DatasetLoadStream::bytes_fed() const {
    return state_->splitter.bytes_seen();
}

LoadResult DatasetLoadStream::finish() {
    State& s = *state_;
    LoadResult result;
    try {
        if (s.finished) {
            result.errors.push_back(LoadError{0, 0, "", "internal error: the load was finished already"});
            return result;
        }
        s.finished = true;
        if (s.out_of_memory) throw std::bad_alloc();
        result = s.finish();
        s.dataset.reset();  // the result owns it now; the rest of the state is dropped with the stream
        return result;
    } catch (const std::bad_alloc&) {
        s.dataset.reset();
        return failed_load("out of memory while loading");
    } catch (const std::exception& e) {
        try {
            LoadResult failed;
            failed.errors.push_back(
                LoadError{0, 0, "", std::string("internal error while loading: ") + e.what()});
            return failed;
        } catch (...) {
            return LoadResult{};
        }
    } catch (...) {
        return LoadResult{};
    }
}

LoadResult load_dataset(std::string_view json_text, const LoadLimits& limits) {
    try {
        DatasetLoadStream stream(limits);
        if (stream.expect_size(json_text.size())) stream.feed(json_text);
        return stream.finish();
    } catch (...) {  // constructing the stream ran out of memory
        return failed_load("out of memory while loading");
    }
}

LoadResult load_dataset(std::istream& in, const LoadLimits& limits) {
    try {
        DatasetLoadStream stream(limits);
        std::string chunk(std::size_t{1} << 20, '\0');
        while (in) {
            in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
            const auto got = static_cast<std::size_t>(in.gcount());
            if (got == 0) break;
            stream.feed(std::string_view(chunk.data(), got));
        }
        if (in.bad()) return failed_load("could not read the input");
        return stream.finish();
    } catch (...) {
        return failed_load("out of memory while loading");
    }
}

std::string format_error(std::string_view origin, const LoadError& error) {
    std::string out(origin);
    out += ':';
    if (error.line > 0) {
        out += std::to_string(error.line) + ':' + std::to_string(error.column) + ':';
    }
    out += ' ';
    out += error.pointer.empty() ? std::string("/") : error.pointer;
    out += ": ";
    out += error.message;
    return out;
}

}  // namespace pe

// The errors of a load, from where they are found to where they are reported: a lazy place
// in the document (Path) that becomes a JSON pointer only when an error is reported, the
// list of one piece's errors (Errors), and the placing of them at a line and column of the
// original text, sorted and capped. It reads no JSON itself: the locator finds the places.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "load/dataset_loader.h"
#include "load/json_locator.h"
#include "load/json_stream_splitter.h"

namespace pe::load {

enum class Anchor : std::uint8_t {
    Value,  // where the value at `pointer` begins
    Key,    // where the key of the member at `pointer` begins
};

// An error found while reading, placed (line and column) once the text it is in is at hand.
struct PendingError {
    std::string pointer;
    std::string message;
    Anchor anchor = Anchor::Value;
};

// A place in the document as a chain of frames on the stack: no allocation while all is
// well; the pointer string is made only when an error is reported. A frame points to its
// parent: `a / "b"` may be passed on, but a Path kept in a variable needs its parents kept
// in variables too (`(root / "x")[i]` would point to a temporary gone at the `;`).
struct Path {
    const Path* parent = nullptr;  // null for the document itself
    std::string_view key;
    std::size_t index = 0;
    bool is_index = false;

    Path operator/(std::string_view member) const { return Path{this, member, 0, false}; }
    Path operator[](std::size_t element) const { return Path{this, {}, element, true}; }
};

std::string pointer_of(const Path& path);

// "/array/index", the pointer of an item of a top-level array.
std::string element_pointer(std::string_view array, std::size_t index);

// The errors of one piece (or of the skeleton) as they are found, up to `max`; the rest
// are counted.
struct Errors {
    std::size_t max = 1000;
    std::size_t dropped = 0;
    std::vector<PendingError> list;

    bool empty() const { return list.empty(); }
    void add(PendingError error);
    void at(const Path& path, std::string message, Anchor anchor = Anchor::Value);
};

// `text` in double quotes, as messages name ids and fields.
std::string in_quotes(std::string_view text);

// The errors of a load with their final place, up to `max` (at least one); those over it
// are counted in `dropped`.
struct PlacedErrors {
    std::size_t max = 1000;
    std::size_t dropped = 0;
    std::vector<LoadError> list;

    std::size_t room() const { return list.size() >= max ? 0 : max - list.size(); }
    void add(LoadError error);  // counted in `dropped` when there is no room
};

LoadError error_at(TextPosition position, std::string pointer, std::string message);

// A position inside a text that begins at `start` of the document, made a document position.
TextPosition inside(TextPosition start, TextPosition relative);

// Sorted by line and column (stable), then "N more errors not shown" when some were dropped.
void sort_and_cap(std::vector<LoadError>& errors, std::size_t dropped);

// A load that ended without a dataset and with one message (no place). Never throws: when
// even the message cannot be made, the result has no errors (callers say "could not be loaded").
LoadResult failed_load(const char* message) noexcept;

// Places the errors of one piece, whose text begins at `start` of the document and whose
// pointers all begin with a prefix of `prefix_size` bytes, and moves them to `placed`;
// `also` are more pointers under the same prefix (forward references) to place in the same
// single scan of the text: their positions are returned, in order.
std::vector<TextPosition> place_piece_errors(std::string_view text, TextPosition start,
                                             std::size_t prefix_size, Errors& errors,
                                             const std::vector<std::string>& also, PlacedErrors& placed);

// Places the skeleton's own errors: located in it, then mapped back to the original text
// by `original_position` (a skeleton offset to a document position), while there is room.
void place_skeleton_errors(std::string_view skeleton, Errors& errors,
                           const std::function<TextPosition(std::size_t)>& original_position,
                           PlacedErrors& placed);

// The errors for byte-level problems (the splitter's issues), the only ones reported when
// there are any: `piece_pointers` names those found in pieces; those in the skeleton are
// named here. Sorted and capped at `max_errors`.
std::vector<LoadError> scan_issue_errors(const std::vector<ScanIssue>& issues,
                                         std::vector<std::string> piece_pointers, std::string_view skeleton,
                                         std::size_t max_errors);

}  // namespace pe::load

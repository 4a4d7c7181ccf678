// Implements the errors of a load (load_errors.h): pointers made from paths on demand, the
// cap, and the placing of pointers at lines and columns through the locator.
#include "load/load_errors.h"

#include <algorithm>
#include <utility>

namespace pe::load {

namespace {
constexpr std::size_t npos = std::string_view::npos;
}  // namespace

std::string pointer_of(const Path& path) {
    std::vector<const Path*> chain;
    for (const Path* p = &path; p->parent != nullptr; p = p->parent) chain.push_back(p);
    std::string pointer;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if ((*it)->is_index) {
            append_pointer_index(pointer, (*it)->index);
        } else {
            append_pointer_token(pointer, (*it)->key);
        }
    }
    return pointer;
}

std::string element_pointer(std::string_view array, std::size_t index) {
    std::string pointer;
    append_pointer_token(pointer, array);
    append_pointer_index(pointer, index);
    return pointer;
}

void Errors::add(PendingError error) {
    if (list.size() >= max) {
        ++dropped;
        return;
    }
    list.push_back(std::move(error));
}

void Errors::at(const Path& path, std::string message, Anchor anchor) {
    if (list.size() >= max) {
        ++dropped;
        return;
    }
    PendingError error;
    error.pointer = pointer_of(path);
    error.message = std::move(message);
    error.anchor = anchor;
    list.push_back(std::move(error));
}

std::string in_quotes(std::string_view text) {
    std::string s;
    s.reserve(text.size() + 2);
    s += '"';
    s += text;
    s += '"';
    return s;
}

void PlacedErrors::add(LoadError error) {
    if (room() == 0) {
        ++dropped;
    } else {
        list.push_back(std::move(error));
    }
}

LoadError error_at(TextPosition position, std::string pointer, std::string message) {
    LoadError error;
    error.line = position.line;
    error.column = position.column;
    error.pointer = std::move(pointer);
    error.message = std::move(message);
    return error;
}

TextPosition inside(TextPosition start, TextPosition relative) {
    if (relative.line <= 1) return TextPosition{start.line, start.column + relative.column - 1};
    return TextPosition{start.line + relative.line - 1, relative.column};
}

void sort_and_cap(std::vector<LoadError>& errors, std::size_t dropped) {
    std::stable_sort(errors.begin(), errors.end(), [](const LoadError& a, const LoadError& b) {
        if (a.line != b.line) return a.line < b.line;
        return a.column < b.column;
    });
    if (dropped > 0) {
        LoadError more;
        more.message = std::to_string(dropped) + " more error" + (dropped == 1 ? "" : "s") + " not shown";
        errors.push_back(std::move(more));
    }
}

LoadResult failed_load(const char* message) noexcept {
    try {
        LoadResult failed;
        failed.errors.push_back(LoadError{0, 0, "", message});
        return failed;
    } catch (...) {
        return LoadResult{};
    }
}

std::vector<TextPosition> place_piece_errors(std::string_view text, TextPosition start,
                                             std::size_t prefix_size, Errors& errors,
                                             const std::vector<std::string>& also, PlacedErrors& placed) {
    // Errors past the cap are counted even when the piece has nothing to place.
    placed.dropped += errors.dropped;
    if (errors.list.empty() && also.empty()) return {};
    std::vector<std::string> relative;
    relative.reserve(errors.list.size() + also.size());
    for (const PendingError& error : errors.list) relative.push_back(error.pointer.substr(prefix_size));
    for (const std::string& pointer : also) relative.push_back(pointer.substr(prefix_size));
    const std::vector<ValueLocation> found = locate_pointers(text, relative);
    std::vector<std::size_t> offsets(found.size(), 0);
    for (std::size_t k = 0; k < found.size(); ++k) {
        const bool key =
            k < errors.list.size() && errors.list[k].anchor == Anchor::Key && found[k].key_offset != npos;
        const std::size_t offset = key ? found[k].key_offset : found[k].value_offset;
        offsets[k] = offset == npos ? 0 : offset;
    }
    const std::vector<TextPosition> positions = text_positions(text, offsets);
    // Errors::max was the room left when the piece began, so all of them fit.
    for (std::size_t k = 0; k < errors.list.size(); ++k) {
        placed.list.push_back(error_at(inside(start, positions[k]), std::move(errors.list[k].pointer),
                                       std::move(errors.list[k].message)));
    }
    std::vector<TextPosition> also_positions;
    also_positions.reserve(also.size());
    for (std::size_t k = 0; k < also.size(); ++k)
        also_positions.push_back(inside(start, positions[errors.list.size() + k]));
    return also_positions;
}

void place_skeleton_errors(std::string_view skeleton, Errors& errors,
                           const std::function<TextPosition(std::size_t)>& original_position,
                           PlacedErrors& placed) {
    if (errors.list.empty()) {
        placed.dropped += errors.dropped;
        return;
    }
    std::vector<std::string> wanted;
    wanted.reserve(errors.list.size());
    for (const PendingError& error : errors.list) wanted.push_back(error.pointer);
    const std::vector<ValueLocation> found = locate_pointers(skeleton, wanted);
    for (std::size_t k = 0; k < errors.list.size(); ++k) {
        PendingError& error = errors.list[k];
        const std::size_t offset = (error.anchor == Anchor::Key && found[k].key_offset != npos)
                                       ? found[k].key_offset
                                       : found[k].value_offset;
        LoadError placed_error;
        if (offset != npos) {
            const TextPosition position = original_position(offset);
            placed_error.line = position.line;
            placed_error.column = position.column;
        }
        placed_error.pointer = std::move(error.pointer);
        placed_error.message = std::move(error.message);
        placed.add(std::move(placed_error));
    }
    placed.dropped += errors.dropped;
}

std::vector<LoadError> scan_issue_errors(const std::vector<ScanIssue>& issues,
                                         std::vector<std::string> piece_pointers, std::string_view skeleton,
                                         std::size_t max_errors) {
    std::vector<std::size_t> skeleton_offsets;
    std::vector<std::size_t> skeleton_issues;
    for (std::size_t k = 0; k < issues.size(); ++k) {
        if (!issues[k].in_piece) {
            skeleton_issues.push_back(k);
            skeleton_offsets.push_back(issues[k].skeleton_offset);
        }
    }
    const std::vector<std::string> names = pointers_at_offsets(skeleton, skeleton_offsets);
    std::vector<std::string>& pointers = piece_pointers;
    pointers.resize(issues.size());
    for (std::size_t j = 0; j < skeleton_issues.size(); ++j) pointers[skeleton_issues[j]] = names[j];
    std::vector<LoadError> errors;
    const std::size_t max = std::max<std::size_t>(1, max_errors);
    for (std::size_t k = 0; k < issues.size() && k < max; ++k)
        errors.push_back(error_at(issues[k].position, pointers[k], issues[k].message));
    sort_and_cap(errors, issues.size() > max ? issues.size() - max : 0);
    return errors;
}

}  // namespace pe::load

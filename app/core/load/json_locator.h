// Places in JSON text, found after the fact for error messages: the line and column of a
// byte offset, where the values named by JSON pointers (RFC 6901) begin, and which value
// encloses a byte offset. Each call scans the text once; it never fails on broken JSON
// (it reads as far as it can) and is used only when a load has errors.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pe {

struct TextPosition {
    int line = 0;    // 1-based; lines end at '\n'
    int column = 0;  // 1-based, in bytes from the start of the line
};

// An offset at or past the end gives the position just after the last byte.
TextPosition text_position(std::string_view text, std::size_t offset);
// The same for many offsets (any order) in a single pass; results in the given order.
std::vector<TextPosition> text_positions(std::string_view text, const std::vector<std::size_t>& offsets);

// Appends "/" and the RFC 6901 form of an object key or array index ("~" -> "~0", "/" -> "~1").
void append_pointer_token(std::string& pointer, std::string_view key);
void append_pointer_index(std::string& pointer, std::size_t index);

struct ValueLocation {
    std::size_t key_offset = std::string_view::npos;    // the opening quote of its member key
    std::size_t value_offset = std::string_view::npos;  // its first byte
};

// Where each pointer's value (and its member key, for object members) begins. The empty
// pointer is the whole document. A pointer that occurs twice (a duplicated key) gives its
// last occurrence; one that does not occur gives npos offsets.
std::vector<ValueLocation> locate_pointers(std::string_view text, const std::vector<std::string>& pointers);

// The line and column where the value at `pointer` begins ({0, 0} when it is not there):
// one locate_pointers and one text_position, for a single look-up.
TextPosition pointer_position(std::string_view text, const std::string& pointer);

// For each byte offset (any order), the pointer of the innermost value that begins at or
// before it and has not ended before it: for a syntax error, the value being read when
// the parser stopped. A key is not a value: an offset inside a key gives its object.
std::vector<std::string> pointers_at_offsets(std::string_view text, const std::vector<std::size_t>& offsets);
std::string pointer_at_offset(std::string_view text, std::size_t offset);

}  // namespace pe

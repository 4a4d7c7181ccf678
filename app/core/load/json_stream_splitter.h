// A JSON text that arrives in chunks (a file read piece by piece, a download), cut into
// parts small enough to parse one at a time, so that a large dataset never has to exist
// in memory as one text. Each element of the chosen array members of the top-level object
// ("entities", "links") is a piece, handed over as soon as it is complete; everything else
// is kept as the skeleton, where each piece stands as the placeholder `0` (so the skeleton
// is valid JSON exactly when the text is, apart from the pieces themselves, and array
// indexes in it are those of the text).
//
// On the way it applies the loader's byte-level limits (invalid UTF-8 in strings, strings
// too long, nesting too deep, too many bytes) and counts lines, so a place in a piece or in
// the skeleton maps back to its line and column in the original text. It does not check
// the JSON grammar: the parser does that, on the pieces and on the skeleton.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "load/json_locator.h"

namespace pe {

struct SplitLimits {
    std::size_t max_bytes = 0;         // more than this: the rest is not read
    std::size_t max_depth = 0;         // a bracket deeper than this: nothing after it is read
    std::size_t max_string_bytes = 0;  // counted between the quotes, as written
};

// A problem found in the raw bytes, before any parsing.
struct ScanIssue {
    std::size_t offset = 0;  // in the original text
    TextPosition position;
    std::string message;
    bool in_piece = false;
    std::size_t skeleton_offset = 0;  // when not in a piece: the same byte in the skeleton
};

struct JsonPiece {
    std::string_view text;                       // valid during the callback only
    std::size_t member = 0;                      // index into the streamed member names
    std::size_t index = 0;                       // the element's index in its array
    std::size_t offset = 0;                      // of text[0] in the original text
    TextPosition start;                          // of text[0]
    std::size_t first_issue = 0, issue_end = 0;  // the ScanIssues inside it
    bool complete = true;                        // false: the text ended inside it
};

struct SplitEvents {
    std::function<void(const JsonPiece&)> piece;
    std::function<void(std::size_t member)> array_begin;  // a streamed array starts (a key may repeat)
    std::function<void(std::size_t member)> array_end;
    // A top-level member other than a streamed array ended: its value is the skeleton's
    // bytes [begin, end), still there when the callback runs.
    std::function<void(std::string_view key, std::size_t begin, std::size_t end)> member_end;
};

class JsonStreamSplitter {
  public:
    JsonStreamSplitter(std::vector<std::string> streamed_members, SplitLimits limits, SplitEvents events);

    void feed(std::string_view bytes);
    void finish();  // the text ended; call once, after the last feed

    bool over_size() const { return over_size_; }
    std::size_t bytes_seen() const { return bytes_seen_; }
    const std::string& skeleton() const { return skeleton_; }
    const std::vector<ScanIssue>& issues() const { return issues_; }
    // Where a byte of the skeleton is in the original text (a placeholder maps to the
    // start of its piece); an offset at the end gives the end of the text.
    TextPosition original_position(std::size_t skeleton_offset) const;

  private:
    enum class TopState : std::uint8_t {
        Start,
        NotObject,
        ExpectKey,
        InKey,
        AfterKey,
        ExpectValue,
        InValue,
        Done
    };
    struct PieceSpan {
        std::size_t skeleton_offset;  // of its placeholder
        TextPosition start, end;      // end: the byte just after it
    };

    void scan(const char* data, std::size_t size);
    static std::size_t plain_run(const char* data, std::size_t i, std::size_t size);
    void structural(char c, std::size_t at);  // a byte outside strings
    void begin_piece(std::size_t at);
    void end_piece(std::size_t at, bool complete);
    void end_member(std::size_t at);
    void add_issue(std::size_t offset, TextPosition position, bool in_piece, std::size_t skeleton_offset,
                   std::string message);
    TextPosition position_at(std::size_t offset) const;
    std::size_t skeleton_offset_at(std::size_t offset) const;  // for a byte not in a piece
    void flush_run(std::size_t until);

    // Fields grouped by size (the analyzer's padding check); what each group is for:
    // the scan point (chunk, offsets, line), a string being read (its start, a UTF-8
    // sequence in it), the structure (depth, the top-level member, a piece), the output.
    std::vector<std::string> streamed_;
    SplitLimits limits_;
    SplitEvents events_;
    std::string key_;           // the top-level key being read or just read
    std::string piece_buffer_;  // a piece that began in an earlier chunk
    std::string skeleton_;
    std::vector<PieceSpan> pieces_;
    std::vector<ScanIssue> issues_;

    const char* chunk_ = nullptr;  // the chunk being scanned
    std::size_t chunk_base_ = 0;   // offset of chunk_[0] in the text
    std::size_t bytes_seen_ = 0;
    std::size_t line_start_ = 0;
    std::size_t string_start_ = 0;
    std::size_t string_skeleton_offset_ = 0;
    std::size_t utf8_lead_ = 0;
    std::size_t utf8_lead_skeleton_offset_ = 0;
    std::size_t depth_ = 0;
    std::size_t member_value_skeleton_ = 0;  // where the current member's value begins
    std::size_t stream_member_ = SIZE_MAX;   // set inside a streamed array
    std::size_t piece_index_ = 0;
    std::size_t piece_start_ = 0;
    std::size_t piece_first_issue_ = 0;
    std::size_t run_start_ = 0;  // skeleton bytes from here to the scan point are not yet copied

    TextPosition string_start_position_;
    TextPosition utf8_lead_position_;
    TextPosition piece_start_position_;
    int line_ = 1;
    int utf8_needed_ = 0;  // continuation bytes still due

    unsigned char utf8_low_ = 0x80, utf8_high_ = 0xBF;
    unsigned char utf8_lead_byte_ = 0;
    TopState top_ = TopState::Start;
    bool stopped_ = false;
    bool over_size_ = false;
    bool in_string_ = false;
    bool escaped_ = false;
    bool string_in_piece_ = false;
    bool utf8_skipping_ = false;  // after a bad sequence: its continuation bytes
    bool in_piece_ = false;
};

}  // namespace pe

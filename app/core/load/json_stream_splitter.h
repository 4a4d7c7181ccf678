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

    bool over_size() const { return scan_.over_size; }
    std::size_t bytes_seen() const { return scan_.bytes_seen; }
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

    // Within each group, members are ordered by size (the analyzer's padding check).

    // Where the scan is, and whether it goes on.
    struct ScanPoint {
        const char* chunk = nullptr;  // the chunk being scanned
        std::size_t chunk_base = 0;   // offset of chunk[0] in the text
        std::size_t bytes_seen = 0;
        std::size_t line_start = 0;  // offset of the current line's first byte
        int line = 1;
        bool stopped = false;    // a limit was hit: nothing more is read
        bool over_size = false;  // that limit was max_bytes
    };
    // The string (or key) being read.
    struct StringScan {
        std::size_t start = 0;            // offset of its opening quote
        std::size_t skeleton_offset = 0;  // of the same quote in the skeleton, when not in a piece
        TextPosition start_position;
        bool inside = false;
        bool escaped = false;  // the byte before was a backslash
        bool in_piece = false;
    };
    // A multi-byte UTF-8 sequence in that string.
    struct Utf8Scan {
        std::size_t lead = 0;  // offset of its first byte
        std::size_t lead_skeleton_offset = 0;
        TextPosition lead_position;
        int needed = 0;                         // continuation bytes still due
        unsigned char low = 0x80, high = 0xBF;  // the range the next one must be in
        unsigned char lead_byte = 0;
        bool skipping = false;  // after a bad sequence: its continuation bytes
    };
    // The element of a streamed array being cut out.
    struct PieceScan {
        std::string buffer;             // the piece's text so far, when it began in an earlier chunk
        std::size_t member = SIZE_MAX;  // set inside a streamed array: which one
        std::size_t index = 0;          // of the element in its array
        std::size_t start = 0;          // offset of its first byte
        std::size_t first_issue = 0;
        TextPosition start_position;
        bool inside = false;
    };
    // The top-level object: its members, their keys and where their values begin.
    struct TopLevel {
        std::string key;                        // the key being read or just read
        std::size_t depth = 0;                  // of nesting: 1 inside the top-level object
        std::size_t value_skeleton_offset = 0;  // where the current member's value begins
        TopState state = TopState::Start;
    };

    // What it was given.
    std::vector<std::string> streamed_;
    SplitLimits limits_;
    SplitEvents events_;

    // The state of the scan, kept between chunks.
    ScanPoint scan_;
    StringScan string_;
    Utf8Scan utf8_;
    PieceScan piece_;
    TopLevel top_;

    // What it makes.
    std::string skeleton_;
    std::size_t run_start_ = 0;  // skeleton bytes from here to the scan point are not yet copied
    std::vector<PieceSpan> pieces_;
    std::vector<ScanIssue> issues_;
};

}  // namespace pe

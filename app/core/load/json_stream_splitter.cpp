// Implements the chunked splitter (json_stream_splitter.h): one pass over each byte, with
// every state it needs kept between chunks (inside a string, a UTF-8 sequence, a piece),
// so a chunk may end anywhere, even inside a character.
#include "load/json_stream_splitter.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <utility>

#include "load/utf8.h"

namespace pe {

namespace {

constexpr std::size_t kMaxKeyBytes = 64;  // longer top-level keys are never streamed ones

std::string hex_byte(unsigned char byte) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    return std::string("0x") + kDigits[byte >> 4] + kDigits[byte & 15];
}

bool is_json_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A key as the parser will see it: escapes decoded; the raw bytes when it has none.
std::string decoded_key(const std::string& raw) {
    if (raw.find('\\') == std::string::npos) return raw;
    const nlohmann::json parsed = nlohmann::json::parse("\"" + raw + "\"", nullptr, false);
    return parsed.is_string() ? parsed.get<std::string>() : raw;
}

}  // namespace

JsonStreamSplitter::JsonStreamSplitter(std::vector<std::string> streamed_members, SplitLimits limits,
                                       SplitEvents events)
    : streamed_(std::move(streamed_members)), limits_(limits), events_(std::move(events)) {}

TextPosition JsonStreamSplitter::position_at(std::size_t offset) const {
    return TextPosition{scan_.line, static_cast<int>(offset - scan_.line_start + 1)};
}

std::size_t JsonStreamSplitter::skeleton_offset_at(std::size_t offset) const {
    return skeleton_.size() + (offset - run_start_);
}

void JsonStreamSplitter::flush_run(std::size_t until) {
    if (scan_.chunk != nullptr && until > run_start_) {
        skeleton_.append(scan_.chunk + (run_start_ - scan_.chunk_base), until - run_start_);
    }
    run_start_ = until;
}

void JsonStreamSplitter::add_issue(std::size_t offset, TextPosition position, bool in_piece,
                                   std::size_t skeleton_offset, std::string message) {
    ScanIssue issue;
    issue.offset = offset;
    issue.position = position;
    issue.message = std::move(message);
    issue.in_piece = in_piece;
    issue.skeleton_offset = skeleton_offset;
    issues_.push_back(std::move(issue));
}

void JsonStreamSplitter::begin_piece(std::size_t at) {
    flush_run(at);
    skeleton_ += '0';
    pieces_.push_back(PieceSpan{skeleton_.size() - 1, position_at(at), {}});
    piece_.inside = true;
    piece_.start = at;
    piece_.start_position = position_at(at);
    piece_.first_issue = issues_.size();
    run_start_ = at;  // nothing of the piece goes to the skeleton
}

void JsonStreamSplitter::end_piece(std::size_t at, bool complete) {
    pieces_.back().end = position_at(at);
    std::string_view text;
    if (scan_.chunk != nullptr && piece_.start >= scan_.chunk_base) {
        text = std::string_view(scan_.chunk + (piece_.start - scan_.chunk_base), at - piece_.start);
    } else {
        if (scan_.chunk != nullptr) piece_.buffer.append(scan_.chunk, at - scan_.chunk_base);
        text = piece_.buffer;
    }
    JsonPiece piece;
    piece.text = text;
    piece.member = piece_.member;
    piece.index = piece_.index;
    piece.offset = piece_.start;
    piece.start = piece_.start_position;
    piece.first_issue = piece_.first_issue;
    piece.issue_end = issues_.size();
    piece.complete = complete;
    if (events_.piece) events_.piece(piece);
    piece_.buffer.clear();
    if (piece_.buffer.capacity() > (std::size_t{1} << 20)) piece_.buffer.shrink_to_fit();
    piece_.inside = false;
    run_start_ = at;
    ++piece_.index;
}

void JsonStreamSplitter::end_member(std::size_t at) {
    flush_run(at);
    if (events_.member_end)
        events_.member_end(decoded_key(top_.key), top_.value_skeleton_offset, skeleton_.size());
}

void JsonStreamSplitter::structural(char c, std::size_t at) {
    const bool streaming = piece_.member != SIZE_MAX && top_.depth == 2;
    if (streaming && !piece_.inside && !is_json_space(c) && c != ',' && c != ']' && c != '}') begin_piece(at);
    const bool value_starts = top_.depth == 1 && top_.state == TopState::ExpectValue && !is_json_space(c);
    if (value_starts) {
        top_.value_skeleton_offset = skeleton_offset_at(at);
        top_.state = TopState::InValue;
    }
    switch (c) {
        case '"':
            if (top_.depth == 1 && top_.state == TopState::ExpectKey) {
                top_.state = TopState::InKey;
                top_.key.clear();
            }
            string_.inside = true;
            string_.start = at;
            string_.start_position = position_at(at);
            string_.in_piece = piece_.inside;
            string_.skeleton_offset = piece_.inside ? 0 : skeleton_offset_at(at);
            break;
        case '[':
        case '{': {
            if (top_.depth == 0 && top_.state == TopState::Start)
                top_.state = c == '{' ? TopState::ExpectKey : TopState::NotObject;
            ++top_.depth;
            if (top_.depth > limits_.max_depth) {
                add_issue(
                    at, position_at(at), piece_.inside, piece_.inside ? 0 : skeleton_offset_at(at),
                    "nesting is deeper than the limit of " + std::to_string(limits_.max_depth) + " levels");
                scan_.stopped = true;  // nothing after this bracket is read
                if (piece_.inside) {
                    end_piece(at + 1, false);
                } else {
                    flush_run(at + 1);
                }
                return;
            }
            if (value_starts && c == '[') {
                const std::string key = decoded_key(top_.key);
                const auto it = std::find(streamed_.begin(), streamed_.end(), key);
                if (it != streamed_.end()) {
                    piece_.member = static_cast<std::size_t>(it - streamed_.begin());
                    piece_.index = 0;
                    if (events_.array_begin) events_.array_begin(piece_.member);
                }
            }
            break;
        }
        case ']':
        case '}':
            if (streaming) {
                if (piece_.inside) end_piece(at, true);
                const std::size_t member = piece_.member;
                piece_.member = SIZE_MAX;
                if (events_.array_end) events_.array_end(member);
            }
            if (top_.depth == 1 && top_.state != TopState::NotObject) {
                if (top_.state == TopState::InValue) end_member(at);
                top_.state = TopState::Done;
            }
            if (top_.depth > 0) --top_.depth;
            break;
        case ',':
            if (streaming && piece_.inside) end_piece(at, true);
            if (top_.depth == 1 && top_.state == TopState::InValue) {
                end_member(at);
                top_.state = TopState::ExpectKey;
            }
            break;
        case ':':
            if (top_.depth == 1 && top_.state == TopState::AfterKey) top_.state = TopState::ExpectValue;
            break;
        default:
            break;
    }
}

// How far the plain part of a string's text runs from `i`: printable ASCII and complete,
// well-formed UTF-8 sequences, which need no state (most of a dataset's bytes are these).
// Stops before a quote, a backslash, a control byte or anything the byte loop must judge.
std::size_t JsonStreamSplitter::plain_run(const char* data, std::size_t i, std::size_t size) {
    const std::string_view chunk(data, size);
    while (i < size) {
        const auto b = static_cast<unsigned char>(data[i]);
        if (b >= 0x20 && b < 0x80) {
            if (b == '"' || b == '\\') break;
            ++i;
        } else if (b >= 0x80) {
            const std::size_t length = utf8_sequence_length(chunk, i);
            if (length == 0) break;  // malformed, or cut by the chunk's end: the byte loop decides
            i += length;
        } else {
            break;
        }
    }
    return i;
}

void JsonStreamSplitter::scan(const char* data, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i) {
        if (string_.inside && !string_.escaped && utf8_.needed == 0 && !utf8_.skipping &&
            !(top_.state == TopState::InKey && top_.depth == 1)) {
            i = plain_run(data, i, size);
            if (i >= size) break;
        }
        const auto b = static_cast<unsigned char>(data[i]);
        const std::size_t at = scan_.chunk_base + i;
        if (string_.inside) {
            const bool collecting = top_.state == TopState::InKey && top_.depth == 1;
            bool handled = true;
            if (string_.escaped) {
                string_.escaped = false;
            } else if (utf8_.needed > 0 && b >= utf8_.low && b <= utf8_.high) {
                --utf8_.needed;
                utf8_.low = 0x80;
                utf8_.high = 0xBF;
            } else if (utf8_.needed > 0 || (utf8_.skipping && (b & 0xC0) == 0x80)) {
                if (utf8_.needed > 0) {  // the sequence broke here: one error, at its first byte
                    add_issue(utf8_.lead, utf8_.lead_position, string_.in_piece, utf8_.lead_skeleton_offset,
                              "invalid UTF-8: byte " + hex_byte(utf8_.lead_byte) +
                                  " does not begin a well-formed sequence");
                    utf8_.needed = 0;
                    utf8_.low = 0x80;
                    utf8_.high = 0xBF;
                }
                utf8_.skipping = (b & 0xC0) == 0x80;
                handled = utf8_.skipping;  // a byte that is no continuation is read as itself
            } else {
                utf8_.skipping = false;
                handled = false;
            }
            if (!handled) {
                if (b == '"') {
                    string_.inside = false;
                    const std::size_t length = at - string_.start - 1;
                    if (length > limits_.max_string_bytes) {
                        add_issue(
                            string_.start, string_.start_position, string_.in_piece, string_.skeleton_offset,
                            "a string of " + std::to_string(length) + " bytes is longer than the limit of " +
                                std::to_string(limits_.max_string_bytes) + " bytes");
                    }
                    if (collecting) top_.state = TopState::AfterKey;
                } else if (b == '\\') {
                    string_.escaped = true;
                } else if (b >= 0x80) {
                    const Utf8Lead lead = utf8_lead(b);
                    const int needed = lead.continuation_bytes;
                    if (needed == 0) {
                        add_issue(
                            at, position_at(at), string_.in_piece,
                            string_.in_piece ? 0 : skeleton_offset_at(at),
                            "invalid UTF-8: byte " + hex_byte(b) + " does not begin a well-formed sequence");
                        utf8_.skipping = true;
                    } else {
                        utf8_.needed = needed;
                        utf8_.low = lead.second_low;
                        utf8_.high = lead.second_high;
                        utf8_.lead = at;
                        utf8_.lead_byte = b;
                        utf8_.lead_position = position_at(at);
                        utf8_.lead_skeleton_offset = string_.in_piece ? 0 : skeleton_offset_at(at);
                    }
                }
            }
            if (collecting && string_.inside && top_.key.size() <= kMaxKeyBytes)
                top_.key += static_cast<char>(b);
        } else {
            structural(static_cast<char>(b), at);
            if (scan_.stopped) return;
        }
        if (b == '\n') {
            ++scan_.line;
            scan_.line_start = at + 1;
        }
    }
}

void JsonStreamSplitter::feed(std::string_view bytes) {
    if (scan_.stopped || bytes.empty()) return;
    if (bytes.size() > limits_.max_bytes - std::min(scan_.bytes_seen, limits_.max_bytes)) {
        scan_.over_size = true;
        scan_.stopped = true;
        scan_.bytes_seen += bytes.size();
        return;
    }
    scan_.chunk = bytes.data();
    scan_.chunk_base = scan_.bytes_seen;
    if (!piece_.inside) run_start_ = scan_.chunk_base;
    scan(scan_.chunk, bytes.size());
    scan_.bytes_seen += bytes.size();
    if (!scan_.stopped) {
        if (piece_.inside) {
            const std::size_t from = std::max(piece_.start, scan_.chunk_base) - scan_.chunk_base;
            piece_.buffer.append(scan_.chunk + from, bytes.size() - from);
        } else {
            flush_run(scan_.bytes_seen);
        }
    }
    scan_.chunk = nullptr;
}

void JsonStreamSplitter::finish() {
    if (scan_.stopped) return;
    scan_.stopped = true;
    if (string_.inside) {
        if (utf8_.needed > 0) {  // the text ended inside a character
            add_issue(utf8_.lead, utf8_.lead_position, string_.in_piece, utf8_.lead_skeleton_offset,
                      "invalid UTF-8: byte " + hex_byte(utf8_.lead_byte) +
                          " does not begin a well-formed sequence");
        }
        const std::size_t length = scan_.bytes_seen - string_.start - 1;
        if (length > limits_.max_string_bytes) {
            add_issue(string_.start, string_.start_position, string_.in_piece, string_.skeleton_offset,
                      "a string of " + std::to_string(length) + " bytes is longer than the limit of " +
                          std::to_string(limits_.max_string_bytes) + " bytes");
        }
    }
    if (piece_.inside) end_piece(scan_.bytes_seen, false);
}

TextPosition JsonStreamSplitter::original_position(std::size_t skeleton_offset) const {
    const auto after = std::upper_bound(
        pieces_.begin(), pieces_.end(), skeleton_offset,
        [](std::size_t offset, const PieceSpan& piece) { return offset < piece.skeleton_offset; });
    if (after == pieces_.begin()) return text_position(skeleton_, skeleton_offset);
    const PieceSpan& piece = *(after - 1);
    if (skeleton_offset == piece.skeleton_offset) return piece.start;
    TextPosition position = piece.end;
    const std::size_t end = std::min(skeleton_offset, skeleton_.size());
    for (std::size_t k = piece.skeleton_offset + 1; k < end; ++k) {
        if (skeleton_[k] == '\n') {
            ++position.line;
            position.column = 1;
        } else {
            ++position.column;
        }
    }
    return position;
}

}  // namespace pe

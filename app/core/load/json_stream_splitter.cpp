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
    return TextPosition{line_, static_cast<int>(offset - line_start_ + 1)};
}

std::size_t JsonStreamSplitter::skeleton_offset_at(std::size_t offset) const {
    return skeleton_.size() + (offset - run_start_);
}

void JsonStreamSplitter::flush_run(std::size_t until) {
    if (chunk_ != nullptr && until > run_start_) {
        skeleton_.append(chunk_ + (run_start_ - chunk_base_), until - run_start_);
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
    in_piece_ = true;
    piece_start_ = at;
    piece_start_position_ = position_at(at);
    piece_first_issue_ = issues_.size();
    run_start_ = at;  // nothing of the piece goes to the skeleton
}

void JsonStreamSplitter::end_piece(std::size_t at, bool complete) {
    pieces_.back().end = position_at(at);
    std::string_view text;
    if (chunk_ != nullptr && piece_start_ >= chunk_base_) {
        text = std::string_view(chunk_ + (piece_start_ - chunk_base_), at - piece_start_);
    } else {
        if (chunk_ != nullptr) piece_buffer_.append(chunk_, at - chunk_base_);
        text = piece_buffer_;
    }
    JsonPiece piece;
    piece.text = text;
    piece.member = stream_member_;
    piece.index = piece_index_;
    piece.offset = piece_start_;
    piece.start = piece_start_position_;
    piece.first_issue = piece_first_issue_;
    piece.issue_end = issues_.size();
    piece.complete = complete;
    if (events_.piece) events_.piece(piece);
    piece_buffer_.clear();
    if (piece_buffer_.capacity() > (std::size_t{1} << 20)) piece_buffer_.shrink_to_fit();
    in_piece_ = false;
    run_start_ = at;
    ++piece_index_;
}

void JsonStreamSplitter::end_member(std::size_t at) {
    flush_run(at);
    if (events_.member_end) events_.member_end(decoded_key(key_), member_value_skeleton_, skeleton_.size());
}

void JsonStreamSplitter::structural(char c, std::size_t at) {
    const bool streaming = stream_member_ != SIZE_MAX && depth_ == 2;
    if (streaming && !in_piece_ && !is_json_space(c) && c != ',' && c != ']' && c != '}') begin_piece(at);
    const bool value_starts = depth_ == 1 && top_ == TopState::ExpectValue && !is_json_space(c);
    if (value_starts) {
        member_value_skeleton_ = skeleton_offset_at(at);
        top_ = TopState::InValue;
    }
    switch (c) {
        case '"':
            if (depth_ == 1 && top_ == TopState::ExpectKey) {
                top_ = TopState::InKey;
                key_.clear();
            }
            in_string_ = true;
            string_start_ = at;
            string_start_position_ = position_at(at);
            string_in_piece_ = in_piece_;
            string_skeleton_offset_ = in_piece_ ? 0 : skeleton_offset_at(at);
            break;
        case '[':
        case '{': {
            if (depth_ == 0 && top_ == TopState::Start)
                top_ = c == '{' ? TopState::ExpectKey : TopState::NotObject;
            ++depth_;
            if (depth_ > limits_.max_depth) {
                add_issue(
                    at, position_at(at), in_piece_, in_piece_ ? 0 : skeleton_offset_at(at),
                    "nesting is deeper than the limit of " + std::to_string(limits_.max_depth) + " levels");
                stopped_ = true;  // nothing after this bracket is read
                if (in_piece_) {
                    end_piece(at + 1, false);
                } else {
                    flush_run(at + 1);
                }
                return;
            }
            if (value_starts && c == '[') {
                const std::string key = decoded_key(key_);
                const auto it = std::find(streamed_.begin(), streamed_.end(), key);
                if (it != streamed_.end()) {
                    stream_member_ = static_cast<std::size_t>(it - streamed_.begin());
                    piece_index_ = 0;
                    if (events_.array_begin) events_.array_begin(stream_member_);
                }
            }
            break;
        }
        case ']':
        case '}':
            if (streaming) {
                if (in_piece_) end_piece(at, true);
                const std::size_t member = stream_member_;
                stream_member_ = SIZE_MAX;
                if (events_.array_end) events_.array_end(member);
            }
            if (depth_ == 1 && top_ != TopState::NotObject) {
                if (top_ == TopState::InValue) end_member(at);
                top_ = TopState::Done;
            }
            if (depth_ > 0) --depth_;
            break;
        case ',':
            if (streaming && in_piece_) end_piece(at, true);
            if (depth_ == 1 && top_ == TopState::InValue) {
                end_member(at);
                top_ = TopState::ExpectKey;
            }
            break;
        case ':':
            if (depth_ == 1 && top_ == TopState::AfterKey) top_ = TopState::ExpectValue;
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
        if (in_string_ && !escaped_ && utf8_needed_ == 0 && !utf8_skipping_ &&
            !(top_ == TopState::InKey && depth_ == 1)) {
            i = plain_run(data, i, size);
            if (i >= size) break;
        }
        const auto b = static_cast<unsigned char>(data[i]);
        const std::size_t at = chunk_base_ + i;
        if (in_string_) {
            const bool collecting = top_ == TopState::InKey && depth_ == 1;
            bool handled = true;
            if (escaped_) {
                escaped_ = false;
            } else if (utf8_needed_ > 0 && b >= utf8_low_ && b <= utf8_high_) {
                --utf8_needed_;
                utf8_low_ = 0x80;
                utf8_high_ = 0xBF;
            } else if (utf8_needed_ > 0 || (utf8_skipping_ && (b & 0xC0) == 0x80)) {
                if (utf8_needed_ > 0) {  // the sequence broke here: one error, at its first byte
                    add_issue(utf8_lead_, utf8_lead_position_, string_in_piece_, utf8_lead_skeleton_offset_,
                              "invalid UTF-8: byte " + hex_byte(utf8_lead_byte_) +
                                  " does not begin a well-formed sequence");
                    utf8_needed_ = 0;
                    utf8_low_ = 0x80;
                    utf8_high_ = 0xBF;
                }
                utf8_skipping_ = (b & 0xC0) == 0x80;
                handled = utf8_skipping_;  // a byte that is no continuation is read as itself
            } else {
                utf8_skipping_ = false;
                handled = false;
            }
            if (!handled) {
                if (b == '"') {
                    in_string_ = false;
                    const std::size_t length = at - string_start_ - 1;
                    if (length > limits_.max_string_bytes) {
                        add_issue(
                            string_start_, string_start_position_, string_in_piece_, string_skeleton_offset_,
                            "a string of " + std::to_string(length) + " bytes is longer than the limit of " +
                                std::to_string(limits_.max_string_bytes) + " bytes");
                    }
                    if (collecting) top_ = TopState::AfterKey;
                } else if (b == '\\') {
                    escaped_ = true;
                } else if (b >= 0x80) {
                    const Utf8Lead lead = utf8_lead(b);
                    const int needed = lead.continuation_bytes;
                    if (needed == 0) {
                        add_issue(
                            at, position_at(at), string_in_piece_,
                            string_in_piece_ ? 0 : skeleton_offset_at(at),
                            "invalid UTF-8: byte " + hex_byte(b) + " does not begin a well-formed sequence");
                        utf8_skipping_ = true;
                    } else {
                        utf8_needed_ = needed;
                        utf8_low_ = lead.second_low;
                        utf8_high_ = lead.second_high;
                        utf8_lead_ = at;
                        utf8_lead_byte_ = b;
                        utf8_lead_position_ = position_at(at);
                        utf8_lead_skeleton_offset_ = string_in_piece_ ? 0 : skeleton_offset_at(at);
                    }
                }
            }
            if (collecting && in_string_ && key_.size() <= kMaxKeyBytes) key_ += static_cast<char>(b);
        } else {
            structural(static_cast<char>(b), at);
            if (stopped_) return;
        }
        if (b == '\n') {
            ++line_;
            line_start_ = at + 1;
        }
    }
}

void JsonStreamSplitter::feed(std::string_view bytes) {
    if (stopped_ || bytes.empty()) return;
    if (bytes.size() > limits_.max_bytes - std::min(bytes_seen_, limits_.max_bytes)) {
        over_size_ = true;
        stopped_ = true;
        bytes_seen_ += bytes.size();
        return;
    }
    chunk_ = bytes.data();
    chunk_base_ = bytes_seen_;
    if (!in_piece_) run_start_ = chunk_base_;
    scan(chunk_, bytes.size());
    bytes_seen_ += bytes.size();
    if (!stopped_) {
        if (in_piece_) {
            const std::size_t from = std::max(piece_start_, chunk_base_) - chunk_base_;
            piece_buffer_.append(chunk_ + from, bytes.size() - from);
        } else {
            flush_run(bytes_seen_);
        }
    }
    chunk_ = nullptr;
}

void JsonStreamSplitter::finish() {
    if (stopped_) return;
    stopped_ = true;
    if (in_string_) {
        if (utf8_needed_ > 0) {  // the text ended inside a character
            add_issue(utf8_lead_, utf8_lead_position_, string_in_piece_, utf8_lead_skeleton_offset_,
                      "invalid UTF-8: byte " + hex_byte(utf8_lead_byte_) +
                          " does not begin a well-formed sequence");
        }
        const std::size_t length = bytes_seen_ - string_start_ - 1;
        if (length > limits_.max_string_bytes) {
            add_issue(string_start_, string_start_position_, string_in_piece_, string_skeleton_offset_,
                      "a string of " + std::to_string(length) + " bytes is longer than the limit of " +
                          std::to_string(limits_.max_string_bytes) + " bytes");
        }
    }
    if (in_piece_) end_piece(bytes_seen_, false);
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

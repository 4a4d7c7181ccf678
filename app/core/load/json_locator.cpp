// A forgiving JSON scanner that follows the pointer of the value it is in, with two
// visitors on top: one that finds where given pointers begin, one that names the value
// around given offsets. No recursion (a deep text costs heap, not stack), no exceptions.
#include "load/json_locator.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <unordered_map>

#include "load/utf8.h"

namespace pe {

namespace {

constexpr std::size_t npos = std::string_view::npos;

struct Frame {
    bool object = false;
    bool expect_key = false;  // objects: the next string is a key
    std::size_t index = 0;    // arrays: index of the next element
    std::size_t parent_pointer_length = 0;
};

bool is_delimiter(char c) {
    switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
        case ',':
        case ':':
        case '[':
        case ']':
        case '{':
        case '}':
        case '"':
            return true;
        default:
            return false;
    }
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Reads 4 hex digits at text[at]; -1 when they are not there.
long read_hex4(std::string_view text, std::size_t at) {
    if (at + 4 > text.size()) return -1;
    long value = 0;
    for (std::size_t i = at; i < at + 4; ++i) {
        const int h = hex_value(text[i]);
        if (h < 0) return -1;
        value = value * 16 + h;
    }
    return value;
}

// Scans the string whose opening quote is at text[at]. Returns the offset just past the
// closing quote, or npos when the text ends first. Decodes it into `out` when given.
std::size_t scan_string(std::string_view text, std::size_t at, std::string* out) {
    if (out) out->clear();
    std::size_t i = at + 1;
    const std::size_t n = text.size();
    while (i < n) {
        const char c = text[i];
        if (c == '"') return i + 1;
        if (c != '\\') {
            if (out) out->push_back(c);
            ++i;
            continue;
        }
        if (i + 1 >= n) return npos;
        const char e = text[i + 1];
        i += 2;
        if (!out) continue;
        switch (e) {
            case 'b':
                out->push_back('\b');
                break;
            case 'f':
                out->push_back('\f');
                break;
            case 'n':
                out->push_back('\n');
                break;
            case 'r':
                out->push_back('\r');
                break;
            case 't':
                out->push_back('\t');
                break;
            case 'u': {
                long cp = read_hex4(text, i);
                if (cp < 0) break;
                i += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < n && text[i] == '\\' && text[i + 1] == 'u') {
                    const long low = read_hex4(text, i + 2);
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        i += 6;
                    }
                }
                append_utf8(*out, static_cast<char32_t>(cp));
                break;
            }
            default:
                out->push_back(e);
                break;  // '"', '\\', '/' and anything malformed
        }
    }
    return npos;
}

// Walks the text calling, for every value, visitor.reach(offset, pointer) and then
// visitor.begin(pointer, key_offset, offset) where it begins, and
// visitor.reach(end, pointer) where it ends (end is one past its last byte). `pointer`
// is always the pointer of the innermost value open at that point. Stops when
// visitor.done(); finally calls visitor.finish(pointer).
template <class Visitor>
void scan(std::string_view text, Visitor& visitor) {
    std::vector<Frame> frames;
    std::string pointer;
    std::string key;
    std::size_t key_offset = npos;
    bool have_key = false;
    const std::size_t n = text.size();
    std::size_t i = 0;

    // Extends `pointer` to the value starting at `at`; returns the parent's length.
    const auto begin_value = [&](std::size_t at) {
        visitor.reach(at, pointer);
        const std::size_t parent_length = pointer.size();
        std::size_t member_key_offset = npos;
        if (!frames.empty()) {
            if (frames.back().object) {
                append_pointer_token(pointer, have_key ? std::string_view(key) : std::string_view());
                member_key_offset = have_key ? key_offset : npos;
            } else {
                append_pointer_index(pointer, frames.back().index);
            }
        }
        have_key = false;
        visitor.begin(pointer, member_key_offset, at);
        return parent_length;
    };

    while (i < n && !visitor.done()) {
        const char c = text[i];
        switch (c) {
            case '{':
            case '[': {
                Frame frame;
                frame.parent_pointer_length = begin_value(i);
                frame.object = c == '{';
                frame.expect_key = frame.object;
                frames.push_back(frame);
                ++i;
                break;
            }
            case '}':
            case ']':
                ++i;
                if (!frames.empty()) {
                    visitor.reach(i, pointer);
                    pointer.resize(frames.back().parent_pointer_length);
                    frames.pop_back();
                }
                break;
            case ',':
                if (!frames.empty()) {
                    if (frames.back().object) {
                        frames.back().expect_key = true;
                    } else {
                        ++frames.back().index;
                    }
                }
                ++i;
                break;
            case ':':
                if (!frames.empty() && frames.back().object) frames.back().expect_key = false;
                ++i;
                break;
            case '"':
                // In an object, a string is a key when one is expected, and also when no key
                // is pending (broken text such as a missing comma).
                if (!frames.empty() && frames.back().object && (frames.back().expect_key || !have_key)) {
                    key_offset = i;
                    i = scan_string(text, i, &key);
                    have_key = true;
                    frames.back().expect_key = false;
                } else {
                    const std::size_t parent_length = begin_value(i);
                    i = scan_string(text, i, nullptr);
                    if (i == npos) {  // unterminated: the value is still open at the end
                        i = n;
                        break;
                    }
                    visitor.reach(i, pointer);
                    pointer.resize(parent_length);
                }
                break;
            case ' ':
            case '\t':
            case '\n':
            case '\r':
                ++i;
                break;
            default: {  // a number, a literal, or anything else up to the next delimiter
                if (!frames.empty() && frames.back().object && !have_key) {  // not a value: skip it
                    ++i;
                    while (i < n && !is_delimiter(text[i])) ++i;
                    break;
                }
                const std::size_t parent_length = begin_value(i);
                ++i;
                while (i < n && !is_delimiter(text[i])) ++i;
                visitor.reach(i, pointer);
                pointer.resize(parent_length);
                break;
            }
        }
    }
    visitor.finish(pointer);
}

struct PointerFinder {
    std::unordered_map<std::string_view, std::size_t> wanted;  // pointer -> slot
    std::vector<ValueLocation> found;                          // per slot
    std::size_t longest = 0;  // no need to hash a pointer longer than every wanted one

    void reach(std::size_t, const std::string&) {}
    void begin(const std::string& pointer, std::size_t key_offset, std::size_t value_offset) {
        if (pointer.size() > longest) return;
        const auto it = wanted.find(pointer);
        if (it != wanted.end()) found[it->second] = ValueLocation{key_offset, value_offset};
    }
    bool done() const { return false; }
    void finish(const std::string&) {}
};

struct OffsetNamer {
    std::vector<std::size_t> order;  // indexes into offsets, by increasing offset
    const std::vector<std::size_t>* offsets = nullptr;
    std::vector<std::string> names;
    std::size_t next = 0;

    void reach(std::size_t position, const std::string& pointer) {
        while (next < order.size() && (*offsets)[order[next]] < position) names[order[next++]] = pointer;
    }
    void begin(const std::string&, std::size_t, std::size_t) {}
    bool done() const { return next >= order.size(); }
    void finish(const std::string& pointer) {
        while (next < order.size()) names[order[next++]] = pointer;
    }
};

}  // namespace

TextPosition text_position(std::string_view text, std::size_t offset) {
    return text_positions(text, {offset}).front();
}

std::vector<TextPosition> text_positions(std::string_view text, const std::vector<std::size_t>& offsets) {
    std::vector<std::size_t> order(offsets.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
    std::vector<TextPosition> positions(offsets.size());
    std::size_t line = 1, line_start = 0, scanned = 0;
    for (const std::size_t k : order) {
        const std::size_t offset = std::min(offsets[k], text.size());
        while (scanned < offset) {
            const void* hit = std::memchr(text.data() + scanned, '\n', offset - scanned);
            if (!hit) {
                scanned = offset;
                break;
            }
            const auto at = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
            ++line;
            line_start = at + 1;
            scanned = at + 1;
        }
        positions[k].line = static_cast<int>(line);
        positions[k].column = static_cast<int>(offset - line_start + 1);
    }
    return positions;
}

void append_pointer_token(std::string& pointer, std::string_view key) {
    pointer.push_back('/');
    for (const char c : key) {
        if (c == '~') {
            pointer += "~0";
        } else if (c == '/') {
            pointer += "~1";
        } else {
            pointer.push_back(c);
        }
    }
}

void append_pointer_index(std::string& pointer, std::size_t index) {
    pointer.push_back('/');
    pointer += std::to_string(index);
}

std::vector<ValueLocation> locate_pointers(std::string_view text, const std::vector<std::string>& pointers) {
    PointerFinder finder;
    std::vector<std::size_t> slot_of(pointers.size());
    for (std::size_t k = 0; k < pointers.size(); ++k) {
        slot_of[k] = finder.wanted.emplace(pointers[k], finder.wanted.size()).first->second;
        finder.longest = std::max(finder.longest, pointers[k].size());
    }
    finder.found.resize(finder.wanted.size());
    scan(text, finder);
    std::vector<ValueLocation> result(pointers.size());
    for (std::size_t k = 0; k < pointers.size(); ++k) result[k] = finder.found[slot_of[k]];
    return result;
}

TextPosition pointer_position(std::string_view text, const std::string& pointer) {
    const ValueLocation where = locate_pointers(text, {pointer}).front();
    if (where.value_offset == npos) return TextPosition{};
    return text_position(text, where.value_offset);
}

std::vector<std::string> pointers_at_offsets(std::string_view text, const std::vector<std::size_t>& offsets) {
    OffsetNamer namer;
    namer.offsets = &offsets;
    namer.order.resize(offsets.size());
    std::iota(namer.order.begin(), namer.order.end(), std::size_t{0});
    std::sort(namer.order.begin(), namer.order.end(),
              [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
    namer.names.resize(offsets.size());
    scan(text, namer);
    return std::move(namer.names);
}

std::string pointer_at_offset(std::string_view text, std::size_t offset) {
    return pointers_at_offsets(text, {offset}).front();
}

}  // namespace pe

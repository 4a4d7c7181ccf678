// Loading a dataset: a pre-scan of the raw bytes against the limits, a parse into a DOM,
// one reader per object kind of the format that checks and moves every field into the
// Dataset structs, the checks across the document (ids, references), then the index.
// Error places (line, column) are found only when there are errors (json_locator.h).
//
// Sections:
//   1. Errors: collected with a lazy path, turned into a pointer only when reported
//   2. Pre-scan: size, nesting depth, string length and UTF-8, before any parsing
//   3. Field readers: members, strings, numbers, dates, then one reader per object kind
//   4. Parsing: a SAX handler that builds the DOM, hands each entity and link to its
//      reader as soon as it is complete (so the DOM never holds more than one), and
//      reports duplicated keys
//   5. References across the document: unique ids, lanes, sources, entities, links
//   6. Placing the errors, the entry point and format_error
#include "dataset_loader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <new>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "dataset_index.h"
#include "date.h"
#include "entity_types.h"
#include "json_locator.h"
#include "utf8.h"

namespace pe {

namespace {

using Json = nlohmann::json;
constexpr std::size_t npos = std::string_view::npos;

// ---- 1. Errors ---------------------------------------------------------------------

enum class Anchor : std::uint8_t {
    Value,   // where the value at `pointer` begins
    Key,     // where the key of the member at `pointer` begins
    Offset,  // at byte `offset`; the pointer is named from the offset later
};

struct PendingError {
    std::string pointer;
    std::string message;
    Anchor anchor = Anchor::Value;
    std::size_t offset = npos;
    bool pointer_known = false;  // Anchor::Offset with a pointer already given
};

// A place in the document as a chain of frames on the stack: no allocation while all is
// well; the pointer string is made only when an error is reported.
struct Path {
    const Path* parent = nullptr;  // null for the document itself
    std::string_view key;
    std::size_t index = 0;
    bool is_index = false;

    Path operator/(std::string_view member) const { return Path{this, member, 0, false}; }
    Path operator[](std::size_t element) const { return Path{this, {}, element, true}; }
};

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

struct Errors {
    std::size_t max = 1000;
    std::size_t dropped = 0;
    std::vector<PendingError> list;

    bool empty() const { return list.empty(); }
    void add(PendingError error) {
        if (list.size() >= max) {
            ++dropped;
            return;
        }
        list.push_back(std::move(error));
    }
    void at(const Path& path, std::string message, Anchor anchor = Anchor::Value) {
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
    void at_offset(std::size_t offset, std::string message) {
        PendingError error;
        error.message = std::move(message);
        error.anchor = Anchor::Offset;
        error.offset = offset;
        add(std::move(error));
    }
};

std::string in_quotes(std::string_view text) {
    std::string s;
    s.reserve(text.size() + 2);
    s += '"';
    s += text;
    s += '"';
    return s;
}

// ---- 2. Pre-scan ---------------------------------------------------------------------

std::string hex_byte(unsigned char byte) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    return std::string("0x") + kDigits[byte >> 4] + kDigits[byte & 15];
}

// One pass over the bytes. Reports every invalid UTF-8 sequence and every over-long
// string; stops at the first bracket nested too deep (nothing after it is read).
void prescan(std::string_view text, const LoadLimits& limits, Errors& errors) {
    const std::size_t n = text.size();
    std::size_t depth = 0;
    std::size_t i = 0;
    while (i < n) {
        const char c = text[i];
        if (c == '"') {
            const std::size_t start = i++;
            while (i < n) {
                const auto b = static_cast<unsigned char>(text[i]);
                if (b == '"') break;
                if (b == '\\') {
                    i += 2;
                } else if (b < 0x80) {
                    ++i;
                } else {
                    const std::size_t length = utf8_sequence_length(text, i);
                    if (length == 0) {  // one error for the byte and the continuation bytes after it
                        errors.at_offset(i, "invalid UTF-8: byte " + hex_byte(b) +
                                                " does not begin a well-formed sequence");
                        ++i;
                        while (i < n && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
                    } else {
                        i += length;
                    }
                }
            }
            const std::size_t length = std::min(i, n) - start - 1;
            if (length > limits.max_string_bytes) {
                errors.at_offset(start, "a string of " + std::to_string(length) +
                                            " bytes is longer than the limit of " +
                                            std::to_string(limits.max_string_bytes) + " bytes");
            }
            ++i;
        } else if (c == '[' || c == '{') {
            if (++depth > limits.max_depth) {
                errors.at_offset(
                    i, "nesting is deeper than the limit of " + std::to_string(limits.max_depth) + " levels");
                return;
            }
            ++i;
        } else {
            if ((c == ']' || c == '}') && depth > 0) --depth;
            ++i;
        }
    }
}

// ---- 3. Field readers ------------------------------------------------------------------

const char* kind_of(const Json& value) {
    switch (value.type()) {
        case Json::value_t::object:
            return "an object";
        case Json::value_t::array:
            return "an array";
        case Json::value_t::string:
            return "a string";
        case Json::value_t::boolean:
            return "a boolean";
        case Json::value_t::null:
            return "null";
        case Json::value_t::binary:
            return "binary data";
        case Json::value_t::discarded:
            return "nothing";
        default:
            return "a number";
    }
}

void wrong_type(Errors& errors, const Path& path, const char* expected, const Json& value) {
    errors.at(path, std::string("expected ") + expected + ", found " + kind_of(value));
}

bool is_blank(std::string_view text) {
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
    }
    return true;
}

// The position of `name` in `fields`, for use as a template argument: a name that is not
// there reads past the array's end, which is not a constant expression, so a typo fails
// to compile.
template <std::size_t N>
constexpr std::size_t field(const std::array<std::string_view, N>& fields, std::string_view name) {
    std::size_t i = 0;
    while (fields[i] != name) ++i;
    return i;
}

template <std::size_t N>
struct Members {
    std::array<Json*, N> at{};
    template <std::size_t I>
    Json* get() const {
        static_assert(I < N, "no such field");
        return at[I];
    }
};

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

template <std::size_t N>
std::string unknown_field_message(std::string_view key, const std::array<std::string_view, N>& fields) {
    std::string message = "unknown field " + in_quotes(key);
    std::string_view best;
    std::size_t best_distance = 3;  // suggest only close spellings
    for (const std::string_view candidate : fields) {
        if (key.size() > 64) break;
        const std::size_t d = edit_distance(key, candidate);
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    }
    if (!best.empty()) {
        message += " (did you mean " + in_quotes(best) + "?)";
    } else {
        message += " (known fields:";
        for (const std::string_view candidate : fields) {
            message += ' ';
            message += candidate;
        }
        message += ")";
    }
    return message;
}

// Sorts the members of an object into `members` by field; reports unknown and missing
// ones. False (with an error) when the value is not an object at all.
template <std::size_t N, std::size_t R>
bool read_members(Json& value, const Path& path, const std::array<std::string_view, N>& fields,
                  const std::array<std::string_view, R>& required, Errors& errors, Members<N>& members) {
    if (!value.is_object()) {
        wrong_type(errors, path, "an object", value);
        return false;
    }
    for (auto& member : value.get_ref<Json::object_t&>()) {
        std::size_t i = 0;
        while (i < N && fields[i] != member.first) ++i;
        if (i == N) {
            errors.at(path / member.first, unknown_field_message(member.first, fields), Anchor::Key);
        } else {
            members.at[i] = &member.second;
        }
    }
    for (const std::string_view name : required) {
        std::size_t i = 0;
        while (i < N && fields[i] != name) ++i;
        if (i < N && members.at[i] == nullptr) errors.at(path, "missing required field " + in_quotes(name));
    }
    return true;
}

// The string readers move the text out of the DOM. A null `value` is a missing field,
// already reported: they return false without a word.
bool take_string(Json* value, const Path& path, Errors& errors, std::string& out) {
    if (value == nullptr) return false;
    if (!value->is_string()) {
        wrong_type(errors, path, "a string", *value);
        return false;
    }
    out = std::move(value->get_ref<std::string&>());
    return true;
}

bool take_nonblank(Json* value, const Path& path, Errors& errors, std::string& out) {
    if (!take_string(value, path, errors, out)) return false;
    if (is_blank(out)) {
        errors.at(path, "must not be empty");
        out.clear();  // so that it is not checked again as a reference
        return false;
    }
    return true;
}

bool is_id(std::string_view text) {
    if (text.empty()) return false;
    for (const char c : text) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    }
    return true;
}

// Keeps a malformed id too (it is reported), so that references to it do not add noise.
bool take_id(Json* value, const Path& path, Errors& errors, std::string& out) {
    if (!take_string(value, path, errors, out)) return false;
    if (!is_id(out)) {
        errors.at(path, "id " + in_quotes(out) + " must be made of a-z, 0-9 and '-' only, and not be empty");
        return false;
    }
    return true;
}

bool take_bool(Json* value, const Path& path, Errors& errors, bool& out) {
    if (value == nullptr) return false;
    if (!value->is_boolean()) {
        wrong_type(errors, path, "true or false", *value);
        return false;
    }
    out = value->get<bool>();
    return true;
}

bool take_number(Json* value, const Path& path, Errors& errors, double& out) {
    if (value == nullptr) return false;
    if (!value->is_number()) {
        wrong_type(errors, path, "a number", *value);
        return false;
    }
    out = value->get<double>();
    if (!std::isfinite(out)) {
        errors.at(path, "must be a finite number");
        return false;
    }
    return true;
}

std::string format_number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
    return buffer;
}

bool take_number_in(Json* value, const Path& path, Errors& errors, double low, double high, double& out) {
    if (!take_number(value, path, errors, out)) return false;
    if (out < low || out > high) {
        errors.at(path, "value " + format_number(out) + " is outside [" + format_number(low) + ", " +
                            format_number(high) + "]");
        return false;
    }
    return true;
}

// Reads an array of items with `read_item(Json&, const Path&, T&)`; `out` gets one item
// per element (left default when an element is wrong), so positions stay aligned.
template <class T, class ReadItem>
void read_array(Json* value, const Path& path, Errors& errors, std::size_t min_items, std::vector<T>& out,
                ReadItem read_item) {
    if (value == nullptr) return;
    if (!value->is_array()) {
        wrong_type(errors, path, "an array", *value);
        return;
    }
    auto& items = value->get_ref<Json::array_t&>();
    if (items.size() < min_items)
        errors.at(path, "must hold at least " + std::to_string(min_items) + " item");
    out.resize(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) read_item(items[i], path[i], out[i]);
}

void read_text(Json* value, const Path& path, Errors& errors, Text& out) {
    if (value == nullptr) return;
    Members<kTextFields.size()> m;
    if (!read_members(*value, path, kTextFields, kTextRequired, errors, m)) return;
    take_nonblank(m.get<field(kTextFields, "zh")>(), path / "zh", errors, out.zh);
    take_nonblank(m.get<field(kTextFields, "en")>(), path / "en", errors, out.en);
}

// A {"date", "precision"} object. True when both are right and agree.
bool read_date_point(Json* value, const Path& path, Errors& errors, Date& out) {
    if (value == nullptr) return false;
    Members<kDatePointFields.size()> m;
    if (!read_members(*value, path, kDatePointFields, kDatePointRequired, errors, m)) return false;
    const Path date_path = path / "date";
    const Path precision_path = path / "precision";
    std::string date_text, precision_text;
    bool ok = take_string(m.get<field(kDatePointFields, "date")>(), date_path, errors, date_text);
    DateParse parsed;
    if (ok) {
        parsed = parse_date(date_text);
        if (!parsed.ok) {
            errors.at(date_path, std::move(parsed.error));
            ok = false;
        }
    }
    std::optional<DatePrecision> precision;
    if (take_string(m.get<field(kDatePointFields, "precision")>(), precision_path, errors, precision_text)) {
        precision = parse_precision(precision_text);
        if (!precision)
            errors.at(precision_path,
                      "unknown precision " + in_quotes(precision_text) + " (expected year, month or day)");
    }
    if (!ok || !precision) return false;
    if (*precision != parsed.date.precision) {
        errors.at(precision_path, "precision " + in_quotes(precision_text) + " does not match date " +
                                      in_quotes(date_text) + ", which is given to the " +
                                      std::string(precision_name(parsed.date.precision)));
        return false;
    }
    out = parsed.date;
    return true;
}

void read_source_ref(Json& value, const Path& path, Errors& errors, SourceRef& out) {
    Members<kSourceRefFields.size()> m;
    if (!read_members(value, path, kSourceRefFields, kSourceRefRequired, errors, m)) return;
    take_nonblank(m.get<field(kSourceRefFields, "source")>(), path / "source", errors, out.source_id);
    take_nonblank(m.get<field(kSourceRefFields, "quote")>(), path / "quote", errors, out.quote);
}

void read_figure(Json& value, const Path& path, Errors& errors, KeyFigure& out) {
    Members<kFigureFields.size()> m;
    if (!read_members(value, path, kFigureFields, kFigureRequired, errors, m)) return;
    read_text(m.get<field(kFigureFields, "label")>(), path / "label", errors, out.label);
    take_number(m.get<field(kFigureFields, "value")>(), path / "value", errors, out.value);
    take_string(m.get<field(kFigureFields, "unit")>(), path / "unit", errors, out.unit);
    read_text(m.get<field(kFigureFields, "display")>(), path / "display", errors, out.display);
    if (Json* source = m.get<field(kFigureFields, "source")>())
        read_source_ref(*source, path / "source", errors, out.source);
}

void read_geo(Json* value, const Path& path, Errors& errors, GeoPoint& out) {
    if (value == nullptr) return;
    Members<kGeoFields.size()> m;
    if (!read_members(*value, path, kGeoFields, kGeoRequired, errors, m)) return;
    const bool lat =
        take_number_in(m.get<field(kGeoFields, "lat")>(), path / "lat", errors, -90, 90, out.lat);
    const bool lon =
        take_number_in(m.get<field(kGeoFields, "lon")>(), path / "lon", errors, -180, 180, out.lon);
    take_bool(m.get<field(kGeoFields, "approximate")>(), path / "approximate", errors, out.approximate);
    out.present = lat && lon;
}

// What is wrong with a pinyin string, or null: lower-case words separated by single spaces.
const char* pinyin_problem(std::string_view pinyin) {
    if (pinyin.empty()) return "must not be empty";
    if (pinyin.front() == ' ' || pinyin.back() == ' ') return "must not start or end with a space";
    for (std::size_t i = 0; i < pinyin.size(); ++i) {
        const char c = pinyin[i];
        if (c >= 'A' && c <= 'Z') return "must be lower case";
        if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
            (c == ' ' && pinyin[i + 1] == ' ')) {
            return "must separate its words with single spaces";
        }
    }
    return nullptr;
}

// The first character (code point) of each space-separated word.
std::string initials_of(std::string_view pinyin) {
    std::string initials;
    bool word_start = true;
    for (std::size_t i = 0; i < pinyin.size();) {
        if (pinyin[i] == ' ') {
            word_start = true;
            ++i;
            continue;
        }
        const std::size_t length = std::max<std::size_t>(1, utf8_sequence_length(pinyin, i));
        if (word_start) initials.append(pinyin.substr(i, length));
        word_start = false;
        i += length;
    }
    return initials;
}

void read_entity(Json& value, const Path& path, Errors& errors, Entity& e) {
    Members<kEntityFields.size()> m;
    if (!read_members(value, path, kEntityFields, kEntityRequired, errors, m)) return;

    take_id(m.get<field(kEntityFields, "id")>(), path / "id", errors, e.id);
    const Path type_path = path / "type";
    if (take_nonblank(m.get<field(kEntityFields, "type")>(), type_path, errors, e.type) &&
        !is_entity_type(e.type)) {
        errors.at(type_path, "unknown entity type " + in_quotes(e.type));
    }
    read_text(m.get<field(kEntityFields, "name")>(), path / "name", errors, e.name);

    const Path pinyin_path = path / "pinyin";
    const Path initials_path = path / "pinyinInitials";
    bool pinyin_ok = take_string(m.get<field(kEntityFields, "pinyin")>(), pinyin_path, errors, e.pinyin);
    if (pinyin_ok) {
        if (const char* problem = pinyin_problem(e.pinyin)) {
            errors.at(pinyin_path, "pinyin " + in_quotes(e.pinyin) + " " + problem);
            pinyin_ok = false;
        }
    }
    if (take_string(m.get<field(kEntityFields, "pinyinInitials")>(), initials_path, errors,
                    e.pinyin_initials) &&
        pinyin_ok) {
        std::string expected = initials_of(e.pinyin);
        if (expected != e.pinyin_initials) {
            errors.at(initials_path, "pinyinInitials " + in_quotes(e.pinyin_initials) +
                                         " do not match pinyin " + in_quotes(e.pinyin) + " (expected " +
                                         in_quotes(expected) + ")");
        }
    }
    take_nonblank(m.get<field(kEntityFields, "lane")>(), path / "lane", errors, e.lane);

    // When: start, end, ongoing, and how they fit together.
    Json* start = m.get<field(kEntityFields, "start")>();
    Json* end = m.get<field(kEntityFields, "end")>();
    Json* ongoing = m.get<field(kEntityFields, "ongoing")>();
    const Path end_path = path / "end";
    const Path ongoing_path = path / "ongoing";
    e.time.has_start = read_date_point(start, path / "start", errors, e.time.start);
    e.time.has_end = read_date_point(end, end_path, errors, e.time.end);
    take_bool(ongoing, ongoing_path, errors, e.time.open_end);
    if (end != nullptr && start == nullptr) errors.at(end_path, "\"end\" needs a \"start\"");
    if (e.time.open_end && start == nullptr) errors.at(ongoing_path, "\"ongoing\" needs a \"start\"");
    if (e.time.open_end && end != nullptr) {
        errors.at(ongoing_path, "\"ongoing\" cannot be true when \"end\" is given");
    }
    if (e.time.has_start && e.time.has_end && ends_before(e.time.end, e.time.start)) {
        errors.at(end_path,
                  "end " + format_date(e.time.end) + " is before start " + format_date(e.time.start));
    }

    const Path scope_path = path / "scope";
    std::string scope;
    if (take_nonblank(m.get<field(kEntityFields, "scope")>(), scope_path, errors, scope)) {
        if (const auto parsed = parse_scope(scope)) {
            e.scope = *parsed;
        } else {
            errors.at(scope_path, "unknown scope " + in_quotes(scope) +
                                      " (expected national, city, district, park or organisation)");
        }
    }
    take_nonblank(m.get<field(kEntityFields, "district")>(), path / "district", errors, e.district_id);
    take_nonblank(m.get<field(kEntityFields, "park")>(), path / "park", errors, e.park_id);
    read_text(m.get<field(kEntityFields, "summary")>(), path / "summary", errors, e.summary);
    read_array(m.get<field(kEntityFields, "figures")>(), path / "figures", errors, 0, e.figures,
               [&](Json& item, const Path& at, KeyFigure& out) { read_figure(item, at, errors, out); });
    read_array(m.get<field(kEntityFields, "tags")>(), path / "tags", errors, 0, e.tags,
               [&](Json& item, const Path& at, std::string& out) { take_nonblank(&item, at, errors, out); });
    read_array(m.get<field(kEntityFields, "sources")>(), path / "sources", errors, 1, e.sources,
               [&](Json& item, const Path& at, SourceRef& out) { read_source_ref(item, at, errors, out); });
    read_geo(m.get<field(kEntityFields, "geo")>(), path / "geo", errors, e.geo);
}

void read_link(Json& value, const Path& path, Errors& errors, Link& link) {
    Members<kLinkFields.size()> m;
    if (!read_members(value, path, kLinkFields, kLinkRequired, errors, m)) return;
    take_nonblank(m.get<field(kLinkFields, "from")>(), path / "from", errors, link.from);
    take_nonblank(m.get<field(kLinkFields, "to")>(), path / "to", errors, link.to);
    const Path relation_path = path / "relation";
    if (take_nonblank(m.get<field(kLinkFields, "relation")>(), relation_path, errors, link.relation) &&
        !is_relation_type(link.relation)) {
        errors.at(relation_path, "unknown relation type " + in_quotes(link.relation));
    }
    read_array(m.get<field(kLinkFields, "sources")>(), path / "sources", errors, 1, link.sources,
               [&](Json& item, const Path& at, SourceRef& out) { read_source_ref(item, at, errors, out); });
}

void read_lane(Json& value, const Path& path, Errors& errors, Lane& lane) {
    Members<kLaneFields.size()> m;
    if (!read_members(value, path, kLaneFields, kLaneRequired, errors, m)) return;
    take_id(m.get<field(kLaneFields, "id")>(), path / "id", errors, lane.id);
    read_text(m.get<field(kLaneFields, "name")>(), path / "name", errors, lane.name);
}

// "zh", "en", "zh-Hans", "en-GB": a 2 or 3 letter language, then optional subtags.
bool is_language_tag(std::string_view tag) {
    std::size_t part = 0, length = 0;
    for (std::size_t i = 0; i <= tag.size(); ++i) {
        if (i == tag.size() || tag[i] == '-') {
            if (part == 0 ? (length < 2 || length > 3) : (length < 2 || length > 8)) return false;
            ++part;
            length = 0;
            continue;
        }
        const char c = tag[i];
        const bool lower = c >= 'a' && c <= 'z';
        const bool other = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!(lower || (part > 0 && other))) return false;
        ++length;
    }
    return true;
}

void read_source(Json& value, const Path& path, Errors& errors, Source& source) {
    Members<kSourceFields.size()> m;
    if (!read_members(value, path, kSourceFields, kSourceRequired, errors, m)) return;
    take_id(m.get<field(kSourceFields, "id")>(), path / "id", errors, source.id);
    read_text(m.get<field(kSourceFields, "title")>(), path / "title", errors, source.title);
    take_string(m.get<field(kSourceFields, "publisher")>(), path / "publisher", errors,
                source.publisher);  // may be empty: not every source names one
    const Path published_path = path / "published";
    if (take_string(m.get<field(kSourceFields, "published")>(), published_path, errors, source.published)) {
        DateParse parsed = parse_date(source.published);
        if (!parsed.ok) errors.at(published_path, std::move(parsed.error));
    }
    take_string(m.get<field(kSourceFields, "url")>(), path / "url", errors, source.url);
    const Path language_path = path / "language";
    if (take_string(m.get<field(kSourceFields, "language")>(), language_path, errors, source.language) &&
        !is_language_tag(source.language)) {
        errors.at(language_path, "language " + in_quotes(source.language) +
                                     " is not a language tag such as \"zh\" or \"en\"");
    }
}

// The document's own fields. Items of "entities" and "links" were already read while
// parsing when the builder streamed them (their arrays are then empty in the DOM).
void read_dataset(Json& root, bool streamed_entities, bool streamed_links, Errors& errors, Dataset& d) {
    const Path path;
    Members<kDatasetFields.size()> m;
    if (!read_members(root, path, kDatasetFields, kDatasetRequired, errors, m)) return;
    const Path format_path = path / "format";
    if (take_string(m.get<field(kDatasetFields, "format")>(), format_path, errors, d.format) &&
        d.format != kFormatName) {
        errors.at(format_path,
                  "unsupported format " + in_quotes(d.format) + " (expected " + in_quotes(kFormatName) + ")");
    }
    take_id(m.get<field(kDatasetFields, "id")>(), path / "id", errors, d.id);
    read_text(m.get<field(kDatasetFields, "title")>(), path / "title", errors, d.title);
    read_text(m.get<field(kDatasetFields, "description")>(), path / "description", errors, d.description);
    read_array(m.get<field(kDatasetFields, "lanes")>(), path / "lanes", errors, 1, d.lanes,
               [&](Json& item, const Path& at, Lane& out) { read_lane(item, at, errors, out); });
    read_array(m.get<field(kDatasetFields, "sources")>(), path / "sources", errors, 1, d.sources,
               [&](Json& item, const Path& at, Source& out) { read_source(item, at, errors, out); });
    Json* entities = m.get<field(kDatasetFields, "entities")>();
    if (streamed_entities && entities != nullptr && entities->is_array()) {
        if (d.entities.empty()) errors.at(path / "entities", "must hold at least 1 item");
    } else {
        read_array(entities, path / "entities", errors, 1, d.entities,
                   [&](Json& item, const Path& at, Entity& out) { read_entity(item, at, errors, out); });
    }
    Json* links = m.get<field(kDatasetFields, "links")>();
    if (!(streamed_links && links != nullptr && links->is_array())) {
        read_array(links, path / "links", errors, 0, d.links,
                   [&](Json& item, const Path& at, Link& out) { read_link(item, at, errors, out); });
    }
}

// ---- 4. Parsing ----------------------------------------------------------------------

// Builds the DOM like nlohmann's own SAX DOM parser, with four differences: strings are
// moved, not copied; each item of the top-level "entities" and "links" arrays goes to its
// reader as soon as it is complete and is then dropped, so a large file never exists as a
// whole DOM (that costs more to build and free than everything else together); a key
// seen twice in one object is reported (nlohmann keeps the last silently); and a syntax
// error is kept with its place instead of thrown.
class DomBuilder : public nlohmann::json_sax<Json> {
  public:
    DomBuilder(Json& root, Dataset& dataset, Errors& errors)
        : root_(root), dataset_(dataset), errors_(errors) {}

    bool failed = false;
    std::size_t error_offset = 0;
    std::string error_message;
    bool streamed_entities = false;  // "entities" was an array, read item by item into dataset.entities
    bool streamed_links = false;     // the same for "links"

    bool null() override { return add(nullptr); }
    bool boolean(bool value) override { return add(value); }
    bool number_integer(number_integer_t value) override { return add(value); }
    bool number_unsigned(number_unsigned_t value) override { return add(value); }
    bool number_float(number_float_t value, const string_t&) override { return add(value); }
    bool string(string_t& value) override { return add(std::move(value)); }
    bool binary(binary_t& value) override { return add(std::move(value)); }

    bool start_object(std::size_t) override {
        stack_.push_back(place(Json::value_t::object));
        keys_.push_back(nullptr);
        return true;
    }
    bool key(string_t& name) override {
        auto& members = stack_.back()->get_ref<Json::object_t&>();
        const auto inserted = members.emplace(std::move(name), nullptr);
        if (!inserted.second) {
            PendingError error;
            error.pointer = current_pointer();
            append_pointer_token(error.pointer, inserted.first->first);
            error.message = "field " + in_quotes(inserted.first->first) + " appears twice in the same object";
            error.anchor = Anchor::Key;
            errors_.add(std::move(error));
            inserted.first->second = nullptr;
        }
        keys_.back() = &inserted.first->first;
        slot_ = &inserted.first->second;
        return true;
    }
    bool end_object() override {
        stack_.pop_back();
        keys_.pop_back();
        if (stream_ != Stream::None) {
            if (stack_.size() == 2) {
                finish_item();
            } else if (stack_.size() == 1) {
                stream_ = Stream::None;  // the streamed array itself ended
            }
        }
        return true;
    }
    bool start_array(std::size_t) override {
        Stream stream = Stream::None;
        if (stack_.size() == 1 && stack_[0]->is_object() && keys_[0] != nullptr) {
            if (*keys_[0] == "entities") stream = Stream::Entities;
            if (*keys_[0] == "links") stream = Stream::Links;
        }
        stack_.push_back(place(Json::value_t::array));
        keys_.push_back(nullptr);
        if (stream != Stream::None) {  // a key seen twice: the last one counts, as in the DOM
            stream_ = stream;
            stream_index_ = 0;
            if (stream == Stream::Entities) {
                dataset_.entities.clear();
                streamed_entities = true;
            } else {
                dataset_.links.clear();
                streamed_links = true;
            }
        }
        return true;
    }
    bool end_array() override { return end_object(); }

    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& e) override {
        failed = true;
        error_offset = position > 0 ? position - 1 : 0;  // position counts the bytes read
        error_message = repair_utf8(e.what());           // it may quote a byte cut from a character
        // "[json.exception.parse_error.101] parse error at line 1, column 8: syntax error ..."
        if (!error_message.empty() && error_message.front() == '[') {
            const std::size_t close = error_message.find("] ");
            if (close != std::string::npos) error_message.erase(0, close + 2);
        }
        if (error_message.rfind("parse error", 0) == 0) {
            const std::size_t colon = error_message.find(": ");
            if (colon != std::string::npos) error_message.erase(0, colon + 2);
        }
        return false;
    }

  private:
    enum class Stream : std::uint8_t { None, Entities, Links };

    template <class Value>
    bool add(Value&& value) {
        place(std::forward<Value>(value));
        if (stream_ != Stream::None && stack_.size() == 2) finish_item();
        return true;
    }

    template <class Value>
    Json* place(Value&& value) {
        if (stack_.empty()) {
            root_ = Json(std::forward<Value>(value));
            return &root_;
        }
        if (stack_.back()->is_array()) {
            auto& items = stack_.back()->get_ref<Json::array_t&>();
            items.emplace_back(std::forward<Value>(value));
            return &items.back();
        }
        *slot_ = Json(std::forward<Value>(value));
        return slot_;
    }

    // The item just completed in the streamed array: read it, then drop it.
    void finish_item() {
        auto& items = stack_[1]->get_ref<Json::array_t&>();
        const Path root;
        if (stream_ == Stream::Entities) {
            const Path array = root / "entities";
            read_entity(items.back(), array[stream_index_], errors_, dataset_.entities.emplace_back());
        } else {
            const Path array = root / "links";
            read_link(items.back(), array[stream_index_], errors_, dataset_.links.emplace_back());
        }
        items.clear();
        ++stream_index_;
    }

    // The pointer of the innermost open container.
    std::string current_pointer() const {
        std::string pointer;
        for (std::size_t level = 1; level < stack_.size(); ++level) {
            const Json* parent = stack_[level - 1];
            if (level == 2 && stream_ != Stream::None) {
                append_pointer_index(pointer, stream_index_);
            } else if (parent->is_array()) {
                append_pointer_index(pointer, parent->size() - 1);
            } else if (keys_[level - 1] != nullptr) {
                append_pointer_token(pointer, *keys_[level - 1]);
            }
        }
        return pointer;
    }

    Json& root_;
    Dataset& dataset_;
    Errors& errors_;
    std::vector<Json*> stack_;
    std::vector<const std::string*> keys_;  // per open object: its latest key
    Json* slot_ = nullptr;                  // where the value of the latest key goes
    Stream stream_ = Stream::None;          // set while inside /entities or /links
    std::size_t stream_index_ = 0;          // index of the item being read there
};

// ---- 5. References across the document ----------------------------------------------

std::string element_pointer(std::string_view array, std::size_t index) {
    std::string pointer;
    append_pointer_token(pointer, array);
    append_pointer_index(pointer, index);
    return pointer;
}

// Ids unique within `items` (empty ids were reported as missing or wrong already).
template <class T>
std::unordered_map<std::string_view, std::size_t> unique_ids(const std::vector<T>& items,
                                                             std::string_view array, Errors& errors) {
    std::unordered_map<std::string_view, std::size_t> first;
    first.reserve(items.size());
    const Path root;
    const Path array_path = root / array;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].id.empty()) continue;
        const auto inserted = first.emplace(items[i].id, i);
        if (!inserted.second) {
            errors.at(array_path[i] / "id", "duplicate id " + in_quotes(items[i].id) + ", first used by " +
                                                element_pointer(array, inserted.first->second));
        }
    }
    return first;
}

struct References {
    std::unordered_map<std::string_view, std::size_t> lanes;
    std::unordered_map<std::string_view, std::size_t> sources;
    std::unordered_map<std::string, std::uint32_t> entities;
};

void check_source_ref(const SourceRef& ref, const Path& path, const References& refs, Errors& errors) {
    if (!ref.source_id.empty() && refs.sources.count(ref.source_id) == 0) {
        errors.at(path / "source", "unknown source " + in_quotes(ref.source_id));
    }
}

void check_entity_ref(const std::string& id, std::string_view wanted_type, const Path& path, const Dataset& d,
                      const References& refs, Errors& errors) {
    if (id.empty()) return;
    const auto it = refs.entities.find(id);
    if (it == refs.entities.end()) {
        errors.at(path, "unknown entity " + in_quotes(id));
    } else if (!wanted_type.empty() && d.entities[it->second].type != wanted_type) {
        errors.at(path, "entity " + in_quotes(id) + " is a " + d.entities[it->second].type + ", not a " +
                            std::string(wanted_type));
    }
}

struct LinkKey {
    std::uint32_t from, to;
    std::string_view relation;
    std::uint32_t link;
};

void check_references(const Dataset& d, Errors& errors, References& refs) {
    refs.lanes = unique_ids(d.lanes, "lanes", errors);
    refs.sources = unique_ids(d.sources, "sources", errors);
    refs.entities.reserve(d.entities.size());
    const Path root;
    const Path entities_path = root / "entities";
    for (std::size_t i = 0; i < d.entities.size(); ++i) {
        const std::string& id = d.entities[i].id;
        if (id.empty()) continue;
        const auto inserted = refs.entities.emplace(id, static_cast<std::uint32_t>(i));
        if (!inserted.second) {
            errors.at(entities_path[i] / "id", "duplicate id " + in_quotes(id) + ", first used by " +
                                                   element_pointer("entities", inserted.first->second));
        }
    }

    for (std::size_t i = 0; i < d.entities.size(); ++i) {
        const Entity& e = d.entities[i];
        const Path path = entities_path[i];
        if (!e.lane.empty() && refs.lanes.count(e.lane) == 0)
            errors.at(path / "lane", "unknown lane " + in_quotes(e.lane));
        check_entity_ref(e.district_id, "district", path / "district", d, refs, errors);
        check_entity_ref(e.park_id, "park", path / "park", d, refs, errors);
        const Path figures_path = path / "figures";
        for (std::size_t k = 0; k < e.figures.size(); ++k) {
            check_source_ref(e.figures[k].source, figures_path[k] / "source", refs, errors);
        }
        const Path sources_path = path / "sources";
        for (std::size_t k = 0; k < e.sources.size(); ++k)
            check_source_ref(e.sources[k], sources_path[k], refs, errors);
    }

    const Path links_path = root / "links";
    std::vector<LinkKey> keys;
    keys.reserve(d.links.size());
    for (std::size_t k = 0; k < d.links.size(); ++k) {
        const Link& link = d.links[k];
        const Path path = links_path[k];
        check_entity_ref(link.from, {}, path / "from", d, refs, errors);
        check_entity_ref(link.to, {}, path / "to", d, refs, errors);
        if (!link.from.empty() && link.from == link.to) {
            errors.at(path / "to", "link from " + in_quotes(link.from) + " to itself");
        }
        const Path sources_path = path / "sources";
        for (std::size_t j = 0; j < link.sources.size(); ++j)
            check_source_ref(link.sources[j], sources_path[j], refs, errors);
        const auto from = refs.entities.find(link.from);
        const auto to = refs.entities.find(link.to);
        if (from != refs.entities.end() && to != refs.entities.end()) {
            keys.push_back(LinkKey{from->second, to->second, link.relation, static_cast<std::uint32_t>(k)});
        }
    }
    std::sort(keys.begin(), keys.end(), [](const LinkKey& a, const LinkKey& b) {
        if (a.from != b.from) return a.from < b.from;
        if (a.to != b.to) return a.to < b.to;
        if (a.relation != b.relation) return a.relation < b.relation;
        return a.link < b.link;
    });
    for (std::size_t k = 1; k < keys.size(); ++k) {
        const LinkKey& a = keys[k - 1];
        const LinkKey& b = keys[k];
        if (a.from == b.from && a.to == b.to && a.relation == b.relation && !b.relation.empty()) {
            errors.at(links_path[b.link],
                      "duplicate link: same from, to and relation as " + element_pointer("links", a.link));
        }
    }
}

// ---- 6. Placing the errors, the entry point ------------------------------------------

std::vector<LoadError> place_errors(std::string_view text, Errors& errors) {
    std::vector<PendingError>& pending = errors.list;
    // Pointers for the errors known by offset (syntax, encoding, limits).
    std::vector<std::size_t> unnamed_offsets;
    std::vector<std::size_t> unnamed;
    std::vector<std::string> wanted;
    std::vector<std::size_t> wanted_for;
    for (std::size_t k = 0; k < pending.size(); ++k) {
        if (pending[k].anchor == Anchor::Offset) {
            if (!pending[k].pointer_known) {
                unnamed.push_back(k);
                unnamed_offsets.push_back(pending[k].offset);
            }
        } else {
            wanted.push_back(pending[k].pointer);
            wanted_for.push_back(k);
        }
    }
    if (!unnamed.empty()) {
        std::vector<std::string> names = pointers_at_offsets(text, unnamed_offsets);
        for (std::size_t j = 0; j < unnamed.size(); ++j) pending[unnamed[j]].pointer = std::move(names[j]);
    }
    if (!wanted.empty()) {
        const std::vector<ValueLocation> found = locate_pointers(text, wanted);
        for (std::size_t j = 0; j < wanted.size(); ++j) {
            PendingError& error = pending[wanted_for[j]];
            const ValueLocation& where = found[j];
            error.offset = (error.anchor == Anchor::Key && where.key_offset != npos) ? where.key_offset
                                                                                     : where.value_offset;
        }
    }
    std::vector<std::size_t> offsets;
    offsets.reserve(pending.size());
    for (const PendingError& error : pending) offsets.push_back(error.offset == npos ? 0 : error.offset);
    const std::vector<TextPosition> positions = text_positions(text, offsets);

    std::vector<LoadError> result(pending.size());
    for (std::size_t k = 0; k < pending.size(); ++k) {
        if (pending[k].offset != npos) {
            result[k].line = positions[k].line;
            result[k].column = positions[k].column;
        }
        result[k].pointer = std::move(pending[k].pointer);
        result[k].message = std::move(pending[k].message);
    }
    std::stable_sort(result.begin(), result.end(), [](const LoadError& a, const LoadError& b) {
        if (a.line != b.line) return a.line < b.line;
        return a.column < b.column;
    });
    if (errors.dropped > 0) {
        LoadError more;
        more.message =
            std::to_string(errors.dropped) + " more error" + (errors.dropped == 1 ? "" : "s") + " not shown";
        result.push_back(std::move(more));
    }
    return result;
}

LoadResult load(std::string_view text, const LoadLimits& limits) {
    LoadResult result;
    Errors errors;
    errors.max = std::max<std::size_t>(1, limits.max_errors);

    if (text.size() > limits.max_bytes) {
        PendingError error;
        error.anchor = Anchor::Offset;
        error.offset = 0;
        error.pointer_known = true;
        error.message = "the input is " + std::to_string(text.size()) + " bytes, more than the limit of " +
                        std::to_string(limits.max_bytes) + " bytes";
        errors.add(std::move(error));
        result.errors = place_errors(text, errors);
        return result;
    }
    prescan(text, limits, errors);
    if (!errors.empty()) {
        result.errors = place_errors(text, errors);
        return result;
    }

    auto dataset = std::make_shared<Dataset>();
    Json root;
    DomBuilder builder(root, *dataset, errors);
    const char* begin = text.data();
    Json::sax_parse(begin, begin + text.size(), &builder, Json::input_format_t::json, true, false);
    if (builder.failed) {
        // Only the syntax error: what the readers said about the part before it would
        // be a partial validation, and the whole one comes once the syntax is right.
        errors.list.clear();
        errors.dropped = 0;
        errors.at_offset(builder.error_offset, builder.error_message);
        result.errors = place_errors(text, errors);
        return result;
    }
    read_dataset(root, builder.streamed_entities, builder.streamed_links, errors, *dataset);
    References refs;
    if (root.is_object()) check_references(*dataset, errors, refs);
    if (!errors.empty()) {
        result.errors = place_errors(text, errors);
        return result;
    }
    dataset->index = build_dataset_index(dataset->entities, dataset->links, std::move(refs.entities));
    result.dataset = std::move(dataset);
    return result;
}

}  // namespace

LoadResult load_dataset(std::string_view json_text, const LoadLimits& limits) {
    try {
        return load(json_text, limits);
    } catch (const std::bad_alloc&) {
        try {
            LoadResult result;
            result.errors.push_back(LoadError{0, 0, "", "out of memory while loading"});
            return result;
        } catch (...) {
            return LoadResult{};
        }
    } catch (const std::exception& e) {
        try {
            LoadResult result;
            result.errors.push_back(
                LoadError{0, 0, "", std::string("internal error while loading: ") + e.what()});
            return result;
        } catch (...) {
            return LoadResult{};
        }
    } catch (...) {
        return LoadResult{};
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

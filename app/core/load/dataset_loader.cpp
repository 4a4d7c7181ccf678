// Loading a dataset, as its text arrives: the splitter (json_stream_splitter.h) checks the
// raw bytes against the limits and cuts out each entity and link, which is parsed into a
// small DOM, read into the Dataset structs, checked against what is known so far and
// dropped, with the places of its errors found in its own text. The rest of the document,
// the skeleton, is parsed at the end. So no more than one item and the skeleton exist as
// text or DOM at any time, whatever the size of the file.
//
// Sections:
//   1. Errors: collected with a lazy path, turned into a pointer only when reported
//   3. Field readers: members, strings, numbers, dates, then one reader per object kind
//   4. Parsing: a SAX handler that builds the DOM of a piece or of the skeleton, and
//      reports duplicated keys
//   5. References across the document: unique ids, lanes, sources, entities, links
//   6. The load: pieces as they come, the skeleton at the end; the entry points
#include "load/dataset_loader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <istream>
#include <new>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

#include "load/flat_hash_index.h"
#include "load/json_locator.h"
#include "load/json_stream_splitter.h"
#include "load/utf8.h"
#include "model/dataset_index.h"
#include "model/date.h"
#include "model/entity_types.h"

namespace pe {

namespace {

using Json = nlohmann::json;
constexpr std::size_t npos = std::string_view::npos;

// ---- 1. Errors ---------------------------------------------------------------------

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
};

std::string in_quotes(std::string_view text) {
    std::string s;
    s.reserve(text.size() + 2);
    s += '"';
    s += text;
    s += '"';
    return s;
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

// Builds a DOM like nlohmann's own SAX DOM parser, with three differences: strings are
// moved, not copied; a key seen twice in one object is reported (nlohmann keeps the last
// silently); and a syntax error is kept with its place instead of thrown.
// It parses either the skeleton (json_stream_splitter.h), where the items of the streamed
// "entities" and "links" arrays are placeholders that were read as pieces already and are
// dropped here, or one piece, whose pointers all begin with the piece's own.
class DomBuilder : public nlohmann::json_sax<Json> {
  public:
    enum class Mode : std::uint8_t { Skeleton, Piece };

    DomBuilder(Json& root, Errors& errors, Mode mode, std::string base_pointer)
        : root_(root), errors_(errors), mode_(mode), base_pointer_(std::move(base_pointer)) {}

    bool failed = false;
    std::size_t error_offset = 0;
    std::string error_message;
    bool streamed_entities = false;  // the skeleton's "entities" was an array of placeholders
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
                drop_item();
            } else if (stack_.size() == 1) {
                stream_ = Stream::None;  // the streamed array itself ended
            }
        }
        return true;
    }
    bool start_array(std::size_t) override {
        Stream stream = Stream::None;
        if (mode_ == Mode::Skeleton && stack_.size() == 1 && stack_[0]->is_object() && keys_[0] != nullptr) {
            if (*keys_[0] == "entities") stream = Stream::Entities;
            if (*keys_[0] == "links") stream = Stream::Links;
        }
        stack_.push_back(place(Json::value_t::array));
        keys_.push_back(nullptr);
        if (stream != Stream::None) {
            stream_ = stream;
            stream_index_ = 0;
            (stream == Stream::Entities ? streamed_entities : streamed_links) = true;
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
        if (stream_ != Stream::None && stack_.size() == 2) drop_item();
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

    // A placeholder of the streamed array (its piece was read already).
    void drop_item() {
        stack_[1]->get_ref<Json::array_t&>().clear();
        ++stream_index_;
    }

    // The pointer of the innermost open container.
    std::string current_pointer() const {
        std::string pointer = base_pointer_;
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
    Errors& errors_;
    Mode mode_;
    std::string base_pointer_;
    std::vector<Json*> stack_;
    std::vector<const std::string*> keys_;  // per open object: its latest key
    Json* slot_ = nullptr;                  // where the value of the latest key goes
    Stream stream_ = Stream::None;          // set while inside the skeleton's /entities or /links
    std::size_t stream_index_ = 0;          // index of the placeholder being dropped there
};

// ---- 5. References across the document ----------------------------------------------
// Checked as each entity and link is read, against what is known by then: lanes and
// sources once their members have ended (the documented order puts them first), entities
// read before. What cannot be decided yet (a forward reference) is kept with its place and
// decided at the end, so no text needs to be kept for it.

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

// The ids a "lanes" or "sources" member declares, read from its raw value as soon as it
// has ended, with the rule take_id applies (an id it rejects is no id).
std::unordered_set<std::string> declared_ids(std::string_view value_text) {
    std::unordered_set<std::string> ids;
    const Json value = Json::parse(value_text.begin(), value_text.end(), nullptr, false);
    if (!value.is_array()) return ids;
    for (const Json& item : value) {
        if (!item.is_object()) continue;
        const auto id = item.find("id");
        if (id != item.end() && id->is_string() && is_id(id->get_ref<const std::string&>())) {
            ids.insert(id->get<std::string>());
        }
    }
    return ids;
}

enum class RefKind : std::uint8_t { Lane, Source, Entity };

// A reference that could not be decided when its item was read.
struct PendingReference {
    RefKind kind = RefKind::Entity;
    std::string id;
    std::string_view wanted_type;  // for entities: "district", "park" or "" for any
    std::string pointer;
    TextPosition position;
};

struct PieceReference {  // a reference met while reading the current piece
    RefKind kind;
    const std::string* id;
    std::string_view wanted_type;
    std::string pointer;
};

// ---- 6. The load: pieces as they come, the skeleton at the end ----------------------

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

LoadError error_at(TextPosition position, std::string pointer, std::string message) {
    LoadError error;
    error.line = position.line;
    error.column = position.column;
    error.pointer = std::move(pointer);
    error.message = std::move(message);
    return error;
}

// A load that ended without a dataset and with one message (no place). Never throws: when
// even the message cannot be made, the result has no errors (callers say "could not be loaded").
LoadResult failed_load(const char* message) noexcept {
    try {
        LoadResult failed;
        failed.errors.push_back(LoadError{0, 0, "", message});
        return failed;
    } catch (...) {
        return LoadResult{};
    }
}

}  // namespace

std::string oversize_message(std::uint64_t bytes, const LoadLimits& limits) {
    return "the input is " + std::to_string(bytes) + " bytes, more than the limit of " +
           std::to_string(limits.max_bytes) + " bytes";
}

struct DatasetLoadStream::State {
    explicit State(const LoadLimits& load_limits)
        : limits(load_limits),
          dataset(std::make_shared<Dataset>()),
          splitter({"entities", "links"},
                   SplitLimits{load_limits.max_bytes, load_limits.max_depth, load_limits.max_string_bytes},
                   SplitEvents{[this](const JsonPiece& piece) { on_piece(piece); },
                               [this](std::size_t member) { on_array_begin(member); },
                               [this](std::size_t member) { on_array_end(member); },
                               [this](std::string_view key, std::size_t begin, std::size_t end) {
                                   on_member_end(key, begin, end);
                               }}) {}

    LoadLimits limits;
    std::shared_ptr<Dataset> dataset;
    std::vector<LoadError> placed;  // errors found in pieces, with their final place
    std::size_t dropped = 0;
    bool refused = false;  // over the size limit, announced in advance
    std::uint64_t refused_bytes = 0;
    bool out_of_memory = false;
    bool finished = false;

    std::vector<std::string> issue_pointers;  // per splitter issue found in a piece
    bool piece_syntax_failed = false;
    LoadError piece_syntax;

    // Entity ids seen so far: copies in one arena, found through a flat hash index, so the
    // look-ups made as items stream in stay in compact memory (a map's nodes would lie
    // between the entities' own strings). The Dataset's own map is built at the end.
    std::string id_arena;
    std::vector<std::uint64_t> id_spans;  // per entity: offset << 24 | length in id_arena
    FlatHashIndex entity_ids;
    bool entities_complete = false;
    bool lanes_known = false, sources_known = false;
    std::unordered_set<std::string> lane_ids, source_ids;
    std::vector<PendingReference> pending;
    FlatHashIndex link_by_hash;  // link positions by (from, to, relation), for duplicate links

    JsonStreamSplitter splitter;

    std::size_t room() const {
        const std::size_t max = std::max<std::size_t>(1, limits.max_errors);
        return placed.size() >= max ? 0 : max - placed.size();
    }

    std::string_view id_of(std::uint32_t entity) const {
        const std::uint64_t span = id_spans[entity];
        return std::string_view(id_arena).substr(static_cast<std::size_t>(span >> 24), span & 0xFFFFFF);
    }
    // The entity holding `id` so far, or kNotFound.
    std::uint32_t find_entity(std::string_view id) const {
        return entity_ids.find(hash_bytes(id), [&](std::uint32_t e) { return id_of(e) == id; });
    }

    void on_array_begin(std::size_t member) {
        if (member == 0) {  // a repeated key: the last array counts, as in a DOM
            dataset->entities.clear();
            entity_ids.clear();
            id_arena.clear();
            id_spans.clear();
            entities_complete = false;
        } else {
            dataset->links.clear();
            link_by_hash.clear();
        }
    }
    void on_array_end(std::size_t member) {
        if (member == 0) entities_complete = true;
    }
    void on_member_end(std::string_view key, std::size_t begin, std::size_t end) {
        if (key != "lanes" && key != "sources") return;
        const std::string_view value = std::string_view(splitter.skeleton()).substr(begin, end - begin);
        if (key == "lanes") {
            lane_ids = declared_ids(value);
            lanes_known = true;
        } else {
            source_ids = declared_ids(value);
            sources_known = true;
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
        Json value;
        Errors errors;
        errors.max = room();
        DomBuilder builder(value, errors, DomBuilder::Mode::Piece, prefix);
        Json::sax_parse(piece.text.begin(), piece.text.end(), &builder, Json::input_format_t::json, true,
                        false);
        if (builder.failed) {
            piece_syntax_failed = true;
            piece_syntax =
                error_at(inside(piece.start, text_position(piece.text, builder.error_offset)),
                         prefix + pointer_at_offset(piece.text, builder.error_offset), builder.error_message);
            return;
        }
        const Path root;
        const Path array_path = root / array;
        const Path path = array_path[piece.index];
        std::vector<PieceReference> refs;
        if (is_entity) {
            Entity& entity = dataset->entities.emplace_back();
            read_entity(value, path, errors, entity);
            check_entity(entity, piece.index, path, errors, refs);
        } else {
            Link& link = dataset->links.emplace_back();
            read_link(value, path, errors, link);
            check_link(link, piece.index, path, errors, refs);
        }
        place_piece_errors(piece, prefix, errors, refs);
    }

    void source_ref(const SourceRef& ref, const Path& path, Errors& errors,
                    std::vector<PieceReference>& refs) {
        if (ref.source_id.empty()) return;
        if (!sources_known) {
            refs.push_back(PieceReference{RefKind::Source, &ref.source_id, {}, pointer_of(path / "source")});
        } else if (source_ids.count(ref.source_id) == 0) {
            errors.at(path / "source", "unknown source " + in_quotes(ref.source_id));
        }
    }

    void entity_ref(const std::string& id, std::string_view wanted_type, const Path& path, Errors& errors,
                    std::vector<PieceReference>& refs) {
        if (id.empty()) return;
        const std::uint32_t found = find_entity(id);
        if (found == kNotFound) {
            if (entities_complete) {
                errors.at(path, "unknown entity " + in_quotes(id));
            } else {
                refs.push_back(PieceReference{RefKind::Entity, &id, wanted_type, pointer_of(path)});
            }
        } else if (!wanted_type.empty() && dataset->entities[found].type != wanted_type) {
            errors.at(path, "entity " + in_quotes(id) + " is a " + dataset->entities[found].type +
                                ", not a " + std::string(wanted_type));
        }
    }

    void check_entity(const Entity& e, std::size_t index, const Path& path, Errors& errors,
                      std::vector<PieceReference>& refs) {
        id_spans.resize(index + 1, 0);
        if (!e.id.empty() && e.id.size() < (1u << 24)) {
            const std::uint32_t first = find_entity(e.id);
            if (first != kNotFound) {
                errors.at(path / "id", "duplicate id " + in_quotes(e.id) + ", first used by " +
                                           element_pointer("entities", first));
            } else {
                id_spans[index] = (static_cast<std::uint64_t>(id_arena.size()) << 24) | e.id.size();
                id_arena += e.id;
                entity_ids.insert(hash_bytes(e.id), static_cast<std::uint32_t>(index));
            }
        }
        if (!e.lane.empty()) {
            if (!lanes_known) {
                refs.push_back(PieceReference{RefKind::Lane, &e.lane, {}, pointer_of(path / "lane")});
            } else if (lane_ids.count(e.lane) == 0) {
                errors.at(path / "lane", "unknown lane " + in_quotes(e.lane));
            }
        }
        entity_ref(e.district_id, "district", path / "district", errors, refs);
        entity_ref(e.park_id, "park", path / "park", errors, refs);
        const Path figures_path = path / "figures";
        for (std::size_t k = 0; k < e.figures.size(); ++k) {
            source_ref(e.figures[k].source, figures_path[k] / "source", errors, refs);
        }
        const Path sources_path = path / "sources";
        for (std::size_t k = 0; k < e.sources.size(); ++k)
            source_ref(e.sources[k], sources_path[k], errors, refs);
    }

    void check_link(const Link& link, std::size_t index, const Path& path, Errors& errors,
                    std::vector<PieceReference>& refs) {
        entity_ref(link.from, {}, path / "from", errors, refs);
        entity_ref(link.to, {}, path / "to", errors, refs);
        if (!link.from.empty() && link.from == link.to) {
            errors.at(path / "to", "link from " + in_quotes(link.from) + " to itself");
        }
        const Path sources_path = path / "sources";
        for (std::size_t j = 0; j < link.sources.size(); ++j)
            source_ref(link.sources[j], sources_path[j], errors, refs);
        if (link.from.empty() || link.to.empty() || link.relation.empty()) return;
        const auto same = [&](const Link& other) {
            return other.from == link.from && other.to == link.to && other.relation == link.relation;
        };
        const std::uint64_t key =
            hash_bytes(link.relation, hash_bytes(link.to, hash_bytes(link.from) * 31 + 1) * 31 + 2);
        const auto is_same = [&](std::uint32_t k) { return same(dataset->links[k]); };
        const std::uint32_t previous = link_by_hash.find(key, is_same);
        if (previous != kNotFound) {
            errors.at(path,
                      "duplicate link: same from, to and relation as " + element_pointer("links", previous));
            link_by_hash.replace(key, is_same,
                                 static_cast<std::uint32_t>(index));  // the next one names this one
        } else {
            link_by_hash.insert(key, static_cast<std::uint32_t>(index));
        }
    }

    // The errors and undecided references of one piece get their places now, while its
    // text is at hand: pointers inside it are located in it and moved to its start.
    void place_piece_errors(const JsonPiece& piece, const std::string& prefix, Errors& errors,
                            std::vector<PieceReference>& refs) {
        if (errors.list.empty() && refs.empty()) return;
        std::vector<std::string> relative;
        relative.reserve(errors.list.size() + refs.size());
        for (const PendingError& error : errors.list) relative.push_back(error.pointer.substr(prefix.size()));
        for (const PieceReference& ref : refs) relative.push_back(ref.pointer.substr(prefix.size()));
        const std::vector<ValueLocation> found = locate_pointers(piece.text, relative);
        std::vector<std::size_t> offsets(found.size(), 0);
        for (std::size_t k = 0; k < found.size(); ++k) {
            const bool key =
                k < errors.list.size() && errors.list[k].anchor == Anchor::Key && found[k].key_offset != npos;
            const std::size_t offset = key ? found[k].key_offset : found[k].value_offset;
            offsets[k] = offset == npos ? 0 : offset;
        }
        const std::vector<TextPosition> positions = text_positions(piece.text, offsets);
        for (std::size_t k = 0; k < errors.list.size(); ++k) {
            placed.push_back(error_at(inside(piece.start, positions[k]), std::move(errors.list[k].pointer),
                                      std::move(errors.list[k].message)));
        }
        dropped += errors.dropped;
        for (std::size_t k = 0; k < refs.size(); ++k) {
            pending.push_back(PendingReference{refs[k].kind, *refs[k].id, refs[k].wanted_type,
                                               std::move(refs[k].pointer),
                                               inside(piece.start, positions[errors.list.size() + k])});
        }
    }

    LoadResult byte_issue_result() {
        const std::vector<ScanIssue>& issues = splitter.issues();
        std::vector<std::size_t> skeleton_offsets;
        std::vector<std::size_t> skeleton_issues;
        for (std::size_t k = 0; k < issues.size(); ++k) {
            if (!issues[k].in_piece) {
                skeleton_issues.push_back(k);
                skeleton_offsets.push_back(issues[k].skeleton_offset);
            }
        }
        const std::vector<std::string> names = pointers_at_offsets(splitter.skeleton(), skeleton_offsets);
        issue_pointers.resize(issues.size());
        for (std::size_t j = 0; j < skeleton_issues.size(); ++j)
            issue_pointers[skeleton_issues[j]] = names[j];
        LoadResult result;
        const std::size_t max = std::max<std::size_t>(1, limits.max_errors);
        for (std::size_t k = 0; k < issues.size() && k < max; ++k) {
            result.errors.push_back(error_at(issues[k].position, issue_pointers[k], issues[k].message));
        }
        sort_and_cap(result.errors, issues.size() > max ? issues.size() - max : 0);
        return result;
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
        if (!splitter.issues().empty()) return byte_issue_result();

        const std::string& skeleton = splitter.skeleton();
        Json root;
        Errors errors;
        errors.max = room();
        DomBuilder builder(root, errors, DomBuilder::Mode::Skeleton, "");
        Json::sax_parse(skeleton.begin(), skeleton.end(), &builder, Json::input_format_t::json, true, false);
        if (builder.failed) {
            LoadError error =
                error_at(splitter.original_position(builder.error_offset),
                         pointer_at_offset(skeleton, builder.error_offset), builder.error_message);
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
        read_dataset(root, builder.streamed_entities, builder.streamed_links, errors, d);
        if (root.is_object()) {
            const auto lanes = unique_ids(d.lanes, "lanes", errors);
            const auto sources = unique_ids(d.sources, "sources", errors);
            decide_pending(lanes, sources);
        }
        place_skeleton_errors(errors);
        if (!placed.empty()) {
            result.errors = std::move(placed);
            sort_and_cap(result.errors, dropped);
            return result;
        }
        entity_ids.clear();  // the Dataset's own map replaces these
        std::string().swap(id_arena);
        std::vector<std::uint64_t>().swap(id_spans);
        std::unordered_map<std::string, std::uint32_t> by_id;
        by_id.reserve(d.entities.size());
        for (std::size_t i = 0; i < d.entities.size(); ++i)
            by_id.emplace(d.entities[i].id, static_cast<std::uint32_t>(i));
        d.index = build_dataset_index(d.entities, d.links, std::move(by_id));
        result.dataset = std::move(dataset);
        return result;
    }

    void decide_pending(const std::unordered_map<std::string_view, std::size_t>& lanes,
                        const std::unordered_map<std::string_view, std::size_t>& sources) {
        for (PendingReference& ref : pending) {
            std::string message;
            if (ref.kind == RefKind::Lane) {
                if (lanes.count(ref.id) == 0) message = "unknown lane " + in_quotes(ref.id);
            } else if (ref.kind == RefKind::Source) {
                if (sources.count(ref.id) == 0) message = "unknown source " + in_quotes(ref.id);
            } else {
                const std::uint32_t found = find_entity(ref.id);
                if (found == kNotFound) {
                    message = "unknown entity " + in_quotes(ref.id);
                } else if (!ref.wanted_type.empty() && dataset->entities[found].type != ref.wanted_type) {
                    message = "entity " + in_quotes(ref.id) + " is a " + dataset->entities[found].type +
                              ", not a " + std::string(ref.wanted_type);
                }
            }
            if (message.empty()) continue;
            if (room() == 0) {
                ++dropped;
            } else {
                placed.push_back(error_at(ref.position, std::move(ref.pointer), std::move(message)));
            }
        }
        pending.clear();
    }

    // The skeleton's own errors: located in it, then mapped back to the original text.
    void place_skeleton_errors(Errors& errors) {
        if (errors.list.empty()) {
            dropped += errors.dropped;
            return;
        }
        const std::string& skeleton = splitter.skeleton();
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
                const TextPosition position = splitter.original_position(offset);
                placed_error.line = position.line;
                placed_error.column = position.column;
            }
            placed_error.pointer = std::move(error.pointer);
            placed_error.message = std::move(error.message);
            if (room() == 0) {
                ++dropped;
            } else {
                placed.push_back(std::move(placed_error));
            }
        }
        dropped += errors.dropped;
    }
};

DatasetLoadStream::DatasetLoadStream(const LoadLimits& limits) : state_(std::make_unique<State>(limits)) {}
DatasetLoadStream::~DatasetLoadStream() = default;

bool DatasetLoadStream::expect_size(std::uint64_t total_bytes) {
    if (total_bytes <= state_->limits.max_bytes) {
        // Room for the ids and link keys a text this size may hold (a few hundred bytes per
        // item at the least), so the tables do not rehash while items stream in.
        const auto items = static_cast<std::size_t>(total_bytes / 512);
        state_->entity_ids.reserve(items / 3);  // a few hundred bytes per item at the least
        state_->link_by_hash.reserve(items);
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

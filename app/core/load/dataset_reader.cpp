// Reading a parsed DOM into the Dataset structs: one reader per kind of object (the
// document, a lane, a source, an entity, a link and their parts), each reporting what is
// wrong at its place and reading on. It checks each value alone; whether ids and
// references agree across the document is reference_check.h's job, parsing dom_builder.h's.
//
// [SECTION] Members: an object's members sorted by field; unknown and missing fields
// [SECTION] Values: strings, ids, booleans, numbers, arrays, texts, dates, geo points
// [SECTION] Items: entities and links (read one at a time, as pieces), lanes, sources
// [SECTION] The document, and the ids "lanes" and "sources" declare
#include "load/dataset_reader.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "load/dataset_loader.h"
#include "load/utf8.h"
#include "model/date.h"
#include "model/entity_types.h"

namespace pe::load {

namespace {

using Json = nlohmann::json;

// [SECTION] Members ------------------------------------------------------------------

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

// Reports a value of the wrong type; false, for the field readers to return.
bool wrong_type(Errors& errors, const Path& path, const char* expected, const Json& value) {
    errors.at(path, std::string("expected ") + expected + ", found " + kind_of(value));
    return false;
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
    if (!value.is_object()) return wrong_type(errors, path, "an object", value);
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

// [SECTION] Values -------------------------------------------------------------------

// The string readers move the text out of the DOM.
bool take_string(Json* value, const Path& path, Errors& errors, std::string& out) {
    if (value == nullptr) return false;
    if (!value->is_string()) return wrong_type(errors, path, "a string", *value);
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

// The Dataset's strings are copied into its arena; the DOM's copy goes with the DOM.
bool take_string(Json* value, const Path& path, Errors& errors, StringArena& strings, DataString& out) {
    if (value == nullptr) return false;
    if (!value->is_string()) return wrong_type(errors, path, "a string", *value);
    out = strings.store(value->get_ref<const std::string&>());
    return true;
}

bool take_nonblank(Json* value, const Path& path, Errors& errors, StringArena& strings, DataString& out,
                   bool repeats = false) {
    if (value == nullptr) return false;
    if (!value->is_string()) return wrong_type(errors, path, "a string", *value);
    const std::string& text = value->get_ref<const std::string&>();
    if (is_blank(text)) {
        errors.at(path, "must not be empty");
        out.clear();  // so that it is not checked again as a reference
        return false;
    }
    out = repeats ? strings.store_shared(text) : strings.store(text);
    return true;
}

}  // namespace

bool is_id(std::string_view text) {
    if (text.empty()) return false;
    for (const char c : text) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    }
    return true;
}

namespace {

// Keeps a malformed id too (it is reported), so that references to it do not add noise.
bool take_id(Json* value, const Path& path, Errors& errors, StringArena& strings, DataString& out) {
    if (!take_string(value, path, errors, strings, out)) return false;
    if (!is_id(out)) {
        errors.at(path, "id " + in_quotes(out) + " must be made of a-z, 0-9 and '-' only, and not be empty");
        return false;
    }
    return true;
}

bool take_bool(Json* value, const Path& path, Errors& errors, bool& out) {
    if (value == nullptr) return false;
    if (!value->is_boolean()) return wrong_type(errors, path, "true or false", *value);
    out = value->get<bool>();
    return true;
}

bool take_number(Json* value, const Path& path, Errors& errors, double& out) {
    if (value == nullptr) return false;
    if (!value->is_number()) return wrong_type(errors, path, "a number", *value);
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

void read_text(Json* value, const Path& path, Errors& errors, StringArena& strings, Text& out) {
    if (value == nullptr) return;
    Members<kTextFields.size()> m;
    if (!read_members(*value, path, kTextFields, kTextRequired, errors, m)) return;
    take_nonblank(m.get<field(kTextFields, "zh")>(), path / "zh", errors, strings, out.zh);
    take_nonblank(m.get<field(kTextFields, "en")>(), path / "en", errors, strings, out.en);
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

void read_source_ref(Json& value, const Path& path, Errors& errors, StringArena& strings, SourceRef& out) {
    Members<kSourceRefFields.size()> m;
    if (!read_members(value, path, kSourceRefFields, kSourceRefRequired, errors, m)) return;
    take_nonblank(m.get<field(kSourceRefFields, "source")>(), path / "source", errors, strings, out.source_id,
                  true);
    take_nonblank(m.get<field(kSourceRefFields, "quote")>(), path / "quote", errors, strings, out.quote);
}

void read_figure(Json& value, const Path& path, Errors& errors, StringArena& strings, KeyFigure& out) {
    Members<kFigureFields.size()> m;
    if (!read_members(value, path, kFigureFields, kFigureRequired, errors, m)) return;
    read_text(m.get<field(kFigureFields, "label")>(), path / "label", errors, strings, out.label);
    take_number(m.get<field(kFigureFields, "value")>(), path / "value", errors, out.value);
    take_string(m.get<field(kFigureFields, "unit")>(), path / "unit", errors, strings, out.unit);
    read_text(m.get<field(kFigureFields, "display")>(), path / "display", errors, strings, out.display);
    if (Json* source = m.get<field(kFigureFields, "source")>())
        read_source_ref(*source, path / "source", errors, strings, out.source);
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

// [SECTION] Items --------------------------------------------------------------------

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

}  // namespace

void read_entity(Json& value, const Path& path, Errors& errors, StringArena& strings, Entity& e) {
    Members<kEntityFields.size()> m;
    if (!read_members(value, path, kEntityFields, kEntityRequired, errors, m)) return;

    take_id(m.get<field(kEntityFields, "id")>(), path / "id", errors, strings, e.id);
    const Path type_path = path / "type";
    if (take_nonblank(m.get<field(kEntityFields, "type")>(), type_path, errors, strings, e.type, true) &&
        !is_entity_type(e.type)) {
        errors.at(type_path, "unknown entity type " + in_quotes(e.type));
    }
    read_text(m.get<field(kEntityFields, "name")>(), path / "name", errors, strings, e.name);

    const Path pinyin_path = path / "pinyin";
    const Path initials_path = path / "pinyinInitials";
    bool pinyin_ok =
        take_string(m.get<field(kEntityFields, "pinyin")>(), pinyin_path, errors, strings, e.pinyin);
    if (pinyin_ok) {
        if (const char* problem = pinyin_problem(e.pinyin)) {
            errors.at(pinyin_path, "pinyin " + in_quotes(e.pinyin) + " " + problem);
            pinyin_ok = false;
        }
    }
    if (take_string(m.get<field(kEntityFields, "pinyinInitials")>(), initials_path, errors, strings,
                    e.pinyin_initials) &&
        pinyin_ok) {
        std::string expected = initials_of(e.pinyin);
        if (expected != e.pinyin_initials) {
            errors.at(initials_path, "pinyinInitials " + in_quotes(e.pinyin_initials) +
                                         " do not match pinyin " + in_quotes(e.pinyin) + " (expected " +
                                         in_quotes(expected) + ")");
        }
    }
    take_nonblank(m.get<field(kEntityFields, "lane")>(), path / "lane", errors, strings, e.lane, true);

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
    take_nonblank(m.get<field(kEntityFields, "district")>(), path / "district", errors, strings,
                  e.district_id, true);
    take_nonblank(m.get<field(kEntityFields, "park")>(), path / "park", errors, strings, e.park_id, true);
    read_text(m.get<field(kEntityFields, "summary")>(), path / "summary", errors, strings, e.summary);
    read_array(
        m.get<field(kEntityFields, "figures")>(), path / "figures", errors, 0, e.figures,
        [&](Json& item, const Path& at, KeyFigure& out) { read_figure(item, at, errors, strings, out); });
    read_array(m.get<field(kEntityFields, "tags")>(), path / "tags", errors, 0, e.tags,
               [&](Json& item, const Path& at, DataString& out) {
                   take_nonblank(&item, at, errors, strings, out, true);
               });
    read_array(
        m.get<field(kEntityFields, "sources")>(), path / "sources", errors, 1, e.sources,
        [&](Json& item, const Path& at, SourceRef& out) { read_source_ref(item, at, errors, strings, out); });
    read_geo(m.get<field(kEntityFields, "geo")>(), path / "geo", errors, e.geo);
}

void read_link(Json& value, const Path& path, Errors& errors, StringArena& strings, Link& link,
               const KnownIds& known_id) {
    Members<kLinkFields.size()> m;
    if (!read_members(value, path, kLinkFields, kLinkRequired, errors, m)) return;
    const auto take_end = [&](Json* end, const Path& end_path, DataString& out) {
        if (known_id && end != nullptr && end->is_string()) {
            DataString same = known_id(end->get_ref<const std::string&>());
            if (!same.empty()) {
                out = std::move(same);
                return;
            }
        }
        take_nonblank(end, end_path, errors, strings, out);
    };
    take_end(m.get<field(kLinkFields, "from")>(), path / "from", link.from);
    take_end(m.get<field(kLinkFields, "to")>(), path / "to", link.to);
    const Path relation_path = path / "relation";
    if (take_nonblank(m.get<field(kLinkFields, "relation")>(), relation_path, errors, strings, link.relation,
                      true) &&
        !is_relation_type(link.relation)) {
        errors.at(relation_path, "unknown relation type " + in_quotes(link.relation));
    }
    read_array(
        m.get<field(kLinkFields, "sources")>(), path / "sources", errors, 1, link.sources,
        [&](Json& item, const Path& at, SourceRef& out) { read_source_ref(item, at, errors, strings, out); });
}

namespace {

void read_lane(Json& value, const Path& path, Errors& errors, StringArena& strings, Lane& lane) {
    Members<kLaneFields.size()> m;
    if (!read_members(value, path, kLaneFields, kLaneRequired, errors, m)) return;
    take_id(m.get<field(kLaneFields, "id")>(), path / "id", errors, strings, lane.id);
    read_text(m.get<field(kLaneFields, "name")>(), path / "name", errors, strings, lane.name);
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

void read_source(Json& value, const Path& path, Errors& errors, StringArena& strings, Source& source) {
    Members<kSourceFields.size()> m;
    if (!read_members(value, path, kSourceFields, kSourceRequired, errors, m)) return;
    take_id(m.get<field(kSourceFields, "id")>(), path / "id", errors, strings, source.id);
    read_text(m.get<field(kSourceFields, "title")>(), path / "title", errors, strings, source.title);
    take_string(m.get<field(kSourceFields, "publisher")>(), path / "publisher", errors, strings,
                source.publisher);  // may be empty: not every source names one
    const Path published_path = path / "published";
    if (take_string(m.get<field(kSourceFields, "published")>(), published_path, errors, strings,
                    source.published)) {
        DateParse parsed = parse_date(source.published);
        if (!parsed.ok) errors.at(published_path, std::move(parsed.error));
    }
    take_string(m.get<field(kSourceFields, "url")>(), path / "url", errors, strings, source.url);
    const Path language_path = path / "language";
    if (take_string(m.get<field(kSourceFields, "language")>(), language_path, errors, strings,
                    source.language) &&
        !is_language_tag(source.language)) {
        errors.at(language_path, "language " + in_quotes(source.language) +
                                     " is not a language tag such as \"zh\" or \"en\"");
    }
}

}  // namespace

// [SECTION] The document -------------------------------------------------------------

void read_dataset(Json& root, bool streamed_entities, bool streamed_links, Errors& errors,
                  StringArena& strings, Dataset& d) {
    const Path path;
    Members<kDatasetFields.size()> m;
    if (!read_members(root, path, kDatasetFields, kDatasetRequired, errors, m)) return;
    const Path format_path = path / "format";
    if (take_string(m.get<field(kDatasetFields, "format")>(), format_path, errors, strings, d.format) &&
        d.format != kFormatName) {
        errors.at(format_path,
                  "unsupported format " + in_quotes(d.format) + " (expected " + in_quotes(kFormatName) + ")");
    }
    take_id(m.get<field(kDatasetFields, "id")>(), path / "id", errors, strings, d.id);
    read_text(m.get<field(kDatasetFields, "title")>(), path / "title", errors, strings, d.title);
    read_text(m.get<field(kDatasetFields, "description")>(), path / "description", errors, strings,
              d.description);
    read_array(m.get<field(kDatasetFields, "lanes")>(), path / "lanes", errors, 1, d.lanes,
               [&](Json& item, const Path& at, Lane& out) { read_lane(item, at, errors, strings, out); });
    read_array(m.get<field(kDatasetFields, "sources")>(), path / "sources", errors, 1, d.sources,
               [&](Json& item, const Path& at, Source& out) { read_source(item, at, errors, strings, out); });
    Json* entities = m.get<field(kDatasetFields, "entities")>();
    if (streamed_entities && entities != nullptr && entities->is_array()) {
        if (d.entities.empty()) errors.at(path / "entities", "must hold at least 1 item");
    } else {
        read_array(
            entities, path / "entities", errors, 1, d.entities,
            [&](Json& item, const Path& at, Entity& out) { read_entity(item, at, errors, strings, out); });
    }
    Json* links = m.get<field(kDatasetFields, "links")>();
    if (!(streamed_links && links != nullptr && links->is_array())) {
        read_array(links, path / "links", errors, 0, d.links,
                   [&](Json& item, const Path& at, Link& out) { read_link(item, at, errors, strings, out); });
    }
}

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

}  // namespace pe::load

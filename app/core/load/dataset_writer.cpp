// Dataset -> JSON text (the documented format, key order as in docs/data-format.md) and
// entity table -> CSV. Reading and validating are the loader's (dataset_loader.cpp).
//
// [SECTION] JSON scalars
// [SECTION] JSON records
// [SECTION] The document
// [SECTION] CSV
#include "load/dataset_writer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "model/date.h"
#include "model/entity_types.h"

namespace pe {

namespace {

// [SECTION] JSON scalars
// Shortest of %.15g..%.17g that reads back to the same double. Non-finite values cannot
// come from JSON; they are written as 0 rather than as invalid JSON.
void append_number(std::string& out, double value) {
    if (!std::isfinite(value)) {
        out += '0';
        return;
    }
    char buffer[40];
    for (int precision = 15; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (std::strtod(buffer, nullptr) == value) {
            break;
        }
    }
    out += buffer;
}

struct Style {
    const char* colon;  // after a key
    const char* comma;  // between members written on one line
};

Style style_of(JsonLayout layout) {
    return layout == JsonLayout::Indented ? Style{": ", ", "} : Style{":", ","};
}

void append_key(std::string& out, std::string_view key, const Style& style) {
    append_json_string(out, key);
    out += style.colon;
}

void append_text(std::string& out, const Text& text, const Style& style);

// Writes the members of one object, "key": value, with `separator` before every member but
// the first; the caller writes the braces (and any layout around them).
struct MemberWriter {
    std::string& out;
    Style style;
    const char* separator;
    bool first = true;

    MemberWriter(std::string& o, const Style& s) : out(o), style(s), separator(s.comma) {}
    MemberWriter(std::string& o, const Style& s, const char* between)
        : out(o), style(s), separator(between) {}

    void key(std::string_view name) {
        out += first ? "" : separator;
        first = false;
        append_key(out, name, style);
    }
    void string(std::string_view name, std::string_view value) {
        key(name);
        append_json_string(out, value);
    }
    void text(std::string_view name, const Text& value) {
        key(name);
        append_text(out, value, style);
    }
    void number(std::string_view name, double value) {
        key(name);
        append_number(out, value);
    }
    void boolean(std::string_view name, bool value) {
        key(name);
        out += value ? "true" : "false";
    }
};

// "{members}" on one line: `members(MemberWriter&)` writes them.
template <typename Members>
void append_object(std::string& out, const Style& style, Members&& members) {
    out += '{';
    MemberWriter m(out, style);
    members(m);
    out += '}';
}

// [SECTION] JSON records
void append_text(std::string& out, const Text& text, const Style& style) {
    append_object(out, style, [&](MemberWriter& m) {
        m.string("zh", text.zh);
        m.string("en", text.en);
    });
}

void append_source_ref(std::string& out, const SourceRef& ref, const Style& style) {
    append_object(out, style, [&](MemberWriter& m) {
        m.string("source", ref.source_id);
        m.string("quote", ref.quote);
    });
}

void append_source_refs(std::string& out, const std::vector<SourceRef>& refs, const Style& style) {
    out += '[';
    for (std::size_t i = 0; i < refs.size(); ++i) {
        out += i > 0 ? style.comma : "";
        append_source_ref(out, refs[i], style);
    }
    out += ']';
}

void append_date(std::string& out, const Date& date, const Style& style) {
    append_object(out, style, [&](MemberWriter& m) {
        m.string("date", format_date(date));
        m.string("precision", precision_name(date.precision));
    });
}

void append_figure(std::string& out, const KeyFigure& figure, const Style& style) {
    append_object(out, style, [&](MemberWriter& m) {
        m.text("label", figure.label);
        m.number("value", figure.value);
        m.string("unit", figure.unit);
        m.text("display", figure.display);
        m.key("source");
        append_source_ref(out, figure.source, style);
    });
}

void append_geo(std::string& out, const GeoPoint& geo, const Style& style) {
    append_object(out, style, [&](MemberWriter& m) {
        m.number("lat", geo.lat);
        m.number("lon", geo.lon);
        m.boolean("approximate", geo.approximate);
    });
}

void append_lane(std::string& out, const Lane& lane, const Style& style) {
    append_object(out, style, [&](MemberWriter& m) {
        m.string("id", lane.id);
        m.text("name", lane.name);
    });
}

void append_source(std::string& out, const Source& source, const Style& style) {
    append_object(out, style, [&](MemberWriter& m) {
        m.string("id", source.id);
        m.text("title", source.title);
        m.string("publisher", source.publisher);
        m.string("published", source.published);
        m.string("url", source.url);
        m.string("language", source.language);
    });
}

// A top-level array of records, one per line: "[\n    {..},\n    {..}\n  ]", or "[]".
template <typename T, typename Append>
void append_record_list(std::string& out, const std::vector<T>& items, const Style& style, Append&& append) {
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += i > 0 ? ",\n    " : "\n    ";
        append(out, items[i], style);
    }
    out += items.empty() ? "]" : "\n  ]";
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
    static const char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (b < 0x20) {
                    out += "\\u00";
                    out += kHex[b >> 4];
                    out += kHex[b & 0xF];
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

void append_entity_json(std::string& out, const Entity& e, JsonLayout layout, bool first) {
    const bool indented = layout == JsonLayout::Indented;
    out += first ? "\n" : ",\n";
    out += indented ? "    {\n      " : "    {";
    MemberWriter m(out, style_of(layout), indented ? ",\n      " : ",");
    const Style& s = m.style;
    m.string("id", e.id);
    m.string("type", e.type);
    m.text("name", e.name);
    m.string("pinyin", e.pinyin);
    m.string("pinyinInitials", e.pinyin_initials);
    m.string("lane", e.lane);
    if (e.time.has_start) {
        m.key("start");
        append_date(out, e.time.start, s);
    }
    if (e.time.has_end) {
        m.key("end");
        append_date(out, e.time.end, s);
    }
    if (e.time.open_end) m.boolean("ongoing", true);
    m.string("scope", scope_name(e.scope));
    if (!e.district_id.empty()) m.string("district", e.district_id);
    if (!e.park_id.empty()) m.string("park", e.park_id);
    m.text("summary", e.summary);
    m.key("figures");
    out += '[';
    for (std::size_t i = 0; i < e.figures.size(); ++i) {
        out += i > 0 ? s.comma : "";
        append_figure(out, e.figures[i], s);
    }
    out += ']';
    m.key("tags");
    out += '[';
    for (std::size_t i = 0; i < e.tags.size(); ++i) {
        out += i > 0 ? s.comma : "";
        append_json_string(out, e.tags[i]);
    }
    out += ']';
    m.key("sources");
    append_source_refs(out, e.sources, s);
    if (e.geo.present) {
        m.key("geo");
        append_geo(out, e.geo, s);
    }
    out += indented ? "\n    }" : "}";
}

void append_link_json(std::string& out, const Link& link, JsonLayout layout, bool first) {
    const Style s = style_of(layout);
    out += first ? "\n    {" : ",\n    {";
    MemberWriter m(out, s);
    m.string("from", link.from);
    m.string("to", link.to);
    m.string("relation", link.relation);
    m.key("sources");
    append_source_refs(out, link.sources, s);
    out += '}';
}

// [SECTION] The document
// Everything before the entities' records: the header members, the lanes and the sources.
void append_dataset_begin(std::string& out, const Dataset& d, JsonLayout layout) {
    const Style s = style_of(layout);
    out += "{\n  ";
    MemberWriter top(out, s, ",\n  ");
    top.string("format", d.format);
    top.string("id", d.id);
    top.text("title", d.title);
    top.text("description", d.description);
    top.key("lanes");
    append_record_list(out, d.lanes, s, append_lane);
    top.key("sources");
    append_record_list(out, d.sources, s, append_source);
    top.key("entities");
    out += '[';
}

void append_links_begin(std::string& out, JsonLayout layout) {
    out += "\n  ],\n  ";
    append_key(out, "links", style_of(layout));
    out += '[';
}

void append_dataset_end(std::string& out, JsonLayout) {
    out += "\n  ]\n}\n";
}

std::string write_dataset_json(const Dataset& dataset, JsonLayout layout) {
    std::string out;
    out.reserve(1024 + dataset.entities.size() * 1024 + dataset.links.size() * 256);
    append_dataset_begin(out, dataset, layout);
    for (std::size_t i = 0; i < dataset.entities.size(); ++i) {
        append_entity_json(out, dataset.entities[i], layout, i == 0);
    }
    append_links_begin(out, layout);
    for (std::size_t i = 0; i < dataset.links.size(); ++i) {
        append_link_json(out, dataset.links[i], layout, i == 0);
    }
    append_dataset_end(out, layout);
    return out;
}

// [SECTION] CSV
void append_csv_field(std::string& out, std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += field;
        return;
    }
    out += '"';
    for (const char c : field) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
}

std::string write_entities_csv(const Dataset& dataset, const std::vector<std::uint32_t>& rows) {
    std::string out;
    out.reserve(128 + rows.size() * 160);
    out += kEntityCsvHeader;
    out += "\r\n";
    std::string tags;
    for (const std::uint32_t row : rows) {
        if (row >= dataset.entities.size()) {
            continue;
        }
        const Entity& e = dataset.entities[row];
        const TimeSpan& t = e.time;
        tags.clear();
        for (std::size_t i = 0; i < e.tags.size(); ++i) {
            tags += i > 0 ? ";" : "";
            tags += e.tags[i];
        }
        std::string_view precision;
        if (t.has_start) {
            precision = precision_name(t.start.precision);
        } else if (t.has_end) {
            precision = precision_name(t.end.precision);
        }
        const std::string fields[] = {
            e.id.str(),
            e.type.str(),
            e.name.zh.str(),
            e.name.en.str(),
            t.has_start ? format_date(t.start) : std::string(),
            t.has_end ? format_date(t.end) : (t.open_end ? std::string("ongoing") : std::string()),
            std::string(precision),
            std::string(scope_name(e.scope)),
            e.district_id.str(),
            e.park_id.str(),
            tags,
            e.lane.str(),
        };
        bool first = true;
        for (const std::string& field : fields) {
            out += first ? "" : ",";
            first = false;
            append_csv_field(out, field);
        }
        out += "\r\n";
    }
    return out;
}

std::string write_entities_csv(const Dataset& dataset) {
    std::vector<std::uint32_t> rows(dataset.entities.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i] = static_cast<std::uint32_t>(i);
    }
    return write_entities_csv(dataset, rows);
}

}  // namespace pe

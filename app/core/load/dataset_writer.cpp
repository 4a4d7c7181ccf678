// Dataset -> JSON text (the documented format, key order as in docs/data-format.md) and
// entity table -> CSV. Reading and validating are the loader's (dataset_loader.cpp).
//
// Contents: 1. JSON scalars  2. JSON records  3. the document  4. CSV
#include "load/dataset_writer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "model/date.h"
#include "model/entity_types.h"

namespace pe {

namespace {

// ---- 1. JSON scalars -----------------------------------------------------------------------
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

// ---- 2. JSON records -------------------------------------------------------------------------
void append_text(std::string& out, const Text& text, const Style& style) {
    out += '{';
    append_key(out, "zh", style);
    append_json_string(out, text.zh);
    out += style.comma;
    append_key(out, "en", style);
    append_json_string(out, text.en);
    out += '}';
}

void append_source_ref(std::string& out, const SourceRef& ref, const Style& style) {
    out += '{';
    append_key(out, "source", style);
    append_json_string(out, ref.source_id);
    out += style.comma;
    append_key(out, "quote", style);
    append_json_string(out, ref.quote);
    out += '}';
}

void append_source_refs(std::string& out, const std::vector<SourceRef>& refs, const Style& style) {
    out += '[';
    for (std::size_t i = 0; i < refs.size(); ++i) {
        if (i > 0) {
            out += style.comma;
        }
        append_source_ref(out, refs[i], style);
    }
    out += ']';
}

void append_date(std::string& out, const Date& date, const Style& style) {
    out += '{';
    append_key(out, "date", style);
    append_json_string(out, format_date(date));
    out += style.comma;
    append_key(out, "precision", style);
    append_json_string(out, precision_name(date.precision));
    out += '}';
}

void append_figure(std::string& out, const KeyFigure& figure, const Style& style) {
    out += '{';
    append_key(out, "label", style);
    append_text(out, figure.label, style);
    out += style.comma;
    append_key(out, "value", style);
    append_number(out, figure.value);
    out += style.comma;
    append_key(out, "unit", style);
    append_json_string(out, figure.unit);
    out += style.comma;
    append_key(out, "display", style);
    append_text(out, figure.display, style);
    out += style.comma;
    append_key(out, "source", style);
    append_source_ref(out, figure.source, style);
    out += '}';
}

// Entity members: each on its own line at `indent` (Indented) or all on one line.
struct MemberWriter {
    std::string& out;
    Style style;
    const char* separator;  // before every member but the first
    bool first = true;

    void key(std::string_view name) {
        out += first ? "" : separator;
        first = false;
        append_key(out, name, style);
    }
};

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
    MemberWriter m{out, style_of(layout), indented ? ",\n      " : ","};
    const Style& s = m.style;
    m.key("id");
    append_json_string(out, e.id);
    m.key("type");
    append_json_string(out, e.type);
    m.key("name");
    append_text(out, e.name, s);
    m.key("pinyin");
    append_json_string(out, e.pinyin);
    m.key("pinyinInitials");
    append_json_string(out, e.pinyin_initials);
    m.key("lane");
    append_json_string(out, e.lane);
    if (e.time.has_start) {
        m.key("start");
        append_date(out, e.time.start, s);
    }
    if (e.time.has_end) {
        m.key("end");
        append_date(out, e.time.end, s);
    }
    if (e.time.open_end) {
        m.key("ongoing");
        out += "true";
    }
    m.key("scope");
    append_json_string(out, scope_name(e.scope));
    if (!e.district_id.empty()) {
        m.key("district");
        append_json_string(out, e.district_id);
    }
    if (!e.park_id.empty()) {
        m.key("park");
        append_json_string(out, e.park_id);
    }
    m.key("summary");
    append_text(out, e.summary, s);
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
        out += '{';
        append_key(out, "lat", s);
        append_number(out, e.geo.lat);
        out += s.comma;
        append_key(out, "lon", s);
        append_number(out, e.geo.lon);
        out += s.comma;
        append_key(out, "approximate", s);
        out += e.geo.approximate ? "true" : "false";
        out += '}';
    }
    out += indented ? "\n    }" : "}";
}

void append_link_json(std::string& out, const Link& link, JsonLayout layout, bool first) {
    const Style s = style_of(layout);
    out += first ? "\n    {" : ",\n    {";
    append_key(out, "from", s);
    append_json_string(out, link.from);
    out += s.comma;
    append_key(out, "to", s);
    append_json_string(out, link.to);
    out += s.comma;
    append_key(out, "relation", s);
    append_json_string(out, link.relation);
    out += s.comma;
    append_key(out, "sources", s);
    append_source_refs(out, link.sources, s);
    out += '}';
}

// ---- 3. the document -----------------------------------------------------------------------
void append_dataset_begin(std::string& out, const Dataset& d, JsonLayout layout) {
    const Style s = style_of(layout);
    out += "{\n  ";
    append_key(out, "format", s);
    append_json_string(out, d.format);
    out += ",\n  ";
    append_key(out, "id", s);
    append_json_string(out, d.id);
    out += ",\n  ";
    append_key(out, "title", s);
    append_text(out, d.title, s);
    out += ",\n  ";
    append_key(out, "description", s);
    append_text(out, d.description, s);
    out += ",\n  ";
    append_key(out, "lanes", s);
    out += '[';
    for (std::size_t i = 0; i < d.lanes.size(); ++i) {
        out += i > 0 ? ",\n    {" : "\n    {";
        append_key(out, "id", s);
        append_json_string(out, d.lanes[i].id);
        out += s.comma;
        append_key(out, "name", s);
        append_text(out, d.lanes[i].name, s);
        out += '}';
    }
    out += d.lanes.empty() ? "],\n  " : "\n  ],\n  ";
    append_key(out, "sources", s);
    out += '[';
    for (std::size_t i = 0; i < d.sources.size(); ++i) {
        const Source& src = d.sources[i];
        out += i > 0 ? ",\n    {" : "\n    {";
        append_key(out, "id", s);
        append_json_string(out, src.id);
        out += s.comma;
        append_key(out, "title", s);
        append_text(out, src.title, s);
        out += s.comma;
        append_key(out, "publisher", s);
        append_json_string(out, src.publisher);
        out += s.comma;
        append_key(out, "published", s);
        append_json_string(out, src.published);
        out += s.comma;
        append_key(out, "url", s);
        append_json_string(out, src.url);
        out += s.comma;
        append_key(out, "language", s);
        append_json_string(out, src.language);
        out += '}';
    }
    out += d.sources.empty() ? "],\n  " : "\n  ],\n  ";
    append_key(out, "entities", s);
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

// ---- 4. CSV ----------------------------------------------------------------------------------
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
            e.id,
            e.type,
            e.name.zh,
            e.name.en,
            t.has_start ? format_date(t.start) : std::string(),
            t.has_end ? format_date(t.end) : (t.open_end ? std::string("ongoing") : std::string()),
            std::string(precision),
            std::string(scope_name(e.scope)),
            e.district_id,
            e.park_id,
            tags,
            e.lane,
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

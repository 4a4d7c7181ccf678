// assets/schema/dataset.schema.json and the loader agree: the schema's enums are the
// vocabularies of entity_types.h, its properties and required lists are the loader's
// field lists (dataset_loader.h), and the datasets the loader accepts satisfy the schema,
// checked by a small validator for the subset of JSON Schema the file keeps to.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "load/dataset_loader.h"
#include "load/embedded_assets.h"
#include "model/entity_types.h"
#include "support/test_files.h"

namespace pe {
namespace {

using Json = nlohmann::json;
namespace fs = std::filesystem;

const Json& schema() {
    static const Json loaded =
        Json::parse(read_file(fs::path(PE_SOURCE_DIR) / "assets/schema/dataset.schema.json"), nullptr, false);
    return loaded;
}

// [SECTION] the validator: type, required, properties, additionalProperties, enum, pattern,
// items, $ref (to #/$defs/...), minItems, minimum, maximum; annotations are ignored.

const std::set<std::string> kKeywords = {"type",     "required", "properties", "additionalProperties",
                                         "enum",     "pattern",  "items",      "$ref",
                                         "minItems", "minimum",  "maximum"};
const std::set<std::string> kAnnotations = {"$schema", "$id", "title", "description", "$defs", "$comment"};

bool has_type(const Json& value, const std::string& type) {
    if (type == "object") return value.is_object();
    if (type == "array") return value.is_array();
    if (type == "string") return value.is_string();
    if (type == "number") return value.is_number();
    if (type == "integer") return value.is_number_integer() || value.is_number_unsigned();
    if (type == "boolean") return value.is_boolean();
    if (type == "null") return value.is_null();
    return false;
}

void validate(const Json& value, const Json& rule, const std::string& pointer,
              std::vector<std::string>& problems) {
    const auto fail = [&](const std::string& why) {
        problems.push_back((pointer.empty() ? "/" : pointer) + ": " + why);
    };
    for (const auto& keyword : rule.items()) {
        if (kKeywords.count(keyword.key()) == 0 && kAnnotations.count(keyword.key()) == 0) {
            fail("the schema uses keyword " + keyword.key() + ", outside the subset this checker knows");
        }
    }
    if (rule.contains("$ref")) {
        const std::string ref = rule["$ref"];
        const std::string prefix = "#/$defs/";
        if (ref.rfind(prefix, 0) != 0 || !schema()["$defs"].contains(ref.substr(prefix.size()))) {
            fail("unresolvable $ref " + ref);
        } else {
            validate(value, schema()["$defs"][ref.substr(prefix.size())], pointer, problems);
        }
    }
    if (rule.contains("type") && !has_type(value, rule["type"])) {
        fail("not of type " + rule["type"].get<std::string>());
        return;
    }
    if (rule.contains("enum")) {
        const Json& options = rule["enum"];
        if (std::find(options.begin(), options.end(), value) == options.end())
            fail("not one of " + options.dump());
    }
    if (rule.contains("pattern") && value.is_string()) {
        static std::map<std::string, std::regex> compiled;
        const std::string& source = rule["pattern"].get_ref<const std::string&>();
        auto it = compiled.find(source);
        if (it == compiled.end())
            it = compiled.emplace(source, std::regex(source, std::regex::ECMAScript)).first;
        if (!std::regex_search(value.get<std::string>(), it->second)) {
            fail("\"" + value.get<std::string>() + "\" does not match " + rule["pattern"].get<std::string>());
        }
    }
    if (value.is_number()) {
        if (rule.contains("minimum") && value.get<double>() < rule["minimum"].get<double>())
            fail("below minimum");
        if (rule.contains("maximum") && value.get<double>() > rule["maximum"].get<double>())
            fail("above maximum");
    }
    if (value.is_array()) {
        if (rule.contains("minItems") && value.size() < rule["minItems"].get<std::size_t>())
            fail("too few items");
        if (rule.contains("items")) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                validate(value[i], rule["items"], pointer + "/" + std::to_string(i), problems);
            }
        }
    }
    if (value.is_object()) {
        if (rule.contains("required")) {
            for (const auto& name : rule["required"]) {
                if (!value.contains(name.get<std::string>())) fail("missing " + name.get<std::string>());
            }
        }
        const Json properties = rule.value("properties", Json::object());
        for (const auto& member : value.items()) {
            if (properties.contains(member.key())) {
                validate(member.value(), properties[member.key()], pointer + "/" + member.key(), problems);
            } else if (rule.contains("additionalProperties") && rule["additionalProperties"] == false) {
                fail("property " + member.key() + " is not allowed");
            }
        }
    }
}

std::vector<std::string> problems_of(const Json& document) {
    std::vector<std::string> problems;
    validate(document, schema(), "", problems);
    return problems;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string all;
    for (const std::string& line : lines) all += line + "\n";
    return all;
}

// [SECTION] agreement

template <std::size_t N>
std::vector<std::string> strings(const std::array<std::string_view, N>& words) {
    return std::vector<std::string>(words.begin(), words.end());
}

std::vector<std::string> strings(const Json& array) {
    return array.get<std::vector<std::string>>();
}

std::vector<std::string> sorted(std::vector<std::string> words) {
    std::sort(words.begin(), words.end());
    return words;
}

std::vector<std::string> property_names(const Json& rule) {
    std::vector<std::string> names;
    for (const auto& member : rule["properties"].items()) names.push_back(member.key());
    return sorted(names);
}

const Json& def(const std::string& name) {
    return schema()["$defs"][name];
}

TEST(Schema, IsJsonSchema2020_12) {
    ASSERT_FALSE(schema().is_discarded()) << "assets/schema/dataset.schema.json does not parse";
    EXPECT_EQ(schema()["$schema"], "https://json-schema.org/draft/2020-12/schema");
    EXPECT_EQ(schema()["type"], "object");
}

TEST(Schema, EnumsAreTheLoadersVocabularies) {
    ASSERT_FALSE(schema().is_discarded());
    EXPECT_EQ(strings(def("entity")["properties"]["type"]["enum"]), strings(kEntityTypes));
    EXPECT_EQ(strings(def("link")["properties"]["relation"]["enum"]), strings(kRelationTypes));
    EXPECT_EQ(strings(def("entity")["properties"]["scope"]["enum"]), strings(kScopes));
    EXPECT_EQ(strings(def("datePoint")["properties"]["precision"]["enum"]), strings(kPrecisions));
    EXPECT_EQ(strings(schema()["properties"]["format"]["enum"]),
              std::vector<std::string>{std::string(kFormatName)});
}

template <std::size_t N, std::size_t R>
void expect_same_fields(const Json& rule, const std::array<std::string_view, N>& fields,
                        const std::array<std::string_view, R>& required, const std::string& what) {
    EXPECT_EQ(property_names(rule), sorted(strings(fields))) << what;
    EXPECT_EQ(sorted(strings(rule["required"])), sorted(strings(required))) << what;
    EXPECT_EQ(rule["additionalProperties"], false) << what;
    EXPECT_EQ(rule["type"], "object") << what;
}

TEST(Schema, FieldsAndRequiredListsAreTheLoaders) {
    ASSERT_FALSE(schema().is_discarded());
    expect_same_fields(schema(), kDatasetFields, kDatasetRequired, "document");
    expect_same_fields(def("text"), kTextFields, kTextRequired, "text");
    expect_same_fields(def("lane"), kLaneFields, kLaneRequired, "lane");
    expect_same_fields(def("source"), kSourceFields, kSourceRequired, "source");
    expect_same_fields(def("entity"), kEntityFields, kEntityRequired, "entity");
    expect_same_fields(def("datePoint"), kDatePointFields, kDatePointRequired, "datePoint");
    expect_same_fields(def("figure"), kFigureFields, kFigureRequired, "figure");
    expect_same_fields(def("sourceRef"), kSourceRefFields, kSourceRefRequired, "sourceRef");
    expect_same_fields(def("geo"), kGeoFields, kGeoRequired, "geo");
    expect_same_fields(def("link"), kLinkFields, kLinkRequired, "link");
}

TEST(Schema, TheEmbeddedDatasetSatisfiesIt) {
    ASSERT_FALSE(schema().is_discarded());
    const std::string_view text = embedded_dataset_json();
    ASSERT_TRUE(load_dataset(text).ok());
    const Json document = Json::parse(text.begin(), text.end(), nullptr, false);
    ASSERT_FALSE(document.is_discarded());
    const std::vector<std::string> problems = problems_of(document);
    EXPECT_TRUE(problems.empty()) << joined(problems);
}

TEST(Schema, TheTestDatasetsSatisfyIt) {
    ASSERT_FALSE(schema().is_discarded());
    for (const fs::path& path : {fs::path(PE_TEST_DATA_DIR) / "good/minimal.json",
                                 fs::path(PE_TEST_DATA_DIR) / "bad/base.valid.txt"}) {
        const std::string text = read_file(path);
        ASSERT_TRUE(load_dataset(text).ok()) << path;
        const std::vector<std::string> problems = problems_of(Json::parse(text));
        EXPECT_TRUE(problems.empty()) << path << "\n" << joined(problems);
    }
}

// Bad inputs whose fault is one of shape (types, fields, enums, patterns, ranges): the
// schema rejects them as the loader does.
TEST(Schema, RejectsWhatTheLoaderRejectsForItsShape) {
    ASSERT_FALSE(schema().is_discarded());
    for (const char* name : {"type_text_is_a_string",
                             "type_figure_value_string",
                             "type_ongoing_string",
                             "type_tags_string",
                             "type_tag_number",
                             "type_null_reference",
                             "type_entity_is_array",
                             "missing_entity_fields",
                             "missing_text_language",
                             "missing_entity_sources",
                             "missing_link_relation",
                             "missing_root_fields",
                             "unknown_field_typo",
                             "unknown_field_root",
                             "unknown_field_nested",
                             "unknown_field_case",
                             "bad_id_pattern",
                             "unknown_relation",
                             "unknown_entity_type",
                             "unknown_scope",
                             "date_bad_form",
                             "wrong_format",
                             "bad_language",
                             "geo_out_of_range",
                             "geo_missing_lon",
                             "pinyin_not_lower_case",
                             "blank_text",
                             "entities_empty",
                             "empty_reference"}) {
        const fs::path path = fs::path(PE_TEST_DATA_DIR) / "bad" / (std::string(name) + ".json");
        const std::string text = read_file(path);
        ASSERT_FALSE(load_dataset(text).ok()) << name;
        const Json document = Json::parse(text, nullptr, false);
        ASSERT_FALSE(document.is_discarded()) << name;
        EXPECT_FALSE(problems_of(document).empty()) << name << " passes the schema";
    }
}

// And those whose fault is beyond a schema (calendar, order, references) pass it: the
// schema states no rule the loader does not have.
TEST(Schema, LeavesTheRestToTheLoader) {
    ASSERT_FALSE(schema().is_discarded());
    for (const char* name :
         {"date_february_30", "date_february_29_not_leap", "date_month_13", "date_end_before_start",
          "date_end_and_ongoing", "date_end_without_start", "link_to_missing_entity", "link_to_itself",
          "duplicate_entity_id", "duplicate_lane_id", "duplicate_link", "unknown_lane", "unknown_source",
          "district_reference_wrong_type", "park_reference_missing", "date_published_not_a_day"}) {
        const std::string text =
            read_file(fs::path(PE_TEST_DATA_DIR) / "bad" / (std::string(name) + ".json"));
        ASSERT_FALSE(load_dataset(text).ok()) << name;
        const std::vector<std::string> problems = problems_of(Json::parse(text));
        EXPECT_TRUE(problems.empty()) << name << "\n" << joined(problems);
    }
}

}  // namespace
}  // namespace pe

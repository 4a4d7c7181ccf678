// Parsing the district outline asset (district_outlines.h) with nlohmann/json, checking each
// field and naming the first one that is wrong.
#include "map/district_outlines.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <utility>

namespace pe {
namespace {

using nlohmann::json;

struct ParseError {
    std::string message;
};

std::string string_field(const json& object, const char* key, const std::string& where) {
    const auto found = object.find(key);
    if (found == object.end() || !found->is_string() || found->get_ref<const std::string&>().empty()) {
        throw ParseError{where + "." + key + ": expected a non-empty string"};
    }
    return found->get<std::string>();
}

std::string optional_string(const json& object, const char* key) {
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

bool on_earth(GeoCoord coord) {
    return coord.lon >= -180.0 && coord.lon <= 180.0 && coord.lat >= -90.0 && coord.lat <= 90.0;
}

GeoCoord read_anchor(const json& district, const std::string& where) {
    const auto found = district.find("anchor");
    if (found == district.end() || !found->is_array() || found->size() != 2 || !(*found)[0].is_number() ||
        !(*found)[1].is_number()) {
        throw ParseError{where + ".anchor: expected [lon, lat]"};
    }
    const GeoCoord anchor{(*found)[0].get<double>(), (*found)[1].get<double>()};
    if (!on_earth(anchor)) throw ParseError{where + ".anchor: not a longitude and latitude"};
    return anchor;
}

// One ring value: an integer of at most 2^40 either way (far beyond any grid on Earth).
std::int64_t read_step(const json& ring, std::size_t i, const std::string& where) {
    constexpr std::int64_t kLimit = std::int64_t{1} << 40;
    const json& value = ring[i];
    if (!value.is_number_integer())
        throw ParseError{where + "[" + std::to_string(i) + "]: expected an integer"};
    if (value.is_number_unsigned()
            ? value.get<std::uint64_t>() > static_cast<std::uint64_t>(kLimit)
            : (value.get<std::int64_t>() > kLimit || value.get<std::int64_t>() < -kLimit)) {
        throw ParseError{where + "[" + std::to_string(i) + "]: value out of range"};
    }
    return value.get<std::int64_t>();
}

std::vector<GeoCoord> read_ring(const json& ring, double grid, const std::string& where) {
    if (!ring.is_array() || ring.size() % 2 != 0 || ring.size() < 6) {
        throw ParseError{where + ": expected an even list of at least 6 integers (3 points)"};
    }
    std::vector<GeoCoord> points;
    points.reserve(ring.size() / 2);
    std::int64_t x = 0;
    std::int64_t y = 0;
    for (std::size_t i = 0; i < ring.size(); i += 2) {
        x += read_step(ring, i, where);
        y += read_step(ring, i + 1, where);
        const GeoCoord point{static_cast<double>(x) / grid, static_cast<double>(y) / grid};
        if (!on_earth(point)) {
            throw ParseError{where + "[" + std::to_string(i) + "]: not a longitude and latitude"};
        }
        points.push_back(point);
    }
    return points;
}

DistrictOutline read_district(const json& district, double grid, const std::string& where) {
    if (!district.is_object()) throw ParseError{where + ": expected an object"};
    DistrictOutline out;
    out.name.zh = string_field(district, "zh", where);
    out.name.en = string_field(district, "en", where);
    out.anchor = read_anchor(district, where);
    const auto rings = district.find("rings");
    if (rings == district.end() || !rings->is_array() || rings->empty()) {
        throw ParseError{where + ".rings: expected a non-empty list of rings"};
    }
    for (std::size_t r = 0; r < rings->size(); ++r) {
        out.rings.push_back(read_ring((*rings)[r], grid, where + ".rings[" + std::to_string(r) + "]"));
    }
    return out;
}

DistrictOutlines read_outlines(const json& root) {
    if (!root.is_object()) throw ParseError{"expected a JSON object"};
    if (optional_string(root, "format") != "pe-district-outlines/1") {
        throw ParseError{"format: expected \"pe-district-outlines/1\""};
    }
    const auto grid = root.find("grid");
    if (grid == root.end() || !grid->is_number_integer() || grid->get<std::int64_t>() <= 0 ||
        grid->get<std::int64_t>() > (std::int64_t{1} << 24)) {
        throw ParseError{"grid: expected a positive integer (grid steps per degree)"};
    }
    const double steps = static_cast<double>(grid->get<std::int64_t>());
    const auto districts = root.find("districts");
    if (districts == root.end() || !districts->is_array() || districts->empty()) {
        throw ParseError{"districts: expected a non-empty list"};
    }
    DistrictOutlines out;
    out.source = optional_string(root, "source");
    for (std::size_t d = 0; d < districts->size(); ++d) {
        out.districts.push_back(
            read_district((*districts)[d], steps, "districts[" + std::to_string(d) + "]"));
    }
    return out;
}

}  // namespace

DistrictOutlinesResult parse_district_outlines(std::string_view text) {
    DistrictOutlinesResult result;
    const json root = json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded()) {
        result.error = "district outlines: not valid JSON";
        return result;
    }
    try {
        result.outlines = read_outlines(root);
        result.ok = true;
    } catch (const ParseError& error) {
        result.error = "district outlines: " + error.message;
    }
    return result;
}

}  // namespace pe

// District outlines as plain structs, parsed from the asset scripts/convert_districts.py
// writes at build time (embedded_district_outlines() in load/embedded_assets.h): names in
// both languages, a label anchor and rings of lon/lat. Bad input gives an error message,
// never a crash or a partial result. No projection here (map_projection.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "map/map_projection.h"
#include "model/dataset.h"

namespace pe {

struct DistrictOutline {
    Text name;        // name.zh as the boundary data spells it (海淀区), name.en from the script's table
    GeoCoord anchor;  // where the label goes: inside the district, far from its edge
    std::vector<std::vector<GeoCoord>> rings;  // closed implicitly; islands of the district are
                                               // further rings (even-odd: a point is inside
                                               // when an odd number of rings hold it)
};

struct DistrictOutlines {
    std::string source;  // where the outlines come from (package, file, simplification)
    std::vector<DistrictOutline> districts;
};

struct DistrictOutlinesResult {
    bool ok = false;
    std::string error;  // when !ok: what is wrong and where ("districts[3].rings[0]: ...")
    DistrictOutlines outlines;
};

// Parses {"format":"pe-district-outlines/1","grid":G,"districts":[{"zh","en","anchor":[lon,lat],
// "rings":[[x0,y0,dx1,dy1,...]]}]}: ring values are integers in 1/G degree, the first point
// absolute and then differences. Requires at least one district, every ring at least three
// points, and every coordinate on Earth.
DistrictOutlinesResult parse_district_outlines(std::string_view text);

}  // namespace pe

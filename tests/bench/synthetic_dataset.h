// Large, valid, deterministic datasets for benchmarks and scale tests: N entities of every
// type over the six lanes, ~2 links each, Chinese names with their pinyin, dates of mixed
// precision across 2003-2027; or of another shape (synthetic_shape.h: lanes, bunched dates,
// periods, long names, links, undated share). Header-only; never part of app/.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/dataset_writer.h"
#include "model/dataset.h"
#include "synthetic_shape.h"
#include "synthetic_words.h"

namespace pe::synthetic {

inline Dataset synthetic_header(std::size_t entities, const Shape& shape = Shape{}) {
    Dataset d;
    d.format = "policy-explorer/1";
    d.id = "synthetic-" + std::to_string(entities);
    d.title = {"合成数据集", "Synthetic dataset"};
    d.description = {"用于性能测试的合成数据，不是事实。",
                     "Generated data for performance tests; not facts."};
    d.lanes = plan_lanes(shape.lanes).lanes;
    Source source;
    source.id = std::string(kSourceId);
    source.title = {"合成文章", "Synthetic article"};
    source.publisher = "Policy Explorer tests";
    source.published = "2025-11-10";
    source.language = "zh";
    d.sources.push_back(source);
    return d;
}

// Calls sink.entity(const Entity&) for each entity and sink.link(const Link&) for each
// link, interleaved; links only name entities already given.
template <typename Sink>
void generate(std::size_t count, std::uint64_t seed, Sink& sink, const Shape& shape = Shape{}) {
    Rng rng{seed};
    // Every draw the shape makes comes from its own stream, so the default shape's output
    // stays what it always was.
    Rng shape_rng{seed ^ 0x5A17E5C0FFEE5EEDull};
    const LanePlan lane_plan = plan_lanes(shape.lanes);
    struct Kind {
        std::string_view type;
        std::string_view lane;
        Scope scope;
        int weight;
    };
    static constexpr Kind kKinds[] = {
        {"regulation", "national", Scope::National, 3},
        {"guideline", "national", Scope::National, 3},
        {"policy", "city", Scope::City, 6},
        {"plan", "city", Scope::City, 2},
        {"subsidy", "district", Scope::District, 6},
        {"reward", "district", Scope::District, 3},
        {"park", "parks", Scope::Park, 2},
        {"platform", "parks", Scope::Park, 3},
        {"laboratory", "parks", Scope::Park, 3},
        {"company", "companies", Scope::Organisation, 20},
        {"product", "companies", Scope::Organisation, 12},
        {"person", "companies", Scope::Organisation, 4},
        {"milestone", "clinical", Scope::Organisation, 20},
        {"hospital", "clinical", Scope::Organisation, 3},
        {"statistic", "clinical", Scope::City, 4},
        {"committee", "city", Scope::City, 1},
        {"regulator", "national", Scope::National, 1},
        {"government", "city", Scope::City, 1},
        {"track", "national", Scope::National, 1},
    };
    int total_weight = 0;
    for (const Kind& k : kKinds) {
        total_weight += k.weight;
    }
    // Entity positions by type, for picking link targets among earlier entities.
    std::vector<std::vector<std::uint32_t>> by_kind(std::size(kKinds) + 1);
    std::vector<std::string> ids;
    std::vector<std::uint32_t> district_of;  // per entity: the district position it is in, or ~0
    std::vector<std::uint32_t> park_of;
    ids.reserve(count);
    const auto kind_index = [&](std::string_view type) {
        for (std::size_t k = 0; k < std::size(kKinds); ++k) {
            if (kKinds[k].type == type) {
                return k;
            }
        }
        return std::size(kKinds);  // district
    };
    const auto any_of = [&](std::string_view type, std::uint32_t fallback) -> std::uint32_t {
        const auto& list = by_kind[kind_index(type)];
        return list.empty() ? fallback : list[rng.below(list.size())];
    };
    Entity e;
    Link link;
    std::size_t links_left = 0;                                 // of this entity's typed links
    std::vector<std::pair<std::uint32_t, std::string>> linked;  // this entity's (to, relation)
    const auto emit_link = [&](std::uint32_t from, std::uint32_t to, std::string_view relation) {
        if (from == to || links_left == 0) {
            return;
        }
        --links_left;
        linked.emplace_back(to, relation);
        link.from = ids[from];
        link.to = ids[to];
        link.relation = std::string(relation);
        link.sources.assign(1, SourceRef{std::string(kSourceId), zh_sentence(rng, 1, 1)});
        sink.link(link);
    };

    for (std::size_t i = 0; i < count; ++i) {
        const auto self = static_cast<std::uint32_t>(i);
        e = Entity{};
        Name name;
        std::size_t k = 0;
        if (i < kDistricts.size()) {
            k = std::size(kKinds);
            e.type = "district";
            e.lane = "district";
            e.scope = Scope::District;
            name.add(kDistricts[i]);
        } else {
            // The first few of each structural kind come early, so links have targets.
            static constexpr std::string_view kFirst[] = {"regulator", "government", "track",    "track",
                                                          "park",      "park",       "hospital", "company"};
            const std::size_t j = i - kDistricts.size();
            if (j < std::size(kFirst)) {
                k = kind_index(kFirst[j]);
            } else {
                int roll = static_cast<int>(rng.below(static_cast<std::size_t>(total_weight)));
                while (roll >= kKinds[k].weight) {
                    roll -= kKinds[k].weight;
                    ++k;
                }
            }
            e.type = std::string(kKinds[k].type);
            e.lane = std::string(kKinds[k].lane);
            e.scope = kKinds[k].scope;
        }
        e.lane = lane_for(lane_plan, base_lane_index(e.lane), shape_rng);
        std::uint32_t district = static_cast<std::uint32_t>(rng.below(std::min(kDistricts.size(), count)));
        std::uint32_t park = ~0u;
        const std::string_view type = e.type;
        if (type == "company" || type == "platform" || type == "laboratory" || type == "product" ||
            type == "hospital") {
            if (type != "hospital") {
                park = any_of("park", ~0u);
            }
            if (park != ~0u) {
                district = district_of[park];
            }
        }
        if (type == "district") {
            // named above
        } else if (type == "company") {
            name = brand(rng);
            name.add(rng.pick(kCompanyFields));
            name.add(rng.pick(kCompanyTails));
            if (rng.chance(40)) {
                e.time.has_start = true;
                e.time.start = random_date(rng, 2003, 2024);
            }
        } else if (type == "product") {
            name = brand(rng);
            name.add(rng.pick(kProductKinds));
        } else if (type == "park" || type == "platform" || type == "laboratory") {
            name = brand(rng);
            if (type == "park") {
                name.add(rng.pick(kParkKinds));
            } else if (type == "platform") {
                name.add({"细胞制备公共服务平台", "xi bao zhi bei gong gong fu wu ping tai",
                          "Cell Manufacturing Platform"});
            } else {
                name.add(
                    {"干细胞重点实验室", "gan xi bao zhong dian shi yan shi", "Stem Cell Key Laboratory"});
            }
            if (rng.chance(50)) {
                e.time.has_start = true;
                e.time.start = random_date(rng, 2003, 2025);
                e.time.open_end = rng.chance(50);
            }
        } else if (type == "milestone") {
            name = brand(rng);
            name.add(rng.pick(kProductKinds));
            name.add(rng.pick(kMilestoneEvents));
            e.time.has_start = true;
            e.time.start = random_date(rng, 2003, 2027);
        } else if (type == "hospital") {
            name = brand(rng);
            name.add({"医院", "yi yuan", "Hospital"});
        } else if (type == "person") {
            const Part& surname = rng.pick(kSurnames);
            const Part& given = kBrandChars[rng.below(kBrandChars.size())];
            name.zh = std::string(surname.zh) + std::string(given.zh);
            name.pinyin = std::string(surname.pinyin) + " " + std::string(given.pinyin);
            std::string first(given.pinyin);
            first[0] = static_cast<char>(first[0] - 'a' + 'A');
            name.en = first + " " + std::string(surname.en);
        } else if (type == "regulator") {
            name.add(rng.pick(kRegulators));
        } else if (type == "government" || type == "committee") {
            name.add(kDistricts[district]);
            name.add(type == "government" ? Part{"人民政府", "ren min zheng fu", "People's Government"}
                                          : Part{"干细胞专家委员会", "gan xi bao zhuan jia wei yuan hui",
                                                 "Stem Cell Expert Committee"});
        } else if (type == "track") {
            name.add(rng.chance(50) ? Part{"IIT备案通道", "iit bei an tong dao", "IIT record-filing track"}
                                    : Part{"IND注册通道", "ind zhu ce tong dao", "IND registration track"});
        } else if (type == "statistic") {
            name.add(kDistricts[district]);
            name.add({"干细胞企业数量", "gan xi bao qi ye shu liang", "number of stem cell companies"});
            e.time.has_start = true;
            e.time.start = random_date(rng, 2015, 2025);
            e.time.start.precision = DatePrecision::Year;
            e.time.start.month = e.time.start.day = 0;
        } else {  // regulation, guideline, policy, plan, subsidy, reward
            if (rng.chance(30)) {
                const int year = rng.between(2003, 2027);
                const std::string digits = std::to_string(year);
                name.zh = digits + "年";
                name.pinyin = digits + " nian";
                name.en = digits;
            }
            name.add(rng.pick(kPolicyTopics));
            name.add(rng.pick(kPolicyKinds));
            e.time.has_start = true;
            if (type == "plan" || rng.chance(15)) {
                e.time.start = random_date(rng, 2003, 2024);
                e.time.end.year = e.time.start.year + rng.between(1, 3);
                e.time.has_end = true;
            } else {
                e.time.start = random_date(rng, 2003, 2027);
                e.time.open_end = type == "subsidy" && rng.chance(40);
            }
        }
        reshape_time(e.time, shape, shape_rng);
        if (shape.long_names && type != "district") {
            name = lengthened(name, kDistricts[district], shape_rng);
        }
        e.name = {name.zh, name.en};
        e.pinyin = name.pinyin;
        e.pinyin_initials = initials_of(name.pinyin);
        e.id = std::string(type) + "-" + slug_of(name.pinyin, 16) + "-" + std::to_string(i);
        if (type != "district" && (e.scope == Scope::District || park != ~0u || type == "hospital")) {
            e.district_id = ids[district];
        }
        if (park != ~0u) {
            e.park_id = ids[park];
        }
        e.summary.zh = zh_sentence(rng, 1, 3);
        e.summary.en = en_sentences(rng, 1, 2);
        e.sources.push_back(SourceRef{std::string(kSourceId), zh_sentence(rng, 1, 2)});
        for (int t = rng.between(0, 2); t > 0; --t) {
            std::string tag(kTags[rng.below(kTags.size())]);
            if (std::find(e.tags.begin(), e.tags.end(), tag) == e.tags.end()) {
                e.tags.push_back(tag);
            }
        }
        if ((type == "subsidy" || type == "statistic") && rng.chance(50)) {
            KeyFigure f;
            const int wan = rng.between(1, 500) * 10;
            f.label = {"每个项目最高补贴", "Maximum subsidy per project"};
            f.value = wan * 10000.0;
            f.unit = "CNY";
            f.display = {std::to_string(wan) + "万元", "CNY " + grouped(static_cast<long long>(wan) * 10000)};
            f.source = e.sources[0];
            e.figures.push_back(f);
        }
        if (type == "district" || type == "park") {
            e.geo.present = true;
            e.geo.lat = static_cast<double>(394000 + rng.below(16000)) / 10000.0;
            e.geo.lon = static_cast<double>(1155000 + rng.below(20000)) / 10000.0;
            e.geo.approximate = true;
        }
        ids.push_back(e.id.str());
        district_of.push_back(type == "district" ? self : district);
        park_of.push_back(park);
        sink.entity(e);
        by_kind[k].push_back(self);

        // About two links to earlier entities, the relation fitting the type; a shape with
        // fewer keeps the first, one with more adds generic support links to random ones.
        const std::size_t wanted = shape.links ? whole_share(*shape.links, shape_rng) : 2;
        links_left = std::min<std::size_t>(wanted, 2);
        linked.clear();
        const std::uint32_t d = district_of[i];
        if (type == "district") {
            if (i > 0) {
                emit_link(self, static_cast<std::uint32_t>(rng.below(i)), "supports");
            }
        } else if (type == "company" || type == "platform" || type == "laboratory") {
            emit_link(self, park != ~0u ? park : d, "located_in");
            emit_link(self, any_of("regulator", d), type == "company" ? "consulted" : "supports");
        } else if (type == "park") {
            emit_link(self, d, "located_in");
            emit_link(self, any_of("government", d), "established_by");
        } else if (type == "product") {
            emit_link(self, any_of("company", d), "developed_by");
            emit_link(self, any_of("regulator", d), "approved_by");
        } else if (type == "milestone") {
            emit_link(self, any_of("product", d), "milestone_of");
            emit_link(self, any_of("hospital", d), "took_place_at");
        } else if (type == "hospital") {
            emit_link(self, d, "located_in");
            emit_link(self, any_of("track", d), "supports");
        } else if (type == "person") {
            emit_link(self, any_of("company", d), "affiliated_with");
            emit_link(self, any_of("laboratory", d), "supports");
        } else if (type == "statistic") {
            emit_link(self, d, "about");
            emit_link(self, any_of("committee", d), "analysed_by");
        } else if (type == "track") {
            emit_link(self, any_of("regulator", d), "established_by");
            emit_link(self, any_of("track", d), "feeds_into");
        } else if (type == "subsidy" || type == "reward") {
            emit_link(self, d, "applies_to");
            emit_link(self, any_of("company", d), "funds");
        } else if (type == "regulator" || type == "government" || type == "committee") {
            emit_link(self, d, "part_of");
            emit_link(self, any_of("government", d), "supports");
        } else {  // regulation, guideline, policy, plan
            emit_link(self,
                      any_of(type == "regulation" || type == "guideline" ? "regulator" : "government", d),
                      "issued_by");
            emit_link(self, any_of("track", d), type == "guideline" ? "classifies" : "enables");
        }
        links_left = 0;
        for (std::size_t added = 0, tries = 0; added + 2 < wanted && i > 0 && tries < 4 * wanted; ++tries) {
            const auto to = static_cast<std::uint32_t>(shape_rng.below(i));
            if (std::find(linked.begin(), linked.end(), std::pair(to, std::string("supports"))) ==
                linked.end()) {
                links_left = 1;
                emit_link(self, to, "supports");
                ++added;
            }
        }
    }
}

// The whole dataset as JSON text (one record per line unless told otherwise).
inline std::string synthetic_dataset_json(std::size_t entities, std::uint64_t seed, const Shape& shape,
                                          JsonLayout layout = JsonLayout::OneRecordPerLine) {
    struct Sink {
        std::string entities;
        std::string links;
        JsonLayout layout;
        bool first_entity = true;
        bool first_link = true;
        void entity(const Entity& e) {
            append_entity_json(entities, e, layout, first_entity);
            first_entity = false;
        }
        void link(const Link& l) {
            append_link_json(links, l, layout, first_link);
            first_link = false;
        }
    } sink{{}, {}, layout};
    generate(entities, seed, sink, shape);
    std::string out;
    append_dataset_begin(out, synthetic_header(entities, shape), layout);
    out.reserve(out.size() + sink.entities.size() + sink.links.size() + 64);
    out += sink.entities;
    sink.entities = std::string();
    append_links_begin(out, layout);
    out += sink.links;
    append_dataset_end(out, layout);
    return out;
}
inline std::string synthetic_dataset_json(std::size_t entities, std::uint64_t seed,
                                          JsonLayout layout = JsonLayout::OneRecordPerLine) {
    return synthetic_dataset_json(entities, seed, Shape{}, layout);
}

// The same dataset as structs, without DatasetIndex (for tests that need no loader).
inline Dataset synthetic_dataset(std::size_t entities, std::uint64_t seed, const Shape& shape = Shape{}) {
    struct Sink {
        Dataset* d;
        void entity(const Entity& e) { d->entities.push_back(e); }
        void link(const Link& l) { d->links.push_back(l); }
    };
    Dataset d = synthetic_header(entities, shape);
    Sink sink{&d};
    generate(entities, seed, sink, shape);
    return d;
}

inline bool write_text_file(const std::string& path, std::string_view text) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) {
        return false;
    }
    const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    return std::fclose(f) == 0 && ok;
}

}  // namespace pe::synthetic

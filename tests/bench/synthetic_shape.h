// The shape of a synthetic dataset (lanes, how dates spread, share of periods, name length,
// links per entity, undated share, date precisions), the named presets of the browser
// benchmark's matrix, the command-line options that set them, and the steps that apply them.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/dataset.h"
#include "synthetic_words.h"

namespace pe::synthetic {

enum class DateSpread { Even, Bunched };
// Base: the generator's own mix (half years, 30% months, 20% days; statistics in years).
// Mixed: a third each for every dated entity, and period ends at their own precision.
enum class Precisions { Base, Year, Month, Day, Mixed };

// Every field at its default gives the generator's original output, byte for byte.
struct Shape {
    int lanes = 6;                        // 1 to 60; 6 is the generator's own six lanes
    DateSpread dates = DateSpread::Even;  // Bunched: most dates in three busy years
    std::optional<double> periods;        // share of dated entities with an end; none: by type (~9%)
    bool long_names = false;              // ~40 Chinese characters and ~150 English letters
    std::optional<double> links;          // links per entity; none: by type (about 2)
    std::optional<double> undated;        // share of entities with no date; none: by type (~40%)
    Precisions precisions = Precisions::Base;
};

inline bool dates_as_generated(const Shape& s) {
    return s.dates == DateSpread::Even && !s.periods && !s.undated && s.precisions == Precisions::Base;
}

inline constexpr std::array<std::string_view, 9> kShapePresets = {
    "base", "lanes24", "lanes60", "bunched", "periods", "longnames", "links", "undated", "mixed"};

inline std::optional<Shape> shape_preset(std::string_view name) {
    Shape s;
    if (name == "base") {
    } else if (name == "lanes24") {
        s.lanes = 24;
    } else if (name == "lanes60") {
        s.lanes = 60;
    } else if (name == "bunched") {
        s.dates = DateSpread::Bunched;
    } else if (name == "periods") {
        s.periods = 0.5;
    } else if (name == "longnames") {
        s.long_names = true;
    } else if (name == "links") {
        s.links = 8.0;
    } else if (name == "undated") {
        s.undated = 0.7;
    } else if (name == "mixed") {  // the shape of the datasets issue 11's first figures came from
        s.lanes = 24;
        s.dates = DateSpread::Bunched;
        s.periods = 1.0 / 3.0;
        s.long_names = true;
        s.links = 2.0;
        s.precisions = Precisions::Mixed;
    } else {
        return std::nullopt;
    }
    return s;
}

// Sets one option ("--lanes" "24"); false, with a message in `error`, when it is not one.
inline bool set_shape_option(Shape& s, std::string_view key, std::string_view value, std::string& error) {
    const std::string text(value);
    char* end = nullptr;
    const double number = std::strtod(text.c_str(), &end);
    const bool is_number = !text.empty() && end == text.c_str() + text.size() && std::isfinite(number);
    const auto share = [&](std::optional<double>& field, double max) {
        if (!is_number || number < 0.0 || number > max) {
            error = std::string(key) + " wants a number from 0 to " + std::to_string(static_cast<int>(max));
            return false;
        }
        field = number;
        return true;
    };
    if (key == "--lanes") {
        if (!is_number || number < 1.0 || number > 60.0 || number != std::floor(number)) {
            error = "--lanes wants a whole number from 1 to 60";
            return false;
        }
        s.lanes = static_cast<int>(number);
    } else if (key == "--dates" && (value == "even" || value == "bunched")) {
        s.dates = value == "even" ? DateSpread::Even : DateSpread::Bunched;
    } else if (key == "--names" && (value == "short" || value == "long")) {
        s.long_names = value == "long";
    } else if (key == "--precision" && (value == "base" || value == "year" || value == "month" ||
                                        value == "day" || value == "mixed")) {
        s.precisions = value == "base"    ? Precisions::Base
                       : value == "year"  ? Precisions::Year
                       : value == "month" ? Precisions::Month
                       : value == "day"   ? Precisions::Day
                                          : Precisions::Mixed;
    } else if (key == "--periods") {
        return share(s.periods, 1.0);
    } else if (key == "--undated") {
        return share(s.undated, 1.0);
    } else if (key == "--links") {
        return share(s.links, 50.0);
    } else {
        error = "unknown option or value: " + std::string(key) + " " + text;
        return false;
    }
    return true;
}

// "lanes=24 dates=bunched periods=0.33 names=long links=2 undated=by-type precision=mixed"
inline std::string describe(const Shape& s) {
    const auto number = [](const std::optional<double>& v) {
        if (!v) {
            return std::string("by-type");
        }
        std::string text = std::to_string(std::round(*v * 100.0) / 100.0);
        text.erase(text.find_last_not_of('0') + 1);
        return text.back() == '.' ? text.substr(0, text.size() - 1) : text;
    };
    static constexpr std::string_view kPrecisions[] = {"base", "year", "month", "day", "mixed"};
    return "lanes=" + std::to_string(s.lanes) +
           " dates=" + (s.dates == DateSpread::Even ? "even" : "bunched") + " periods=" + number(s.periods) +
           " names=" + (s.long_names ? "long" : "short") + " links=" + number(s.links) +
           " undated=" + number(s.undated) +
           " precision=" + std::string(kPrecisions[static_cast<int>(s.precisions)]);
}

// 2.3 -> 2 seven times in ten, 3 the other three.
inline std::size_t whole_share(double count, Rng& rng) {
    const double whole = std::floor(count);
    return static_cast<std::size_t>(whole) + (rng.share(count - whole) ? 1 : 0);
}

// ---- lanes --------------------------------------------------------------------------------

// The generator's own lanes; every entity type belongs to one of them.
struct BaseLane {
    std::string_view id;
    std::string_view zh;
    std::string_view en;
};
inline constexpr std::array<BaseLane, 6> kBaseLanes = {{
    {"national", "国家监管", "National regulation"},
    {"city", "北京市政策", "Beijing city policy"},
    {"district", "区级政策", "District policy"},
    {"parks", "园区与集群", "Parks and clusters"},
    {"companies", "企业与产品", "Companies and products"},
    {"clinical", "临床与数据", "Clinical and data"},
}};

inline std::size_t base_lane_index(std::string_view id) {
    for (std::size_t b = 0; b < kBaseLanes.size(); ++b) {
        if (kBaseLanes[b].id == id) {
            return b;
        }
    }
    return 0;
}

// The dataset's lanes for a shape and, per base lane, the lanes its entities spread over.
// More than six: each base lane splits by district ("companies-2", 企业与产品·朝阳区), in
// order; fewer: base lane b goes to lane b % count, named after all the lanes it holds.
struct LanePlan {
    std::vector<Lane> lanes;
    std::array<std::vector<std::size_t>, 6> of_base;
};

inline LanePlan plan_lanes(int count) {
    LanePlan plan;
    const auto n = static_cast<std::size_t>(count < 1 ? 1 : count);
    if (n < kBaseLanes.size()) {
        for (std::size_t j = 0; j < n; ++j) {
            Lane lane{n == 1 ? "all" : "lane-" + std::to_string(j + 1), {}};
            for (std::size_t b = j; b < kBaseLanes.size(); b += n) {
                lane.name.zh = lane.name.zh + (b == j ? "" : "、") + std::string(kBaseLanes[b].zh);
                lane.name.en = lane.name.en + (b == j ? "" : " / ") + std::string(kBaseLanes[b].en);
                plan.of_base[b].push_back(j);
            }
            plan.lanes.push_back(lane);
        }
        return plan;
    }
    for (std::size_t b = 0; b < kBaseLanes.size(); ++b) {
        for (std::size_t k = 0; k * kBaseLanes.size() + b < n; ++k) {
            Lane lane{std::string(kBaseLanes[b].id),
                      {std::string(kBaseLanes[b].zh), std::string(kBaseLanes[b].en)}};
            if (k > 0) {
                const Part& district = kDistricts[(k - 1) % kDistricts.size()];
                lane.id = lane.id + "-" + std::to_string(k + 1);
                lane.name.zh = lane.name.zh + "·" + std::string(district.zh);
                lane.name.en = lane.name.en + ", " + std::string(district.en);
            }
            plan.of_base[b].push_back(plan.lanes.size());
            plan.lanes.push_back(lane);
        }
    }
    return plan;
}

// The lane of an entity whose type belongs to base lane `b` (no random draw with one choice).
inline const DataString& lane_for(const LanePlan& plan, std::size_t b, Rng& rng) {
    const auto& choices = plan.of_base[b];
    return plan.lanes[choices.size() == 1 ? choices[0] : choices[rng.below(choices.size())]].id;
}

// ---- names --------------------------------------------------------------------------------

inline constexpr std::array<Part, 6> kLongTails = {{
    {"关于进一步推动干细胞临床研究与转化应用的实施意见",
     "guan yu jin yi bu tui dong gan xi bao lin chuang yan jiu yu zhuan hua ying yong de shi shi yi jian",
     "implementing opinions on further advancing stem cell clinical research and its translation"},
    {"细胞与基因治疗创新产品研发及产业化示范项目",
     "xi bao yu ji yin zhi liao chuang xin chan pin yan fa ji chan ye hua shi fan xiang mu",
     "demonstration project for developing and industrialising innovative cell and gene therapy products"},
    {"生物医药产业高质量发展专项资金管理实施细则",
     "sheng wu yi yao chan ye gao zhi liang fa zhan zhuan xiang zi jin guan li shi shi xi ze",
     "implementation rules for the special fund for high-quality development of the biomedical industry"},
    {"干细胞临床研究备案机构及研究者发起的临床研究名单",
     "gan xi bao lin chuang yan jiu bei an ji gou ji yan jiu zhe fa qi de lin chuang yan jiu ming dan",
     "list of record-filed stem cell research institutions and investigator-initiated trials"},
    {"国家级生物医药产业创新示范基地公共平台建设",
     "guo jia ji sheng wu yi yao chan ye chuang xin shi fan ji di gong gong ping tai jian she",
     "building shared platforms for national biomedical innovation demonstration bases"},
    {"首都区域细胞治疗临床转化协同创新中心",
     "shou du qu yu xi bao zhi liao lin chuang zhuan hua xie tong chuang xin zhong xin",
     "capital region collaborative innovation centre for the clinical translation of cell therapy"},
}};

// 华康生物有限公司 -> 北京市海淀区华康生物有限公司细胞与基因治疗创新产品研发及产业化示范项目,
// "Huakang Biotech Co., Ltd.: demonstration project for ... (Haidian District, Beijing)".
inline Name lengthened(const Name& name, const Part& district, Rng& rng) {
    const bool has_district = name.zh.compare(0, district.zh.size(), district.zh) == 0;
    Name out;
    out.zh = "北京市" + (has_district ? "" : std::string(district.zh)) + name.zh;
    out.pinyin = "bei jing shi" + (has_district ? "" : " " + std::string(district.pinyin));
    out.pinyin += name.pinyin.empty() ? "" : " " + name.pinyin;
    out.en = name.en;
    const int tails = rng.share(0.3) ? 2 : 1;
    for (int t = 0; t < tails; ++t) {
        const Part& tail = rng.pick(kLongTails);
        out.zh += tail.zh;
        out.pinyin += " " + std::string(tail.pinyin);
        out.en += (t == 0 ? ": " : " and ") + std::string(tail.en);
    }
    out.en += " (" + std::string(district.en) + ", Beijing)";
    return out;
}

// ---- dates --------------------------------------------------------------------------------

inline void set_precision(Date& d, DatePrecision precision, Rng& rng) {
    d.precision = precision;
    if (precision == DatePrecision::Year) {
        d.month = d.day = 0;
        return;
    }
    d.month = d.month == 0 ? rng.between(1, 12) : d.month;
    d.day = precision == DatePrecision::Month
                ? 0
                : (d.day == 0 ? rng.between(1, days_in_month(d.year, d.month)) : d.day);
}

inline void apply_precisions(Date& d, Precisions precisions, Rng& rng) {
    static constexpr DatePrecision kOf[] = {DatePrecision::Year, DatePrecision::Year, DatePrecision::Month,
                                            DatePrecision::Day};
    if (precisions == Precisions::Mixed) {
        static constexpr DatePrecision kThirds[] = {DatePrecision::Year, DatePrecision::Month,
                                                    DatePrecision::Day};
        set_precision(d, kThirds[rng.below(3)], rng);
    } else if (precisions != Precisions::Base) {
        set_precision(d, kOf[static_cast<int>(precisions)], rng);
    }
}

// Three busy years take three quarters of the dates; in them, March and December take 60% of
// the dates that have a month.
inline void bunch(Date& d, Rng& rng) {
    static constexpr std::array<int, 3> kBusyYears = {2016, 2019, 2021};
    static constexpr std::array<int, 2> kBusyMonths = {3, 12};
    if (rng.share(0.75)) {
        d.year = rng.pick(kBusyYears);
        if (d.month != 0 && rng.share(0.6)) {
            d.month = rng.pick(kBusyMonths);
        }
        if (d.day > days_in_month(d.year, d.month == 0 ? 1 : d.month)) {
            d.day = days_in_month(d.year, d.month);
        }
    }
}

// An end one to three years after `start`: in years, or at the shape's precisions.
inline Date end_after(const Date& start, Precisions precisions, Rng& rng) {
    Date end;
    end.year = start.year + rng.between(1, 3);
    apply_precisions(end, precisions, rng);
    return end;
}

// The entity's time as the generator made it, changed to the shape (untouched by default).
inline void reshape_time(TimeSpan& t, const Shape& shape, Rng& rng) {
    if (dates_as_generated(shape)) {
        return;
    }
    if (shape.undated) {
        if (rng.share(*shape.undated)) {
            t = TimeSpan{};
            return;
        }
        if (!t.has_start) {
            t.has_start = true;
            t.start = random_date(rng, 2003, 2027);
        }
    }
    if (!t.has_start) {
        return;
    }
    apply_precisions(t.start, shape.precisions, rng);
    if (shape.dates == DateSpread::Bunched) {
        bunch(t.start, rng);
    }
    if (shape.periods) {
        t.has_end = rng.share(*shape.periods);
        t.open_end = t.open_end && !t.has_end;
    }
    if (t.has_end) {
        t.end = end_after(t.start, shape.precisions, rng);
    }
}

}  // namespace pe::synthetic

// Large, valid, deterministic datasets for benchmarks and scale tests: N entities of every
// type over the six lanes, ~2 links each, Chinese names with their pinyin, dates of mixed
// precision across 2003-2027. Header-only (each bench is one .cpp); never part of app/.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "load/dataset_writer.h"
#include "model/dataset.h"

namespace pe::synthetic {

// splitmix64: the same numbers on every platform and standard library.
struct Rng {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
    int between(int lo, int hi) {
        return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1)));
    }
    bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
    template <typename T, std::size_t N>
    const T& pick(const std::array<T, N>& items) {
        return items[below(N)];
    }
};

// A piece of a name: its Chinese, its pinyin (space-separated syllables) and English.
struct Part {
    std::string_view zh;
    std::string_view pinyin;
    std::string_view en;
};

inline constexpr std::array<Part, 40> kBrandChars = {{
    {"华", "hua", "hua"},   {"康", "kang", "kang"},   {"泰", "tai", "tai"},   {"瑞", "rui", "rui"},
    {"博", "bo", "bo"},     {"恒", "heng", "heng"},   {"源", "yuan", "yuan"}, {"健", "jian", "jian"},
    {"安", "an", "an"},     {"达", "da", "da"},       {"新", "xin", "xin"},   {"信", "xin", "xin"},
    {"和", "he", "he"},     {"中", "zhong", "zhong"}, {"天", "tian", "tian"}, {"金", "jin", "jin"},
    {"宇", "yu", "yu"},     {"正", "zheng", "zheng"}, {"嘉", "jia", "jia"},   {"益", "yi", "yi"},
    {"润", "run", "run"},   {"君", "jun", "jun"},     {"卓", "zhuo", "zhuo"}, {"越", "yue", "yue"},
    {"明", "ming", "ming"}, {"德", "de", "de"},       {"贝", "bei", "bei"},   {"来", "lai", "lai"},
    {"艾", "ai", "ai"},     {"米", "mi", "mi"},       {"迈", "mai", "mai"},   {"赛", "sai", "sai"},
    {"绿", "lü", "lü"},     {"诺", "nuo", "nuo"},     {"维", "wei", "wei"},   {"凯", "kai", "kai"},
    {"思", "si", "si"},     {"百", "bai", "bai"},     {"济", "ji", "ji"},     {"惠", "hui", "hui"},
}};

inline constexpr std::array<Part, 16> kDistricts = {{
    {"海淀区", "hai dian qu", "Haidian District"},
    {"朝阳区", "chao yang qu", "Chaoyang District"},
    {"东城区", "dong cheng qu", "Dongcheng District"},
    {"西城区", "xi cheng qu", "Xicheng District"},
    {"丰台区", "feng tai qu", "Fengtai District"},
    {"石景山区", "shi jing shan qu", "Shijingshan District"},
    {"门头沟区", "men tou gou qu", "Mentougou District"},
    {"房山区", "fang shan qu", "Fangshan District"},
    {"通州区", "tong zhou qu", "Tongzhou District"},
    {"顺义区", "shun yi qu", "Shunyi District"},
    {"昌平区", "chang ping qu", "Changping District"},
    {"大兴区", "da xing qu", "Daxing District"},
    {"怀柔区", "huai rou qu", "Huairou District"},
    {"平谷区", "ping gu qu", "Pinggu District"},
    {"密云区", "mi yun qu", "Miyun District"},
    {"延庆区", "yan qing qu", "Yanqing District"},
}};

inline constexpr std::array<Part, 6> kCompanyFields = {{
    {"生物", "sheng wu", "Biotech"},
    {"细胞", "xi bao", "Cell Therapeutics"},
    {"医药", "yi yao", "Pharmaceuticals"},
    {"基因", "ji yin", "Genomics"},
    {"科技", "ke ji", "Technology"},
    {"干细胞", "gan xi bao", "Stem Cell"},
}};
inline constexpr std::array<Part, 3> kCompanyTails = {{
    {"有限公司", "you xian gong si", "Co., Ltd."},
    {"股份有限公司", "gu fen you xian gong si", "Holdings Co., Ltd."},
    {"", "", ""},
}};
inline constexpr std::array<Part, 5> kProductKinds = {{
    {"间充质干细胞注射液", "jian chong zhi gan xi bao zhu she ye", "Mesenchymal Stem Cell Injection"},
    {"细胞注射液", "xi bao zhu she ye", "Cell Injection"},
    {"注射液", "zhu she ye", "Injection"},
    {"CAR-T细胞注射液", "car-t xi bao zhu she ye", "CAR-T Cell Injection"},
    {"iPSC衍生细胞制剂", "ipsc yan sheng xi bao zhi ji", "iPSC-derived Cell Product"},
}};
inline constexpr std::array<Part, 4> kParkKinds = {{
    {"生命科学园", "sheng ming ke xue yuan", "Life Science Park"},
    {"医药产业园", "yi yao chan ye yuan", "Pharmaceutical Industrial Park"},
    {"细胞治疗产业基地", "xi bao zhi liao chan ye ji di", "Cell Therapy Industry Base"},
    {"创新中心", "chuang xin zhong xin", "Innovation Centre"},
}};
inline constexpr std::array<Part, 6> kPolicyTopics = {{
    {"干细胞临床研究", "gan xi bao lin chuang yan jiu", "Stem Cell Clinical Research"},
    {"细胞治疗产品", "xi bao zhi liao chan pin", "Cell Therapy Products"},
    {"生物医药产业", "sheng wu yi yao chan ye", "Biomedical Industry"},
    {"临床试验备案", "lin chuang shi yan bei an", "Clinical Trial Record-filing"},
    {"基因治疗", "ji yin zhi liao", "Gene Therapy"},
    {"研究者发起的临床研究", "yan jiu zhe fa qi de lin chuang yan jiu", "Investigator-initiated Trials"},
}};
inline constexpr std::array<Part, 7> kPolicyKinds = {{
    {"管理办法", "guan li ban fa", "Administrative Measures"},
    {"指导原则", "zhi dao yuan ze", "Guidelines"},
    {"若干措施", "ruo gan cuo shi", "Measures"},
    {"行动计划", "xing dong ji hua", "Action Plan"},
    {"专项补贴", "zhuan xiang bu tie", "Special Subsidy"},
    {"奖励办法", "jiang li ban fa", "Reward Scheme"},
    {"实施细则", "shi shi xi ze", "Implementation Rules"},
}};
inline constexpr std::array<Part, 5> kMilestoneEvents = {{
    {"获批上市", "huo pi shang shi", "approved for marketing"},
    {"完成首例患者给药", "wan cheng shou li huan zhe gei yao", "first patient dosed"},
    {"启动二期临床试验", "qi dong er qi lin chuang shi yan", "phase II trial started"},
    {"获得临床试验默示许可", "huo de lin chuang shi yan mo shi xu ke", "IND implied approval"},
    {"首张处方落地", "shou zhang chu fang luo di", "first prescription issued"},
}};
inline constexpr std::array<Part, 4> kRegulators = {{
    {"国家药品监督管理局", "guo jia yao pin jian du guan li ju", "National Medical Products Administration"},
    {"国家卫生健康委员会", "guo jia wei sheng jian kang wei yuan hui", "National Health Commission"},
    {"药品审评中心", "yao pin shen ping zhong xin", "Center for Drug Evaluation"},
    {"北京市药品监督管理局", "bei jing shi yao pin jian du guan li ju",
     "Beijing Medical Products Administration"},
}};
inline constexpr std::array<Part, 12> kSurnames = {{
    {"王", "wang", "Wang"},
    {"李", "li", "Li"},
    {"张", "zhang", "Zhang"},
    {"刘", "liu", "Liu"},
    {"陈", "chen", "Chen"},
    {"杨", "yang", "Yang"},
    {"赵", "zhao", "Zhao"},
    {"黄", "huang", "Huang"},
    {"周", "zhou", "Zhou"},
    {"吴", "wu", "Wu"},
    {"吕", "lü", "Lü"},
    {"孙", "sun", "Sun"},
}};
inline constexpr std::array<std::string_view, 10> kZhClauses = {
    "推动干细胞临床研究备案与药品注册双轨并行",
    "支持企业开展细胞治疗产品的临床试验",
    "对符合条件的项目给予最高五十万元补贴",
    "鼓励医疗机构与企业共建临床研究平台",
    "研究者发起的临床研究数据可用于注册申报",
    "园区已聚集一批干细胞与基因治疗企业",
    "产品于当年完成首例患者给药",
    "加快创新药械在本市医疗机构的落地应用",
    "建设细胞制备与质量检测公共服务平台",
    "该领域企业数量和融资规模持续增长",
};
inline constexpr std::array<std::string_view, 10> kEnSentences = {
    "Runs record-filing for stem cell clinical research alongside drug registration.",
    "Supports companies running clinical trials of cell therapy products.",
    "Pays up to CNY 500,000 per qualifying project.",
    "Encourages hospitals and companies to build clinical research platforms together.",
    "Lets data from investigator-initiated trials support a registration filing.",
    "The park hosts a cluster of stem cell and gene therapy companies.",
    "The first patient was dosed that year.",
    "Speeds up the use of innovative drugs and devices in the city's hospitals.",
    "Builds a shared platform for cell manufacturing and quality testing.",
    "The number of companies and the funding raised keep growing.",
};
inline constexpr std::array<std::string_view, 10> kTags = {"IIT",    "IND",      "CGT",      "MSC",  "iPSC",
                                                           "干细胞", "细胞治疗", "临床试验", "备案", "注册"};
inline constexpr std::string_view kSourceId = "synthetic-article";

// A name being built: zh and en text with the pinyin that goes with the zh.
struct Name {
    std::string zh;
    std::string pinyin;
    std::string en;
    void add(const Part& p, bool en_space = true) {
        zh += p.zh;
        if (!p.pinyin.empty()) {
            pinyin += pinyin.empty() ? "" : " ";
            pinyin += p.pinyin;
        }
        if (!p.en.empty()) {
            en += (en.empty() || !en_space) ? "" : " ";
            en += p.en;
        }
    }
};

inline std::string initials_of(std::string_view pinyin) {
    std::string out;
    bool start = true;
    for (std::size_t i = 0; i < pinyin.size(); ++i) {
        if (pinyin[i] == ' ') {
            start = true;
        } else if (start) {
            start = false;
            // "lü" starts with an ASCII letter; every word here does.
            out += pinyin[i];
        }
    }
    return out;
}

// The ASCII letters of a pinyin string, for ids ("hua kang" -> "huakang"; ü -> u).
inline std::string slug_of(std::string_view pinyin, std::size_t max_size) {
    std::string out;
    for (std::size_t i = 0; i < pinyin.size() && out.size() < max_size; ++i) {
        const char c = pinyin[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out += c;
        } else if (c == '\xC3' && i + 1 < pinyin.size() && pinyin[i + 1] == '\xBC') {
            out += 'u';
        }
    }
    return out;
}

// 5000000 -> "5,000,000".
inline std::string grouped(long long value) {
    std::string digits = std::to_string(value);
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) {
        digits.insert(static_cast<std::size_t>(at), ",");
    }
    return digits;
}

inline Name brand(Rng& rng) {
    Name n;
    const Part& a = kBrandChars[rng.below(kBrandChars.size())];
    const Part& b = kBrandChars[rng.below(kBrandChars.size())];
    n.add(a);
    n.add(b, false);
    if (!n.en.empty()) {
        n.en[0] = static_cast<char>(n.en[0] >= 'a' && n.en[0] <= 'z' ? n.en[0] - 'a' + 'A' : n.en[0]);
    }
    return n;
}

inline Date random_date(Rng& rng, int first_year, int last_year) {
    Date d;
    d.year = rng.between(first_year, last_year);
    const std::size_t roll = rng.below(10);
    if (roll < 5) {
        d.precision = DatePrecision::Year;
        return d;
    }
    d.month = rng.between(1, 12);
    if (roll < 8) {
        d.precision = DatePrecision::Month;
        return d;
    }
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    d.day = rng.between(1, kDays[d.month - 1] + (d.month == 2 && leap ? 1 : 0));
    d.precision = DatePrecision::Day;
    return d;
}

inline std::string zh_sentence(Rng& rng, int min_clauses, int max_clauses) {
    std::string s;
    const int clauses = rng.between(min_clauses, max_clauses);
    for (int i = 0; i < clauses; ++i) {
        s += i == 0 ? "" : "，";
        s += kZhClauses[rng.below(kZhClauses.size())];
    }
    return s + "。";
}

inline std::string en_sentences(Rng& rng, int min_sentences, int max_sentences) {
    std::string s;
    const int count = rng.between(min_sentences, max_sentences);
    for (int i = 0; i < count; ++i) {
        s += i == 0 ? "" : " ";
        s += kEnSentences[rng.below(kEnSentences.size())];
    }
    return s;
}

inline Dataset synthetic_header(std::size_t entities) {
    Dataset d;
    d.format = "policy-explorer/1";
    d.id = "synthetic-" + std::to_string(entities);
    d.title = {"合成数据集", "Synthetic dataset"};
    d.description = {"用于性能测试的合成数据，不是事实。",
                     "Generated data for performance tests; not facts."};
    d.lanes = {{"national", {"国家监管", "National regulation"}},
               {"city", {"北京市政策", "Beijing city policy"}},
               {"district", {"区级政策", "District policy"}},
               {"parks", {"园区与集群", "Parks and clusters"}},
               {"companies", {"企业与产品", "Companies and products"}},
               {"clinical", {"临床与数据", "Clinical and data"}}};
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
void generate(std::size_t count, std::uint64_t seed, Sink& sink) {
    Rng rng{seed};
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
    const auto emit_link = [&](std::uint32_t from, std::uint32_t to, std::string_view relation) {
        if (from == to) {
            return;
        }
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

        // About two links to earlier entities, the relation fitting the type.
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
    }
}

// The whole dataset as JSON text (one record per line unless told otherwise).
inline std::string synthetic_dataset_json(std::size_t entities, std::uint64_t seed,
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
    generate(entities, seed, sink);
    std::string out;
    append_dataset_begin(out, synthetic_header(entities), layout);
    out.reserve(out.size() + sink.entities.size() + sink.links.size() + 64);
    out += sink.entities;
    sink.entities = std::string();
    append_links_begin(out, layout);
    out += sink.links;
    append_dataset_end(out, layout);
    return out;
}

// The same dataset as structs, without DatasetIndex (for tests that need no loader).
inline Dataset synthetic_dataset(std::size_t entities, std::uint64_t seed) {
    struct Sink {
        Dataset* d;
        void entity(const Entity& e) { d->entities.push_back(e); }
        void link(const Link& l) { d->links.push_back(l); }
    };
    Dataset d = synthetic_header(entities);
    Sink sink{&d};
    generate(entities, seed, sink);
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

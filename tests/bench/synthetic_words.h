// The words and numbers the synthetic datasets are made of: a portable random generator,
// name parts in Chinese with their pinyin and English, sentences, tags and dates.
// Header-only, shared by synthetic_shape.h and synthetic_dataset.h; never part of app/.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

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
    // True with probability `share` (0 to 1), to a millionth.
    bool share(double fraction) { return static_cast<double>(below(1000000)) < fraction * 1e6; }
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

inline int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return kDays[month - 1] + (month == 2 && leap ? 1 : 0);
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
    d.day = rng.between(1, days_in_month(d.year, d.month));
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

}  // namespace pe::synthetic

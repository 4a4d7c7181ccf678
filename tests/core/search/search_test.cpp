// Ranked search (app/core/search/search.h) and its folding rules (pinyin_match.h): exact orders
// on a small hand-made dataset, and agreement with a brute-force reference on a larger
// generated one. No loader involved: datasets are built as structs.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "bench/synthetic_dataset.h"
#include "search/pinyin_match.h"
#include "search/search.h"

namespace pe {
namespace {

Entity make(std::string id, std::string zh, std::string en, std::string pinyin, std::string summary_zh = "",
            std::string summary_en = "") {
    Entity e;
    e.id = std::move(id);
    e.type = "company";
    e.name = {std::move(zh), std::move(en)};
    e.pinyin_initials = pinyin_initials_of(pinyin);
    e.pinyin = std::move(pinyin);
    e.summary = {std::move(summary_zh), std::move(summary_en)};
    return e;
}

Dataset small_dataset() {
    Dataset d;
    d.entities = {
        make("aimi-product", "艾米迈托赛注射液", "Amimestrocel Injection", "ai mi mai tuo sai zhu she ye",
             "首个获批的间充质干细胞治疗药品。", "The first approved mesenchymal stem cell therapy."),
        make("beilai-bio", "贝来生物", "Bioceltech", "bei lai sheng wu",
             "一家干细胞企业，研发艾米迈托赛注射液。", "A stem cell company in Beijing."),
        make("beijing", "北京市", "Beijing", "bei jing shi", "首都。", "The capital."),
        make("haidian", "海淀区", "Haidian District", "hai dian qu", "北京市的一个区。",
             "A district of Beijing."),
        make("haidian-subsidy", "北京市海淀区干细胞补贴", "Haidian stem cell subsidy",
             "bei jing shi hai dian qu gan xi bao bu tie", "对项目给予补贴。", "Pays for projects."),
        make("green-park", "绿色园区", "Green Park", "lü se yuan qu", "园区。", "A park."),
        make("car-t", "CAR-T细胞疗法", "CAR-T cell therapy", "car-t xi bao liao fa", "疗法。", "A therapy."),
        make("b-item", "测试", "Test", "ce shi"),
        make("a-item", "测试", "Test", "ce shi"),
    };
    return d;
}

struct Found {
    std::string id;
    MatchKind kind;
};

bool operator==(const Found& a, const Found& b) {
    return a.id == b.id && a.kind == b.kind;
}

std::ostream& operator<<(std::ostream& os, const Found& f) {
    return os << f.id << "/" << match_kind_name(f.kind);
}

std::vector<Found> run(const Dataset& d, const SearchIndex& index, std::string_view query,
                       std::size_t limit = 50) {
    std::vector<Found> out;
    for (const SearchHit& hit : search(index, query, limit)) {
        out.push_back(Found{d.entities[hit.entity].id.str(), hit.kind});
    }
    return out;
}

class SearchTest : public ::testing::Test {
  protected:
    Dataset d = small_dataset();
    SearchIndex index = build_search_index(d);
};

constexpr MatchKind kExact = MatchKind::Exact;
constexpr MatchKind kPrefix = MatchKind::Prefix;
constexpr MatchKind kSubstring = MatchKind::Substring;
constexpr MatchKind kSummary = MatchKind::Summary;

TEST(PinyinMatch, FoldsPinyinAndText) {
    std::vector<std::uint16_t> starts;
    EXPECT_EQ(fold_pinyin("ai mi mai tuo", &starts), "aimimaituo");
    EXPECT_EQ(starts, (std::vector<std::uint16_t>{0, 2, 4, 7}));
    EXPECT_EQ(fold_pinyin("lü se"), "luse");
    EXPECT_EQ(fold_pinyin("LV SE"), "luse");
    EXPECT_EQ(fold_pinyin("ài mǐ"), "aimi");
    EXPECT_EQ(fold_pinyin("car-t xi'an"), "cartxian");
    EXPECT_EQ(pinyin_initials_of("ai mi mai tuo sai zhu she ye"), "ammtszsy");
    EXPECT_EQ(pinyin_initials_of("2024 nian"), "2n");
    EXPECT_EQ(fold_text("  Haidian \t  District\xE3\x80\x80"), "haidian district");
    EXPECT_TRUE(looks_like_pinyin("bei lai"));
    EXPECT_TRUE(looks_like_pinyin("lü"));
    EXPECT_FALSE(looks_like_pinyin("贝来"));
    EXPECT_FALSE(looks_like_pinyin("--"));
}

TEST_F(SearchTest, FullPinyinPrefixAndExact) {
    EXPECT_EQ(run(d, index, "aimi"), (std::vector<Found>{{"aimi-product", kPrefix}}));
    EXPECT_EQ(run(d, index, "aimimaituosai"), (std::vector<Found>{{"aimi-product", kPrefix}}));
    EXPECT_EQ(run(d, index, "aimimaituosaizhusheye"), (std::vector<Found>{{"aimi-product", kExact}}));
    EXPECT_EQ(run(d, index, "ai mi mai"), (std::vector<Found>{{"aimi-product", kPrefix}}));
    EXPECT_EQ(run(d, index, "ài mǐ"), (std::vector<Found>{{"aimi-product", kPrefix}}));
}

TEST_F(SearchTest, PinyinInitials) {
    EXPECT_EQ(run(d, index, "ammts"), (std::vector<Found>{{"aimi-product", kPrefix}}));
    EXPECT_EQ(run(d, index, "ammtszsy"), (std::vector<Found>{{"aimi-product", kExact}}));
    EXPECT_EQ(run(d, index, "blsw"), (std::vector<Found>{{"beilai-bio", kExact}}));
    EXPECT_EQ(run(d, index, "BLSW"), (std::vector<Found>{{"beilai-bio", kExact}}));
    EXPECT_EQ(run(d, index, "mts"), (std::vector<Found>{{"aimi-product", kSubstring}}));
}

TEST_F(SearchTest, PinyinWithSpacesAndCase) {
    EXPECT_EQ(run(d, index, "beilai"), (std::vector<Found>{{"beilai-bio", kPrefix}}));
    EXPECT_EQ(run(d, index, "  BEI   Lai "), (std::vector<Found>{{"beilai-bio", kPrefix}}));
}

TEST_F(SearchTest, PinyinInsideStartsAtASyllable) {
    EXPECT_EQ(run(d, index, "maituo"), (std::vector<Found>{{"aimi-product", kSubstring}}));
    EXPECT_TRUE(run(d, index, "aituo").empty());  // "m-ai-tuo": not a syllable start
}

TEST_F(SearchTest, UmlautTypedAsVOrU) {
    const std::vector<Found> green = {{"green-park", kPrefix}};
    EXPECT_EQ(run(d, index, "lv"), green);
    EXPECT_EQ(run(d, index, "lu"), green);
    EXPECT_EQ(run(d, index, "lü"), green);
    EXPECT_EQ(run(d, index, "lvse"), green);
    EXPECT_EQ(run(d, index, "lsyq"), (std::vector<Found>{{"green-park", kExact}}));
}

TEST_F(SearchTest, ExactBeforePrefixBeforeSummaryThenById) {
    // "beijing": en name of beijing (exact), pinyin prefix of haidian-subsidy, then
    // the English summaries of beilai-bio and haidian, in id order.
    EXPECT_EQ(run(d, index, "Beijing"), (std::vector<Found>{{"beijing", kExact},
                                                            {"haidian-subsidy", kPrefix},
                                                            {"beilai-bio", kSummary},
                                                            {"haidian", kSummary}}));
}

TEST_F(SearchTest, PrefixesRankByCoverage) {
    // "bei" covers 3/7 of "beijing" (en), 3/13 of "beilaishengwu", 3/32 of the subsidy.
    EXPECT_EQ(run(d, index, "bei"), (std::vector<Found>{{"beijing", kPrefix},
                                                        {"beilai-bio", kPrefix},
                                                        {"haidian-subsidy", kPrefix},
                                                        {"haidian", kSummary}}));
    const std::vector<SearchHit> hits = search(index, "bei", 3);
    ASSERT_EQ(hits.size(), 3u);
    EXPECT_EQ(hits[0].score, 428);  // 3 * 1000 / 7
    EXPECT_EQ(hits[1].score, 230);  // 3 * 1000 / 13
    EXPECT_EQ(hits[2].score, 93);   // 3 * 1000 / 32
}

TEST_F(SearchTest, ChineseNameSubstringThenSummaries) {
    EXPECT_EQ(run(d, index, "干细胞"),
              (std::vector<Found>{
                  {"haidian-subsidy", kSubstring}, {"aimi-product", kSummary}, {"beilai-bio", kSummary}}));
    EXPECT_EQ(run(d, index, "北京市"),
              (std::vector<Found>{{"beijing", kExact}, {"haidian-subsidy", kPrefix}, {"haidian", kSummary}}));
    EXPECT_EQ(run(d, index, "艾米迈托赛注射液"),
              (std::vector<Found>{{"aimi-product", kExact}, {"beilai-bio", kSummary}}));
}

TEST_F(SearchTest, EnglishIsCaseInsensitive) {
    EXPECT_EQ(run(d, index, "HAIDIAN"),
              (std::vector<Found>{{"haidian", kPrefix}, {"haidian-subsidy", kPrefix}}));
    EXPECT_EQ(run(d, index, "stem cell"),
              (std::vector<Found>{
                  {"haidian-subsidy", kSubstring}, {"aimi-product", kSummary}, {"beilai-bio", kSummary}}));
}

TEST_F(SearchTest, LatinLettersInAChineseName) {
    // "car-t" matches the zh name "CAR-T细胞疗法" (5 of 17 bytes) and the en name (5 of
    // 18); the pinyin "cart..." is also a prefix but covers less.
    const std::vector<SearchHit> hits = search(index, "CAR-T", 10);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(d.entities[hits[0].entity].id, "car-t");
    EXPECT_EQ(hits[0].kind, kPrefix);
    EXPECT_EQ(hits[0].score, 294);
}

TEST_F(SearchTest, EqualNamesTieById) {
    EXPECT_EQ(run(d, index, "测试"), (std::vector<Found>{{"a-item", kExact}, {"b-item", kExact}}));
    EXPECT_EQ(run(d, index, "cs"), (std::vector<Found>{{"a-item", kExact}, {"b-item", kExact}}));
}

TEST_F(SearchTest, ShortQueriesFindNameStartsOnly) {
    // "a": names starting with a (en "Amimestrocel", pinyin "ai...", initials "am...").
    EXPECT_EQ(run(d, index, "a"), (std::vector<Found>{{"aimi-product", kPrefix}}));
    EXPECT_EQ(run(d, index, "hd"), (std::vector<Found>{{"haidian", kPrefix}}));  // initials "hdq"
    EXPECT_TRUE(run(d, index, "mi").empty());  // a syllable of "ai mi ...", a part of "Amimestrocel"
}

TEST_F(SearchTest, LimitAndEmptyQuery) {
    EXPECT_EQ(run(d, index, "bei", 2), (std::vector<Found>{{"beijing", kPrefix}, {"beilai-bio", kPrefix}}));
    EXPECT_EQ(run(d, index, "干细胞", 1), (std::vector<Found>{{"haidian-subsidy", kSubstring}}));
    EXPECT_TRUE(run(d, index, "").empty());
    EXPECT_TRUE(run(d, index, "   ").empty());
    EXPECT_TRUE(run(d, index, "bei", 0).empty());
    EXPECT_TRUE(run(d, index, "zzzzzz").empty());
}

TEST(SearchEmpty, EmptyDatasetFindsNothing) {
    const Dataset d;
    const SearchIndex index = build_search_index(d);
    EXPECT_TRUE(search(index, "bei", 10).empty());
    EXPECT_TRUE(search(index, "a", 10).empty());
}

// [SECTION] the index agrees with checking every entity the slow way
bool reference_match(const Entity& e, std::string_view query, MatchKind& kind, int& score) {
    const std::string text = fold_text(query);
    const std::string py = looks_like_pinyin(query) ? fold_pinyin(query) : std::string();
    bool found = false;
    const auto consider = [&](MatchKind k, std::size_t field_size, std::size_t key_size) {
        const int s = k == MatchKind::Exact
                          ? 1000
                          : static_cast<int>(std::min<std::size_t>(1000, key_size * 1000 / field_size));
        if (!found || k < kind || (k == kind && s > score)) {
            kind = k;
            score = s;
            found = true;
        }
    };
    const auto plain = [&](const std::string& field, const std::string& key, bool syllables) {
        if (key.empty() || field.size() < key.size()) {
            return;
        }
        if (field == key) {
            consider(MatchKind::Exact, field.size(), key.size());
        } else if (field.rfind(key, 0) == 0) {
            consider(MatchKind::Prefix, field.size(), key.size());
        } else if (key.size() >= 3) {
            if (!syllables) {
                if (field.find(key) != std::string::npos) {
                    consider(MatchKind::Substring, field.size(), key.size());
                }
                return;
            }
            std::vector<std::uint16_t> starts;
            fold_pinyin(e.pinyin, &starts);
            for (const std::uint16_t s : starts) {
                if (field.compare(s, key.size(), key) == 0) {
                    consider(MatchKind::Substring, field.size(), key.size());
                    return;
                }
            }
        }
    };
    plain(fold_text(e.name.zh), text, false);
    plain(fold_text(e.name.en), text, false);
    plain(fold_pinyin(e.pinyin), py, true);
    plain(fold_pinyin(e.pinyin_initials), py, false);
    if (!found && text.size() >= 3 &&
        (fold_text(e.summary.zh).find(text) != std::string::npos ||
         fold_text(e.summary.en).find(text) != std::string::npos)) {
        kind = MatchKind::Summary;
        score = 0;
        found = true;
    }
    return found;
}

TEST(SearchReference, AgreesWithBruteForceOnGeneratedData) {
    const Dataset d = synthetic::synthetic_dataset(3000, 7);
    const SearchIndex index = build_search_index(d);
    const char* queries[] = {"aimi", "ai",      "a",         "bei",        "beilai",   "hdq",
                             "lv",   "lvse",    "lüse",      "gan xi bao", "干细胞",   "细胞注射液",
                             "海淀", "Haidian", "stem cell", "injection",  "CAR-T",    "ipsc",
                             "2024", "2024年",  "nian",      "hospital",   "cnY",      "xyzzy",
                             "于",   "临床",    "zhao hua",  "wang",       "首张处方", "the"};
    for (const char* query : queries) {
        struct Ref {
            MatchKind kind;
            int score;
            std::string id;
            std::uint32_t entity;
        };
        std::vector<Ref> expected;
        for (std::uint32_t i = 0; i < d.entities.size(); ++i) {
            MatchKind kind{};
            int score = 0;
            if (reference_match(d.entities[i], query, kind, score)) {
                expected.push_back(Ref{kind, score, d.entities[i].id.str(), i});
            }
        }
        std::sort(expected.begin(), expected.end(), [](const Ref& a, const Ref& b) {
            if (a.kind != b.kind) {
                return a.kind < b.kind;
            }
            if (a.score != b.score) {
                return a.score > b.score;
            }
            return a.id < b.id;
        });
        for (const std::size_t limit :
             {std::size_t{1}, std::size_t{7}, std::size_t{100}, d.entities.size()}) {
            const std::vector<SearchHit> hits = search(index, query, limit);
            ASSERT_EQ(hits.size(), std::min(limit, expected.size())) << query << " limit " << limit;
            for (std::size_t k = 0; k < hits.size(); ++k) {
                EXPECT_EQ(hits[k].entity, expected[k].entity) << query << " #" << k;
                EXPECT_EQ(hits[k].kind, expected[k].kind) << query << " #" << k;
                EXPECT_EQ(hits[k].score, expected[k].score) << query << " #" << k;
            }
        }
    }
}

}  // namespace
}  // namespace pe

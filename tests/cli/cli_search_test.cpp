// policy-explorer-cli search: best match first as "ID<TAB>zh<TAB>en", pinyin and initials,
// --limit, several words, no match (exit 1).
#include <gtest/gtest.h>

#include "cli_test_support.h"

namespace pe {
namespace {

using cli_test::data_file;
using cli_test::run;

std::vector<std::string> search_small(std::vector<std::string> args, int expected_code = 0) {
    args.insert(args.begin(), "search");
    args.push_back("--data");
    args.push_back(data_file("small.json"));
    const auto r = run(args);
    EXPECT_EQ(r.code, expected_code) << r.err;
    return cli_test::lines_of(r.out);
}

TEST(CliSearch, PinyinAndInitialsFindTheProduct) {
    const std::vector<std::string> expected = {"aimi-product\t艾米迈托赛注射液\tAmimestrocel Injection"};
    EXPECT_EQ(search_small({"aimi"}), expected);
    EXPECT_EQ(search_small({"ammts"}), expected);
    EXPECT_EQ(search_small({"艾米迈托赛"}), expected);
}

TEST(CliSearch, BestMatchFirst) {
    // Name prefix (pinyin) first, then the two summaries that mention Beijing, by id.
    EXPECT_EQ(search_small({"bei"}),
              (std::vector<std::string>{"beilai-bio\t贝来生物\tBioceltech",
                                        "ethics-committee\t伦理委员会\tEthics committee",
                                        "haidian\t海淀区\tHaidian District"}));
    EXPECT_EQ(search_small({"blsw"}), (std::vector<std::string>{"beilai-bio\t贝来生物\tBioceltech"}));
}

TEST(CliSearch, WordsAreJoinedAndLimitApplies) {
    EXPECT_EQ(search_small({"bei", "lai"}), (std::vector<std::string>{"beilai-bio\t贝来生物\tBioceltech"}));
    EXPECT_EQ(search_small({"bei", "--limit", "1"}),
              (std::vector<std::string>{"beilai-bio\t贝来生物\tBioceltech"}));
}

TEST(CliSearch, NoMatchExitsOne) {
    const auto r = run({"search", "xyzzy", "--data", data_file("small.json")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "policy-explorer-cli: no entity matches 'xyzzy'\n");
}

TEST(CliSearch, EmbeddedDatasetIsSearchedByDefault) {
    const auto r = run({"search", "beijing", "--limit", "3"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_LE(cli_test::lines_of(r.out).size(), 3u);
}

TEST(CliSearch, InvalidDataIsReported) {
    const auto r = run({"search", "aimi", "--data", data_file("bad.json")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(cli_test::lines_of(r.err).size(), 3u);
}

}  // namespace
}  // namespace pe

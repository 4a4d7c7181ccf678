// policy-explorer-cli stats: the exact report for the small test dataset, the embedded
// dataset's headline counts, and errors naming the file.
#include <gtest/gtest.h>

#include "cli_test_support.h"

namespace pe {
namespace {

using cli_test::data_file;
using cli_test::run;

TEST(CliStats, ReportsCountsSpanAndQuotes) {
    const auto r = run({"stats", "--data", data_file("small.json")});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out,
              "dataset    cli-small (policy-explorer/1)\n"
              "entities   7\n"
              "links      6\n"
              "sources    1\n"
              "quotes     14 (8 distinct)\n"
              "figures    1\n"
              "years      2000-2027\n"
              "entities by type\n"
              "  subsidy    1\n"
              "  district   1\n"
              "  park       1\n"
              "  company    1\n"
              "  product    1\n"
              "  regulator  1\n"
              "  committee  1\n"
              "links by relation\n"
              "  located_in    2\n"
              "  developed_by  1\n"
              "  applies_to    1\n"
              "  funds         1\n"
              "  approved_by   1\n"
              "entities by lane\n"
              "  national   2\n"
              "  district   2\n"
              "  parks      1\n"
              "  companies  2\n");
}

TEST(CliStats, EmbeddedDataset) {
    const auto r = run({"stats"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("entities by type\n"), std::string::npos);
    EXPECT_NE(r.out.find("\nyears      20"), std::string::npos) << r.out;
}

TEST(CliStats, InvalidOrMissingFile) {
    const auto bad = run({"stats", "--data", data_file("bad.json")});
    EXPECT_EQ(bad.code, 1);
    EXPECT_EQ(bad.out, "");
    EXPECT_EQ(bad.err.rfind(data_file("bad.json") + ":", 0), 0u);
    const auto missing = run({"stats", "--data", data_file("absent.json")});
    EXPECT_EQ(missing.code, 2);
    EXPECT_NE(missing.err.find("cannot read " + data_file("absent.json")), std::string::npos);
}

}  // namespace
}  // namespace pe

// policy-explorer-cli links: outgoing and incoming links with their relation and the other
// entity's names, an entity without links, and an unknown id (exit 1, with suggestions).
#include <gtest/gtest.h>

#include "cli_test_support.h"

namespace pe {
namespace {

using cli_test::data_file;
using cli_test::run;

TEST(CliLinks, BothDirectionsWithRelations) {
    const auto r = run({"links", "beilai-bio", "--data", data_file("small.json")});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out,
              "beilai-bio 贝来生物 (Bioceltech)\n"
              "-> located_in -> zgc-park 中关村生命科学园 (Zhongguancun Life Science Park)\n"
              "<- developed_by <- aimi-product 艾米迈托赛注射液 (Amimestrocel Injection)\n"
              "<- funds <- iit-subsidy IIT项目补贴 (IIT project subsidy)\n");
}

TEST(CliLinks, OutgoingOnly) {
    const auto r = run({"links", "aimi-product", "--data", data_file("small.json")});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out,
              "aimi-product 艾米迈托赛注射液 (Amimestrocel Injection)\n"
              "-> developed_by -> beilai-bio 贝来生物 (Bioceltech)\n"
              "-> approved_by -> nmpa 国家药品监督管理局 (National Medical Products Administration)\n");
}

TEST(CliLinks, EntityWithoutLinks) {
    const auto r = run({"links", "ethics-committee", "--data", data_file("small.json")});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "ethics-committee 伦理委员会 (Ethics committee)\n(no links)\n");
}

TEST(CliLinks, UnknownIdExitsOneWithSuggestions) {
    const auto r = run({"links", "beilai", "--data", data_file("small.json")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "policy-explorer-cli: unknown entity id 'beilai' in " + data_file("small.json") +
                         "\ndid you mean: beilai-bio\n");
    const auto far = run({"links", "qqqq", "--data", data_file("small.json")});
    EXPECT_EQ(far.code, 1);
    EXPECT_EQ(far.err, "policy-explorer-cli: unknown entity id 'qqqq' in " + data_file("small.json") + "\n");
}

TEST(CliLinks, EmbeddedUnknownIdNamesTheEmbeddedDataset) {
    const auto r = run({"links", "no-such-entity-anywhere"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(
        r.err.rfind("policy-explorer-cli: unknown entity id 'no-such-entity-anywhere' in <embedded>\n", 0),
        0u)
        << r.err;
}

}  // namespace
}  // namespace pe

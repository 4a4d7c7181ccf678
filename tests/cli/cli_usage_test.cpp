// policy-explorer-cli: --help, no arguments, and every kind of usage error (exit 2 with a
// hint pointing at --help).
#include <gtest/gtest.h>

#include "cli_test_support.h"

namespace pe {
namespace {

using cli_test::run;

TEST(CliUsage, HelpPrintsUsageAndExitsZero) {
    for (const char* flag : {"--help", "-h", "help"}) {
        const auto r = run({flag});
        EXPECT_EQ(r.code, 0) << flag;
        EXPECT_EQ(r.out, cli_usage()) << flag;
        EXPECT_EQ(r.err, "");
    }
    EXPECT_NE(cli_usage().find("Usage:"), std::string::npos);
    EXPECT_NE(cli_usage().find("id,type,name_zh,name_en,start,end,precision,scope,district,park,tags,lane"),
              std::string::npos);
}

TEST(CliUsage, NoArgumentsPrintsUsage) {
    const auto r = run({});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out, cli_usage());
}

TEST(CliUsage, CommandHelpPrintsUsage) {
    const auto r = run({"export", "--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out, cli_usage());
}

void expect_usage_error(const std::vector<std::string>& args, const std::string& message) {
    const auto r = run(args);
    EXPECT_EQ(r.code, 2) << message;
    EXPECT_EQ(r.out, "") << message;
    EXPECT_EQ(r.err, "policy-explorer-cli: " + message + "\nRun 'policy-explorer-cli --help' for usage.\n");
}

TEST(CliUsage, UnknownCommandOrOption) {
    expect_usage_error({"frobnicate"}, "unknown command 'frobnicate'");
    expect_usage_error({"--verbose"}, "unknown option '--verbose'");
    expect_usage_error({"stats", "--verbose"}, "unknown option '--verbose' for stats");
    expect_usage_error({"stats", "--limit", "3"}, "option '--limit' does not apply to stats");
    expect_usage_error({"validate", "--format=json"}, "option '--format' does not apply to validate");
}

TEST(CliUsage, BadOptionValues) {
    expect_usage_error({"stats", "--data"}, "option '--data' needs a value");
    expect_usage_error({"stats", "--data="}, "option '--data' needs a non-empty value");
    expect_usage_error({"search", "x", "--limit", "0"},
                       "--limit must be a whole number from 1 to 999999999, not '0'");
    expect_usage_error({"search", "x", "--limit=ten"},
                       "--limit must be a whole number from 1 to 999999999, not 'ten'");
    expect_usage_error({"export", "--format", "xml"}, "--format must be json or csv, not 'xml'");
    expect_usage_error({"export"}, "export needs --format json or --format csv");
    expect_usage_error({"export", "--format", "csv", "--compact"}, "--compact applies to --format json only");
    expect_usage_error({"export", "--format", "json", "--compact=yes"}, "option '--compact' takes no value");
}

TEST(CliUsage, WrongNumberOfArguments) {
    expect_usage_error({"search"}, "search needs a QUERY");
    expect_usage_error({"links"}, "links needs an ID");
    expect_usage_error({"links", "a", "b"}, "unexpected argument 'b' for links");
    expect_usage_error({"stats", "extra"}, "unexpected argument 'extra' for stats");
    expect_usage_error({"validate", "a.json", "b.json"}, "unexpected argument 'b.json' for validate");
    expect_usage_error({"validate", "a.json", "--data", "b.json"},
                       "validate takes FILE or --data FILE, not both");
}

TEST(CliUsage, DoubleDashEndsOptions) {
    // "--limit" after "--" is a query word, not an option; it matches nothing.
    const auto r = run({"search", "--data", cli_test::data_file("small.json"), "--", "--limit"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "policy-explorer-cli: no entity matches '--limit'\n");
}

}  // namespace
}  // namespace pe

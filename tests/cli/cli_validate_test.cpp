// policy-explorer-cli validate: the summary line for a valid file and for the embedded
// dataset, one "FILE:LINE:COL: POINTER: message" line per error, and I/O errors.
#include <gtest/gtest.h>

#include <regex>

#include "cli_test_support.h"

namespace pe {
namespace {

using cli_test::data_file;
using cli_test::lines_of;
using cli_test::run;

TEST(CliValidate, ValidFilePrintsASummary) {
    const std::string path = data_file("small.json");
    const auto r = run({"validate", path});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, path + ": ok: 7 entities, 6 links, 1 source\n");
    EXPECT_EQ(r.err, "");
}

TEST(CliValidate, DataOptionWorksToo) {
    const std::string path = data_file("small.json");
    const auto r = run({"validate", "--data", path});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, path + ": ok: 7 entities, 6 links, 1 source\n");
}

TEST(CliValidate, EmbeddedDatasetIsValid) {
    const auto r = run({"validate"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("<embedded>: ok: ", 0), 0u) << r.out;
}

TEST(CliValidate, InvalidFileListsEveryErrorWithItsPlace) {
    const std::string path = data_file("bad.json");
    const auto r = run({"validate", path});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.out, "");
    const std::vector<std::string> lines = lines_of(r.err);
    ASSERT_EQ(lines.size(), 3u) << r.err;
    const std::regex form("^" + std::regex_replace(path, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") +
                          R"(:[0-9]+:[0-9]+: /[^ ]*: .+$)");
    for (const std::string& line : lines) {
        EXPECT_TRUE(std::regex_match(line, form)) << line;
    }
    EXPECT_NE(lines[0].find(": /entities/3/start/date: "), std::string::npos) << lines[0];
    EXPECT_NE(lines[1].find(": /entities/5/type: "), std::string::npos) << lines[1];
    EXPECT_NE(lines[2].find(": /links/5/to: "), std::string::npos) << lines[2];
    EXPECT_EQ(lines[1].rfind(path + ":89:15: ", 0), 0u) << lines[1];
}

TEST(CliValidate, SyntaxErrorIsOneLine) {
    cli_test::TempDir dir;
    const std::string path = dir.file("broken.json");
    write_file(path, "{\n  \"format\": \"policy-explorer/1\",\n  \"id\": \n");
    const auto r = run({"validate", path});
    EXPECT_EQ(r.code, 1);
    const std::vector<std::string> lines = lines_of(r.err);
    ASSERT_EQ(lines.size(), 1u) << r.err;
    EXPECT_EQ(lines[0].rfind(path + ":", 0), 0u) << lines[0];
}

TEST(CliValidate, MissingFileIsAnIoError) {
    cli_test::TempDir dir;
    const std::string path = dir.file("nowhere.json");
    const auto r = run({"validate", path});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "policy-explorer-cli: cannot read " + path + ": No such file or directory\n");
}

TEST(CliValidate, FolderIsAnIoError) {
    cli_test::TempDir dir;
    const auto r = run({"validate", dir.path.string()});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "policy-explorer-cli: cannot read " + dir.path.string() + ": Is a directory\n");
}

TEST(CliValidate, EmptyFileIsInvalidNotAnIoError) {
    cli_test::TempDir dir;
    const std::string path = dir.file("empty.json");
    write_file(path, "");
    const auto r = run({"validate", path});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.rfind(path + ":", 0), 0u) << r.err;
}

}  // namespace
}  // namespace pe

// policy-explorer-cli export: JSON that validates and loads back to the same dataset
// (indented and --compact), the CSV entity table, --output files and their errors.
#include <gtest/gtest.h>

#include "cli_test_support.h"
#include "load/dataset_loader.h"
#include "load/dataset_writer.h"

namespace pe {
namespace {

using cli_test::data_file;
using cli_test::lines_of;
using cli_test::run;

TEST(CliExport, JsonLoadsBackToTheSameDataset) {
    const std::string source = data_file("small.json");
    const auto r = run({"export", "--format", "json", "--data", source});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const LoadResult original = load_dataset(read_file(source));
    const LoadResult exported = load_dataset(r.out);
    ASSERT_TRUE(original.ok());
    ASSERT_TRUE(exported.ok());
    // The writer is deterministic, so equal text means equal datasets field by field
    // (tests/core/dataset_writer_test.cpp compares the fields themselves).
    EXPECT_EQ(write_dataset_json(*exported.dataset), write_dataset_json(*original.dataset));
    EXPECT_EQ(r.out, write_dataset_json(*original.dataset));
}

TEST(CliExport, JsonToAFileValidates) {
    cli_test::TempDir dir;
    const std::string out = dir.file("out.json");
    const auto r = run({"export", "--format=json", "--data", data_file("small.json"), "--output", out});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "");
    const auto check = run({"validate", out});
    EXPECT_EQ(check.code, 0) << check.err;
    EXPECT_EQ(check.out, out + ": ok: 7 entities, 6 links, 1 source\n");
    EXPECT_FALSE(std::filesystem::exists(out + ".tmp"));
}

TEST(CliExport, CompactJsonHasOneEntityPerLine) {
    const auto r = run({"export", "--format", "json", "--compact", "--data", data_file("small.json")});
    ASSERT_EQ(r.code, 0) << r.err;
    std::size_t entity_lines = 0;
    for (const std::string& line : lines_of(r.out)) {
        entity_lines +=
            line.rfind("    {\"id\":", 0) == 0 && line.find("\"pinyin\":") != std::string::npos ? 1 : 0;
    }
    EXPECT_EQ(entity_lines, 7u);
    EXPECT_TRUE(load_dataset(r.out).ok());
}

TEST(CliExport, EmbeddedJsonRoundTrips) {
    const auto r = run({"export", "--format", "json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const LoadResult exported = load_dataset(r.out);
    ASSERT_TRUE(exported.ok());
    EXPECT_EQ(write_dataset_json(*exported.dataset), r.out);
}

TEST(CliExport, CsvIsTheEntityTable) {
    const auto r = run({"export", "--format", "csv", "--data", data_file("small.json")});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(
        r.out,
        "id,type,name_zh,name_en,start,end,precision,scope,district,park,tags,lane\r\n"
        "haidian,district,海淀区,Haidian District,,,,district,,,,district\r\n"
        "zgc-park,park,中关村生命科学园,Zhongguancun Life Science "
        "Park,2000,ongoing,year,park,haidian,,园区,parks\r\n"
        "beilai-bio,company,贝来生物,Bioceltech,2010,,year,organisation,haidian,zgc-park,MSC;干细胞,"
        "companies\r\n"
        "aimi-product,product,艾米迈托赛注射液,Amimestrocel Injection,2025-01-02,,day,organisation,,,MSC,"
        "companies\r\n"
        "iit-subsidy,subsidy,IIT项目补贴,IIT project subsidy,2024-12,2027,month,district,haidian,,IIT;CGT,"
        "district\r\n"
        "nmpa,regulator,国家药品监督管理局,National Medical Products "
        "Administration,2018-03,,month,national,,,,"
        "national\r\n"
        "ethics-committee,committee,伦理委员会,Ethics committee,,,,organisation,,,,national\r\n");
}

TEST(CliExport, CsvOfTheEmbeddedDatasetHasARowPerEntity) {
    const auto r = run({"export", "--format", "csv"});
    ASSERT_EQ(r.code, 0) << r.err;
    const LoadResult embedded = load_dataset(run({"export", "--format", "json"}).out);
    ASSERT_TRUE(embedded.ok());
    std::size_t rows = 0;
    for (std::size_t at = 0; (at = r.out.find("\r\n", at)) != std::string::npos; at += 2) {
        ++rows;
    }
    // Quoted fields could hold CRLF; the embedded names do not.
    EXPECT_EQ(rows, embedded.dataset->entities.size() + 1);
}

TEST(CliExport, InvalidDataIsReportedNotExported) {
    cli_test::TempDir dir;
    const std::string out = dir.file("out.csv");
    const auto r = run({"export", "--format", "csv", "--data", data_file("bad.json"), "--output", out});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(lines_of(r.err).size(), 3u) << r.err;
    EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(CliExport, UnwritableOutputIsAnIoError) {
    cli_test::TempDir dir;
    const std::string out = dir.file("missing-folder/out.json");
    const auto r = run({"export", "--format", "json", "--data", data_file("small.json"), "--output", out});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "policy-explorer-cli: cannot write " + out + ": No such file or directory\n");
}

TEST(CliExport, MissingDataFileIsNamed) {
    const auto r = run({"export", "--format", "json", "--data", "/nonexistent/data.json"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "policy-explorer-cli: cannot read /nonexistent/data.json: No such file or directory\n");
}

}  // namespace
}  // namespace pe

// Runs every bad input in tests/data/bad (one test per file, so ctest lists each): the
// loader must reject it with exactly the errors NAME.expect lists, at the exact line,
// column and pointer, each message containing the expected words. The files are made
// by tests/data/bad/make_corpus.py, which counts the positions on its own.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "load/dataset_loader.h"
#include "support/load_result_text.h"
#include "support/test_files.h"

namespace pe {
namespace {

namespace fs = std::filesystem;

const fs::path kBadDir = fs::path(PE_TEST_DATA_DIR) / "bad";

std::vector<std::string> case_names() {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(kBadDir, ec)) {
        if (entry.path().extension() == ".json") names.push_back(entry.path().stem().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

struct Expected {
    int line = 0;
    int column = 0;
    std::string pointer;  // as stored in LoadError ("/" in the file means the document, "")
    std::string message;  // a part of the message
};

struct Expectations {
    LoadLimits limits;
    std::vector<Expected> errors;
    std::string problem;  // a malformed .expect file
};

Expectations read_expectations(const fs::path& path) {
    Expectations result;
    std::istringstream in(read_file(path));
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream words(line);
        if (line[0] == '@') {
            std::string key;
            std::size_t value = 0;
            words >> key >> value;
            if (key == "@max_bytes") {
                result.limits.max_bytes = value;
            } else if (key == "@max_depth") {
                result.limits.max_depth = value;
            } else if (key == "@max_string_bytes") {
                result.limits.max_string_bytes = value;
            } else if (key == "@max_errors") {
                result.limits.max_errors = value;
            } else {
                result.problem = "unknown directive " + key;
            }
            continue;
        }
        Expected e;
        char colon = 0;
        words >> e.line >> colon >> e.column >> e.pointer;
        std::getline(words >> std::ws, e.message);
        if (!words.eof() && words.fail()) result.problem = "cannot read: " + line;
        if (colon != ':' || e.line < 1 || e.column < 1 || e.message.empty())
            result.problem = "cannot read: " + line;
        if (e.pointer == "/") e.pointer.clear();
        result.errors.push_back(e);
    }
    if (result.errors.empty()) result.problem = "no errors expected";
    return result;
}

class BadCorpus : public testing::TestWithParam<std::string> {};

TEST_P(BadCorpus, ReportsExactlyTheExpectedErrors) {
    const std::string name = GetParam();
    const std::string text = read_file(kBadDir / (name + ".json"));
    const Expectations expected = read_expectations(kBadDir / (name + ".expect"));
    ASSERT_TRUE(expected.problem.empty()) << name << ".expect: " << expected.problem;

    const LoadResult result = load_dataset(text, expected.limits);
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.dataset, nullptr);
    ASSERT_EQ(result.errors.size(), expected.errors.size()) << "reported:\n"
                                                            << describe_errors(result.errors, "", "  ");
    for (std::size_t i = 0; i < expected.errors.size(); ++i) {
        const LoadError& got = result.errors[i];
        const Expected& want = expected.errors[i];
        EXPECT_EQ(got.line, want.line) << "error " << i << ": " << got.message;
        EXPECT_EQ(got.column, want.column) << "error " << i << ": " << got.message;
        EXPECT_EQ(got.pointer, want.pointer) << "error " << i << ": " << got.message;
        EXPECT_NE(got.message.find(want.message), std::string::npos)
            << "error " << i << ": \"" << got.message << "\" does not contain \"" << want.message << "\"";
    }
}

std::string test_name(const testing::TestParamInfo<std::string>& info) {
    std::string name = info.param;
    for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    }
    return name;
}

INSTANTIATE_TEST_SUITE_P(File, BadCorpus, testing::ValuesIn(case_names()), test_name);

TEST(BadCorpusFiles, AreManyAndEachHasItsExpectations) {
    const std::vector<std::string> names = case_names();
    EXPECT_GE(names.size(), 40u);
    for (const std::string& name : names) EXPECT_TRUE(fs::exists(kBadDir / (name + ".expect"))) << name;
}

// The document every case is made from loads cleanly, so each case's errors come from
// its own change.
TEST(BadCorpusFiles, TheirBaseIsValid) {
    const LoadResult result = load_dataset(read_file(kBadDir / "base.valid.txt"));
    EXPECT_TRUE(result.ok()) << describe_errors(result.errors, "", "  ");
}

}  // namespace
}  // namespace pe

// The embedded dataset (assets/data/beijing-stem-cell.json) loads with no errors, and
// nothing in it is invented: every quote of an entity, a figure or a link is an exact
// substring of its source's text, assets/sources/<source-id>.txt, and every figure's
// display.zh stands inside its quote. The same is checked on the small test dataset.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "load/dataset_loader.h"
#include "load/embedded_assets.h"
#include "support/load_result_text.h"

namespace pe {
namespace {

namespace fs = std::filesystem;

class SourceTexts {
  public:
    explicit SourceTexts(fs::path folder) : folder_(std::move(folder)) {}

    // Null when the file is missing.
    const std::string* text(const std::string& source_id) {
        auto it = texts_.find(source_id);
        if (it == texts_.end()) {
            std::ifstream in(folder_ / (source_id + ".txt"), std::ios::binary);
            if (!in) return nullptr;
            std::ostringstream out;
            out << in.rdbuf();
            it = texts_.emplace(source_id, out.str()).first;
        }
        return &it->second;
    }
    const fs::path& folder() const { return folder_; }

  private:
    fs::path folder_;
    std::map<std::string, std::string> texts_;
};

// Adds a failure for each quote not found; returns how many quotes were checked.
int check_quote(SourceTexts& sources, const SourceRef& ref, const std::string& where) {
    const std::string* text = sources.text(ref.source_id.str());
    if (text == nullptr) {
        ADD_FAILURE() << where << ": no text for source \"" << ref.source_id << "\" in " << sources.folder();
    } else if (text->find(ref.quote) == std::string::npos) {
        ADD_FAILURE() << where << ": the quote is not in " << ref.source_id << ".txt: \"" << ref.quote
                      << "\"";
    }
    return 1;
}

int check_all_quotes(const Dataset& dataset, SourceTexts& sources) {
    int checked = 0;
    for (const Entity& e : dataset.entities) {
        for (std::size_t k = 0; k < e.sources.size(); ++k) {
            checked += check_quote(sources, e.sources[k], e.id + " sources/" + std::to_string(k));
        }
        for (std::size_t k = 0; k < e.figures.size(); ++k) {
            const KeyFigure& figure = e.figures[k];
            const std::string where = e.id + " figures/" + std::to_string(k);
            checked += check_quote(sources, figure.source, where);
            EXPECT_NE(figure.source.quote.find(figure.display.zh), std::string::npos)
                << where << ": display.zh \"" << figure.display.zh << "\" is not in its quote \""
                << figure.source.quote << "\"";
        }
    }
    for (const Link& link : dataset.links) {
        for (std::size_t k = 0; k < link.sources.size(); ++k) {
            checked += check_quote(
                sources, link.sources[k],
                link.from + " -" + link.relation + "-> " + link.to + " sources/" + std::to_string(k));
        }
    }
    return checked;
}

TEST(DatasetQuotes, TheEmbeddedDatasetLoadsWithNoErrors) {
    const LoadResult result = load_dataset(embedded_dataset_json());
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.errors.size(), 0u) << describe_errors(result, "beijing-stem-cell.json");
}

TEST(DatasetQuotes, EveryQuoteOfTheEmbeddedDatasetIsInItsSource) {
    const LoadResult result = load_dataset(embedded_dataset_json());
    ASSERT_TRUE(result.ok()) << describe_errors(result, "beijing-stem-cell.json");
    SourceTexts sources(fs::path(PE_SOURCE_DIR) / "assets/sources");
    EXPECT_GT(check_all_quotes(*result.dataset, sources), 0);
}

TEST(DatasetQuotes, EveryQuoteOfTheTestDatasetIsInItsSource) {
    std::ifstream in(fs::path(PE_TEST_DATA_DIR) / "good/minimal.json", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const LoadResult result = load_dataset(text.str());
    ASSERT_TRUE(result.ok()) << describe_errors(result, "beijing-stem-cell.json");
    SourceTexts sources(fs::path(PE_TEST_DATA_DIR) / "good/sources");
    EXPECT_EQ(check_all_quotes(*result.dataset, sources), 10 + 3 + 5);
}

}  // namespace
}  // namespace pe

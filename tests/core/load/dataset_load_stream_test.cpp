// DatasetLoadStream (dataset_loader.h): text fed in chunks of any size, even one byte, gives
// exactly the result of one chunk; members in any order give the same dataset and the same
// reference errors (decided at the end when they point forward); sizes are refused before
// reading when announced; and a std::istream loads like the text it holds.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "load/dataset_loader.h"
#include "load/dataset_writer.h"
#include "load/embedded_assets.h"
#include "load/json_locator.h"
#include "support/load_result_text.h"
#include "support/test_files.h"

namespace pe {
namespace {

namespace fs = std::filesystem;

LoadResult load_in_chunks(std::string_view text, std::size_t chunk, const LoadLimits& limits = {}) {
    DatasetLoadStream stream(limits);
    for (std::size_t at = 0; at < text.size(); at += chunk) stream.feed(text.substr(at, chunk));
    return stream.finish();
}

// The dataset written back when it loaded, else its errors: two loads agree when these do.
std::string describe(const LoadResult& result) {
    if (result.ok()) return write_dataset_json(*result.dataset);
    return describe_errors(result);
}

std::vector<std::string> corpus_texts() {
    std::vector<std::string> texts;
    for (const auto& folder : {"bad", "good", "cli"}) {
        for (const auto& entry : fs::directory_iterator(fs::path(PE_TEST_DATA_DIR) / folder)) {
            if (entry.path().extension() == ".json") texts.push_back(read_file(entry.path()));
        }
    }
    return texts;
}

TEST(DatasetLoadStream, AnyChunkSizeGivesTheResultOfOneChunk) {
    std::vector<std::string> texts = corpus_texts();
    ASSERT_GT(texts.size(), 70u);
    texts.emplace_back(embedded_dataset_json());
    std::size_t valid = 0;
    for (const std::string& text : texts) {
        const std::string whole = describe(load_dataset(text));
        valid += whole.rfind("{", 0) == 0 ? 1 : 0;
        for (const std::size_t chunk : {1, 2, 3, 7, 64, 4096}) {
            ASSERT_EQ(describe(load_in_chunks(text, chunk)), whole) << "chunk " << chunk << " of\n"
                                                                    << text.substr(0, 300);
        }
    }
    EXPECT_GE(valid, 3u);  // the good files and the embedded dataset load
}

// The minimal dataset with its members in the given order, written one member per line.
std::string reordered(const std::vector<std::string>& order, const std::string& extra_entity = "") {
    nlohmann::ordered_json source =
        nlohmann::ordered_json::parse(read_file(fs::path(PE_TEST_DATA_DIR) / "good/minimal.json"));
    if (!extra_entity.empty()) source["entities"].push_back(nlohmann::ordered_json::parse(extra_entity));
    std::string text = "{\n";
    for (std::size_t k = 0; k < order.size(); ++k) {
        text += "\"" + order[k] + "\": " + source[order[k]].dump() + (k + 1 < order.size() ? ",\n" : "\n");
    }
    return text + "}\n";
}

const std::vector<std::string> kDocumentOrder = {"format", "id",      "title",    "description",
                                                 "lanes",  "sources", "entities", "links"};
const std::vector<std::string> kBackwards = {"links",       "entities", "sources", "lanes",
                                             "description", "title",    "id",      "format"};

TEST(DatasetLoadStream, MembersInAnyOrderGiveTheSameDataset) {
    const LoadResult forwards = load_dataset(reordered(kDocumentOrder));
    const LoadResult backwards = load_in_chunks(reordered(kBackwards), 5);
    ASSERT_TRUE(forwards.ok()) << describe(forwards);
    ASSERT_TRUE(backwards.ok()) << describe(backwards);
    EXPECT_EQ(write_dataset_json(*backwards.dataset), write_dataset_json(*forwards.dataset));
}

// Where `needle` first occurs in `text`, as the loader reports places.
TextPosition place_of(const std::string& text, const std::string& needle) {
    const std::size_t offset = text.find(needle);
    EXPECT_NE(offset, std::string::npos) << needle;
    return text_position(text, offset);
}

TEST(DatasetLoadStream, ForwardReferencesAreDecidedAtTheEndWithTheirPlaces) {
    // An entity whose lane, source, district and park are wrong, in a document where the
    // lanes, the sources and the district come after it (and the links before everything).
    const std::string bad_entity = R"({"id": "late-company", "type": "company",
        "name": {"zh": "某公司", "en": "Some company"}, "pinyin": "mou gong si", "pinyinInitials": "mgs",
        "lane": "no-such-lane", "scope": "organisation", "district": "dual-track", "park": "nowhere",
        "summary": {"zh": "测试。", "en": "A test."},
        "sources": [{"source": "no-such-source", "quote": "测试。"}]})";
    for (const auto& order : {kDocumentOrder, kBackwards}) {
        const std::string text = reordered(order, bad_entity);
        const LoadResult r = load_in_chunks(text, 3);
        ASSERT_EQ(r.errors.size(), 4u) << describe(r);
        std::vector<std::string> seen;
        for (const LoadError& e : r.errors) seen.push_back(e.pointer + " " + e.message);
        const std::size_t index = nlohmann::json::parse(text)["entities"].size() - 1;
        const std::string prefix = "/entities/" + std::to_string(index);
        const std::vector<std::string> expected = {
            prefix + "/lane unknown lane \"no-such-lane\"",
            prefix + "/district entity \"dual-track\" is a track, not a district",
            prefix + "/park unknown entity \"nowhere\"",
            prefix + "/sources/0/source unknown source \"no-such-source\"",
        };
        EXPECT_EQ(seen, expected);
        const std::vector<std::string> needles = {"\"no-such-lane\"", "\"dual-track\",\"park\"",
                                                  "\"nowhere\"", "\"no-such-source\""};
        for (std::size_t k = 0; k < needles.size(); ++k) {
            const TextPosition want = place_of(text, needles[k]);
            EXPECT_EQ(r.errors[k].line, want.line) << expected[k];
            EXPECT_EQ(r.errors[k].column, want.column) << expected[k];
        }
    }
}

TEST(DatasetLoadStream, LinksBeforeEntitiesAreCheckedAtTheEnd) {
    std::string text = reordered(kBackwards);
    const std::string from = "\"from\":\"";
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos);
    text.insert(at + from.size(), "ghost-");  // the first link now starts at an unknown entity
    const LoadResult r = load_in_chunks(text, 11);
    ASSERT_EQ(r.errors.size(), 1u) << describe(r);
    EXPECT_EQ(r.errors[0].pointer, "/links/0/from");
    EXPECT_EQ(r.errors[0].message.rfind("unknown entity \"ghost-", 0), 0u) << r.errors[0].message;
    const TextPosition want = text_position(text, at + from.size() - 1);
    EXPECT_EQ(r.errors[0].line, want.line);
    EXPECT_EQ(r.errors[0].column, want.column);
}

TEST(DatasetLoadStream, AnnouncedSizeOverTheLimitIsRefusedUnread) {
    LoadLimits limits;
    limits.max_bytes = 100;
    DatasetLoadStream stream(limits);
    EXPECT_FALSE(stream.expect_size(101));
    stream.feed("{");
    EXPECT_EQ(stream.bytes_fed(), 0u);
    const LoadResult r = stream.finish();
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].message, "the input is 101 bytes, more than the limit of 100 bytes");
    EXPECT_EQ(r.errors[0].message, oversize_message(101, limits));
}

TEST(DatasetLoadStream, UnannouncedSizeOverTheLimitStopsReading) {
    LoadLimits limits;
    limits.max_bytes = 100;
    DatasetLoadStream stream(limits);
    stream.feed(std::string(60, ' '));
    stream.feed(std::string(60, ' '));
    stream.feed(std::string(60, ' '));
    const LoadResult r = stream.finish();
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].line, 1);
    EXPECT_EQ(r.errors[0].message, "the input is larger than the limit of 100 bytes");
}

TEST(DatasetLoadStream, FinishingTwiceIsAnErrorNotACrash) {
    DatasetLoadStream stream;
    stream.feed(embedded_dataset_json());
    EXPECT_TRUE(stream.finish().ok());
    const LoadResult again = stream.finish();
    EXPECT_FALSE(again.ok());
    ASSERT_EQ(again.errors.size(), 1u);
}

TEST(DatasetLoadStream, AnIstreamLoadsLikeItsText) {
    const std::string text(embedded_dataset_json());
    std::istringstream in(text);
    const LoadResult from_stream = load_dataset(in);
    ASSERT_TRUE(from_stream.ok()) << describe(from_stream);
    EXPECT_EQ(write_dataset_json(*from_stream.dataset), write_dataset_json(*load_dataset(text).dataset));
    std::istringstream broken("{\"format\": ");
    const LoadResult bad = load_dataset(broken);
    ASSERT_EQ(bad.errors.size(), 1u);
    EXPECT_NE(bad.errors[0].message.find("syntax error"), std::string::npos);
}

}  // namespace
}  // namespace pe

// dom_builder.h on its own: the skeleton's streamed arrays (only the top-level "entities"
// and "links") come out empty and flagged while other arrays keep their items; a key given
// twice is reported at the key, under the piece's own pointer, and the last value kept; a
// syntax error gives its offset and nlohmann's message without its prefix.
#include "load/dom_builder.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace pe::load {
namespace {

TEST(DomBuilder, TheSkeletonsStreamedArraysComeOutEmpty) {
    const std::string skeleton =
        R"({"lanes": [{"entities": [1, 2]}], "entities": [0, 0, 0], "links": [0], "tags": [1, 2]})";
    nlohmann::json root;
    Errors errors;
    const ParseOutcome parsed = parse_skeleton(skeleton, root, errors);
    ASSERT_FALSE(parsed.failed) << parsed.error_message;
    EXPECT_TRUE(parsed.streamed_entities);
    EXPECT_TRUE(parsed.streamed_links);
    EXPECT_TRUE(root["entities"].is_array());
    EXPECT_TRUE(root["entities"].empty());
    EXPECT_TRUE(root["links"].empty());
    EXPECT_EQ(root["tags"].size(), 2u);
    EXPECT_EQ(root["lanes"][0]["entities"].size(), 2u);  // not top level: not streamed
    EXPECT_TRUE(errors.empty());
}

TEST(DomBuilder, ASkeletonWhoseEntitiesIsNoArrayIsNotStreamed) {
    nlohmann::json root;
    Errors errors;
    const ParseOutcome parsed = parse_skeleton(R"({"entities": {"a": 1}})", root, errors);
    ASSERT_FALSE(parsed.failed);
    EXPECT_FALSE(parsed.streamed_entities);
    EXPECT_FALSE(parsed.streamed_links);
    EXPECT_EQ(root["entities"]["a"], 1);
}

TEST(DomBuilder, ADuplicatedKeyInAPieceIsReportedUnderItsPointer) {
    const std::string piece = R"({"sources": [{"quote": "a"}, {"quote": "b", "quote": "c"}]})";
    nlohmann::json root;
    Errors errors;
    const ParseOutcome parsed = parse_piece(piece, "/entities/3", root, errors);
    ASSERT_FALSE(parsed.failed);
    ASSERT_EQ(errors.list.size(), 1u);
    EXPECT_EQ(errors.list[0].pointer, "/entities/3/sources/1/quote");
    EXPECT_EQ(errors.list[0].anchor, Anchor::Key);
    EXPECT_EQ(errors.list[0].message, "field \"quote\" appears twice in the same object");
    EXPECT_EQ(root["sources"][1]["quote"], "c");  // the last value, as nlohmann keeps it
}

TEST(DomBuilder, ADuplicatedKeyAfterAStreamedArrayNamesItsOwnPlace) {
    nlohmann::json root;
    Errors errors;
    const ParseOutcome parsed = parse_skeleton(R"({"entities": [0, 0], "id": "a", "id": "b"})", root, errors);
    ASSERT_FALSE(parsed.failed);
    ASSERT_EQ(errors.list.size(), 1u);
    EXPECT_EQ(errors.list[0].pointer, "/id");
}

TEST(DomBuilder, ASyntaxErrorGivesItsOffsetAndAPlainMessage) {
    const std::string piece = R"({"a": tru})";
    nlohmann::json root;
    Errors errors;
    const ParseOutcome parsed = parse_piece(piece, "/links/0", root, errors);
    ASSERT_TRUE(parsed.failed);
    EXPECT_EQ(parsed.error_offset, 9u);  // where the parser stopped, at the '}'
    EXPECT_EQ(parsed.error_message.find("[json.exception"), std::string::npos) << parsed.error_message;
    EXPECT_EQ(parsed.error_message.rfind("syntax error while parsing value", 0), 0u) << parsed.error_message;
}

}  // namespace
}  // namespace pe::load

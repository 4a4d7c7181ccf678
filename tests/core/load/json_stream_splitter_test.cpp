// JsonStreamSplitter (json_stream_splitter.h): which parts become pieces, what the skeleton
// holds, how places map back, and that chunk boundaries (inside a key, inside a character)
// change nothing.
#include "load/json_stream_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pe {
namespace {

struct Split {
    std::vector<std::string> pieces;   // "member/index: text"
    std::vector<std::string> members;  // "key=value" of the members that ended
    std::string skeleton;
    std::vector<ScanIssue> issues;
};

Split split(const std::string& text, std::size_t chunk, SplitLimits limits = {1000, 64, 100}) {
    Split out;
    JsonStreamSplitter* self = nullptr;
    SplitEvents events;
    events.piece = [&](const JsonPiece& p) {
        out.pieces.push_back(std::to_string(p.member) + "/" + std::to_string(p.index) + ": " +
                             std::string(p.text));
    };
    events.member_end = [&](std::string_view key, std::size_t begin, std::size_t end) {
        out.members.push_back(std::string(key) + "=" + self->skeleton().substr(begin, end - begin));
    };
    JsonStreamSplitter splitter({"entities", "links"}, limits, events);
    self = &splitter;
    for (std::size_t at = 0; at < text.size(); at += chunk)
        splitter.feed(std::string_view(text).substr(at, chunk));
    splitter.finish();
    out.skeleton = splitter.skeleton();
    out.issues = splitter.issues();
    return out;
}

const std::string kText =
    "{\"id\": \"x\",\n \"entities\": [ {\"a\": [1, {\"b\": \"]\"}]},\n  2 , \"s,t\"],\n"
    " \"links\": [], \"other\": [{\"entities\": [3]}]}";

TEST(JsonStreamSplitter, CutsTheElementsOfTheStreamedArraysOnly) {
    for (const std::size_t chunk : {1, 2, 5, 1000}) {
        const Split s = split(kText, chunk);
        const std::vector<std::string> pieces = {"0/0: {\"a\": [1, {\"b\": \"]\"}]}", "0/1: 2 ",
                                                 "0/2: \"s,t\""};
        EXPECT_EQ(s.pieces, pieces) << chunk;
        EXPECT_EQ(s.skeleton,
                  "{\"id\": \"x\",\n \"entities\": [ 0,\n  0, 0],\n \"links\": [], \"other\": "
                  "[{\"entities\": [3]}]}");
        const std::vector<std::string> members = {"id=\"x\"", "entities=[ 0,\n  0, 0]", "links=[]",
                                                  "other=[{\"entities\": [3]}]"};
        EXPECT_EQ(s.members, members);
        EXPECT_TRUE(s.issues.empty());
    }
}

TEST(JsonStreamSplitter, MapsSkeletonPlacesBackToTheText) {
    JsonStreamSplitter splitter({"entities"}, SplitLimits{1000, 64, 100}, SplitEvents{});
    splitter.feed(kText);
    splitter.finish();
    const std::string& skeleton = splitter.skeleton();
    // The second placeholder is the piece "2" on line 3, column 3.
    const std::size_t second = skeleton.find("0,", skeleton.find("0,") + 1);
    EXPECT_EQ(splitter.original_position(second).line, 3);
    EXPECT_EQ(splitter.original_position(second).column, 3);
    // "links" after the last piece: line 4, column 3 in the text.
    const TextPosition links = splitter.original_position(skeleton.find("\"links\""));
    EXPECT_EQ(links.line, 4);
    EXPECT_EQ(links.column, 2);
    // The closing bracket of the array, just after the third piece "s,t" (line 3, column 12).
    const TextPosition close = splitter.original_position(skeleton.find("],\n \"links\""));
    EXPECT_EQ(close.line, 3);
    EXPECT_EQ(close.column, 12);
    // Before any piece the skeleton is the text.
    EXPECT_EQ(splitter.original_position(1).column, 2);
}

TEST(JsonStreamSplitter, DecodesEscapedKeysLikeTheParser) {
    const Split s = split("{\"entit\\u0069es\": [1, 2]}", 3);
    ASSERT_EQ(s.pieces.size(), 2u);
    EXPECT_EQ(s.skeleton, "{\"entit\\u0069es\": [0, 0]}");
}

TEST(JsonStreamSplitter, LeavesATopLevelArrayAndNonArrayMembersWhole) {
    EXPECT_TRUE(split("[{\"entities\": [1]}]", 2).pieces.empty());
    EXPECT_TRUE(split("{\"entities\": {\"a\": [1]}}", 2).pieces.empty());
}

TEST(JsonStreamSplitter, ReportsBadUtf8AtItsFirstByteWhereverTheChunkEnds) {
    // 中 is E4 B8 AD; cut short before a quote, and a stray continuation byte.
    const std::string text = "{\"entities\": [\"\xE4\xB8\"], \"x\": \"a\xADz\"}";
    for (const std::size_t chunk : {1, 2, 3, 100}) {
        const Split s = split(text, chunk);
        ASSERT_EQ(s.issues.size(), 2u) << chunk;
        EXPECT_EQ(s.issues[0].offset, 15u);
        EXPECT_TRUE(s.issues[0].in_piece);
        EXPECT_EQ(s.issues[0].message, "invalid UTF-8: byte 0xE4 does not begin a well-formed sequence");
        EXPECT_EQ(s.issues[1].offset, 28u);
        EXPECT_FALSE(s.issues[1].in_piece);
        EXPECT_EQ(s.skeleton.substr(s.issues[1].skeleton_offset, 1), "\xAD");
        EXPECT_EQ(s.issues[1].position.column, 29);
    }
}

TEST(JsonStreamSplitter, StopsAtTheFirstBracketTooDeep) {
    const Split s = split("{\"entities\": [[[[[1]]]]], \"x\": \"y\"}", 4, SplitLimits{1000, 4, 100});
    ASSERT_EQ(s.issues.size(), 1u);
    EXPECT_EQ(s.issues[0].offset, 16u);
    EXPECT_EQ(s.issues[0].message, "nesting is deeper than the limit of 4 levels");
    ASSERT_EQ(s.pieces.size(), 1u);
    EXPECT_EQ(s.pieces[0], "0/0: [[[");  // what was read, up to and with the bracket
}

TEST(JsonStreamSplitter, ReportsLongStringsAtTheirOpeningQuote) {
    const Split s = split("{\"entities\": [\"abcdef\"], \"k\": \"abcdefg\"}", 2, SplitLimits{1000, 64, 5});
    ASSERT_EQ(s.issues.size(), 3u);  // the key "entities" too
    EXPECT_EQ(s.issues[0].offset, 1u);
    EXPECT_EQ(s.issues[1].offset, 14u);
    EXPECT_EQ(s.issues[1].message, "a string of 6 bytes is longer than the limit of 5 bytes");
    EXPECT_FALSE(s.issues[0].in_piece);
    EXPECT_TRUE(s.issues[1].in_piece);
    EXPECT_EQ(s.issues[2].offset, 30u);
}

}  // namespace
}  // namespace pe

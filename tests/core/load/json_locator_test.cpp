// json_locator.h: line and column of byte offsets, RFC 6901 tokens, where pointers begin
// (keys, escapes, duplicates, the root), and the value around an offset in broken text.
#include "load/json_locator.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace pe {
namespace {

constexpr std::size_t npos = std::string_view::npos;

TEST(JsonLocator, LineAndColumnAreOneBasedAndCountBytes) {
    const std::string text = "{\n  \"a\": 1,\n  \"名\": 2\n}";
    EXPECT_EQ(text_position(text, 0).line, 1);
    EXPECT_EQ(text_position(text, 0).column, 1);
    EXPECT_EQ(text_position(text, 1).line, 1);  // the '\n' itself ends line 1
    EXPECT_EQ(text_position(text, 1).column, 2);
    EXPECT_EQ(text_position(text, 2).line, 2);
    EXPECT_EQ(text_position(text, 2).column, 1);
    EXPECT_EQ(text_position(text, 4).column, 3);  // the quote of "a"
    // "名" is three bytes: the ':' after it on line 3 is at column 3 + 1 + 3 + 1 = 8.
    const std::size_t colon = text.find(':', text.find("名"));
    EXPECT_EQ(text_position(text, colon).line, 3);
    EXPECT_EQ(text_position(text, colon).column, 8);
    // At or past the end: just after the last byte.
    EXPECT_EQ(text_position(text, text.size()).line, 4);
    EXPECT_EQ(text_position(text, text.size()).column, 2);
    EXPECT_EQ(text_position(text, text.size() + 100).column, 2);
    EXPECT_EQ(text_position("", 0).line, 1);
    EXPECT_EQ(text_position("", 0).column, 1);
}

TEST(JsonLocator, ManyPositionsInAnyOrder) {
    const std::string text = "ab\ncd\n\nef";
    const std::vector<TextPosition> p = text_positions(text, {8, 0, 4, 6, 3, 8});
    ASSERT_EQ(p.size(), 6u);
    EXPECT_EQ(p[0].line, 4);
    EXPECT_EQ(p[0].column, 2);
    EXPECT_EQ(p[1].line, 1);
    EXPECT_EQ(p[1].column, 1);
    EXPECT_EQ(p[2].line, 2);
    EXPECT_EQ(p[2].column, 2);
    EXPECT_EQ(p[3].line, 3);
    EXPECT_EQ(p[3].column, 1);
    EXPECT_EQ(p[4].line, 2);
    EXPECT_EQ(p[4].column, 1);
    EXPECT_EQ(p[5].line, 4);
    EXPECT_EQ(p[5].column, 2);
}

TEST(JsonLocator, PointerTokensEscapeTildeAndSlash) {
    std::string pointer;
    append_pointer_token(pointer, "entities");
    append_pointer_index(pointer, 12);
    append_pointer_token(pointer, "a/b~c");
    append_pointer_token(pointer, "");
    EXPECT_EQ(pointer, "/entities/12/a~1b~0c/");
}

TEST(JsonLocator, LocatesValuesAndTheirKeys) {
    //                       0         1         2         3         4
    //                       0123456789012345678901234567890123456789012345
    const std::string text = R"({"a": [10, {"b": "x"}], "c": {"d": null}})";
    const std::vector<ValueLocation> found =
        locate_pointers(text, {"", "/a", "/a/0", "/a/1", "/a/1/b", "/c/d", "/c", "/missing", "/a/2"});
    ASSERT_EQ(found.size(), 9u);
    EXPECT_EQ(found[0].value_offset, 0u);
    EXPECT_EQ(found[0].key_offset, npos);
    EXPECT_EQ(found[1].key_offset, 1u);
    EXPECT_EQ(found[1].value_offset, 6u);
    EXPECT_EQ(found[2].value_offset, 7u);
    EXPECT_EQ(found[2].key_offset, npos);  // an array element has no key
    EXPECT_EQ(found[3].value_offset, 11u);
    EXPECT_EQ(found[4].key_offset, 12u);
    EXPECT_EQ(found[4].value_offset, 17u);
    EXPECT_EQ(found[5].key_offset, 30u);
    EXPECT_EQ(found[5].value_offset, 35u);
    EXPECT_EQ(found[6].key_offset, 24u);
    EXPECT_EQ(found[6].value_offset, 29u);
    EXPECT_EQ(found[7].value_offset, npos);
    EXPECT_EQ(found[7].key_offset, npos);
    EXPECT_EQ(found[8].value_offset, npos);
}

TEST(JsonLocator, KeysAreDecodedAndEscapedLikeThePointers) {
    const std::string text = R"({"a/b": 1, "t~": 2, "\u540d": 3, "q\"x": 4, "\ud83d\ude00": 5})";
    const std::vector<ValueLocation> found = locate_pointers(text, {"/a~1b", "/t~0", "/名", "/q\"x", "/😀"});
    EXPECT_EQ(found[0].value_offset, text.find(": 1") + 2);
    EXPECT_EQ(found[1].value_offset, text.find(": 2") + 2);
    EXPECT_EQ(found[2].value_offset, text.find(": 3") + 2);
    EXPECT_EQ(found[3].value_offset, text.find(": 4") + 2);
    EXPECT_EQ(found[4].value_offset, text.find(": 5") + 2);
}

TEST(JsonLocator, ADuplicatedKeyGivesItsLastOccurrence) {
    const std::string text = "{\"a\": 1,\n \"a\": 2}";
    const std::vector<ValueLocation> found = locate_pointers(text, {"/a", "/a"});
    EXPECT_EQ(found[0].key_offset, 10u);
    EXPECT_EQ(found[0].value_offset, 15u);
    EXPECT_EQ(found[1].value_offset, 15u);
}

TEST(JsonLocator, StringsWithBracketsAndEscapedQuotesDoNotConfuseIt) {
    const std::string text = R"([ "[{\"", {"k": "}]"}, 3 ])";
    const std::vector<ValueLocation> found = locate_pointers(text, {"/0", "/1/k", "/2"});
    EXPECT_EQ(found[0].value_offset, 2u);
    EXPECT_EQ(found[1].value_offset, text.find("\"}]\""));
    EXPECT_EQ(found[2].value_offset, text.find('3'));
}

TEST(JsonLocator, PositionOfOnePointer) {
    const std::string text =
        "{\n  \"entities\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"date\": \"2025\"}\n  ]\n}";
    EXPECT_EQ(pointer_position(text, "/entities/1/date").line, 4);
    EXPECT_EQ(pointer_position(text, "/entities/1/date").column, 25);
    EXPECT_EQ(pointer_position(text, "/entities/0").column, 5);
    EXPECT_EQ(pointer_position(text, "").line, 1);
    EXPECT_EQ(pointer_position(text, "/entities/2").line, 0);
    EXPECT_EQ(pointer_position(text, "/entities/2").column, 0);
}

TEST(JsonLocator, NamesTheValueAroundAnOffset) {
    const std::string text = R"({"a": [1, "xyz"], "b": {"c": true}})";
    EXPECT_EQ(pointer_at_offset(text, 0), "");
    EXPECT_EQ(pointer_at_offset(text, 2), "");  // inside the key "a": its object
    EXPECT_EQ(pointer_at_offset(text, 6), "/a");
    EXPECT_EQ(pointer_at_offset(text, 7), "/a/0");
    EXPECT_EQ(pointer_at_offset(text, 8), "/a");  // the comma after 1
    EXPECT_EQ(pointer_at_offset(text, 11), "/a/1");
    EXPECT_EQ(pointer_at_offset(text, text.find("true") + 2), "/b/c");
    EXPECT_EQ(pointer_at_offset(text, text.size() - 1), "");
    const std::vector<std::string> many = pointers_at_offsets(text, {11, 0, 7});
    EXPECT_EQ(many, (std::vector<std::string>{"/a/1", "", "/a/0"}));
}

TEST(JsonLocator, NamesTheValueBeingReadInBrokenText) {
    // A trailing comma: the parser stops at ']', inside the array.
    EXPECT_EQ(pointer_at_offset(R"({"tags": ["a", ]})", 15), "/tags");
    // An unterminated string: still open at the end.
    const std::string unterminated = R"({"title": {"zh": "abc)";
    EXPECT_EQ(pointer_at_offset(unterminated, unterminated.size()), "/title/zh");
    // A truncated document.
    const std::string truncated = R"({"entities": [{"id": "x", "name": {)";
    EXPECT_EQ(pointer_at_offset(truncated, truncated.size()), "/entities/0/name");
    // Garbage before the offset does not crash it.
    EXPECT_EQ(pointer_at_offset("}}]]::,,\"", 9), "");
    EXPECT_EQ(pointer_at_offset("", 0), "");
}

TEST(JsonLocator, StopsEarlyInADeepText) {
    const std::string deep(1000000, '[');
    const auto start = std::chrono::steady_clock::now();
    const std::string pointer = pointer_at_offset(deep, 3);
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(pointer, "/0/0/0");
    EXPECT_LT(seconds, 1.0);
    // Scanning all of it costs heap, not stack.
    EXPECT_EQ(locate_pointers(deep, {"/0"})[0].value_offset, 1u);
}

}  // namespace
}  // namespace pe

// load_errors.h on its own, with no load around it: pointers made from paths (escaped),
// the cap on a piece's errors, placing pointers of a piece at document lines and columns
// (on the piece's first line and after it, at a key or at a value), the skeleton's errors
// mapped back, byte-level issues named and capped, and the order of the final list.
#include "load/load_errors.h"

#include <gtest/gtest.h>

namespace pe::load {
namespace {

TEST(LoadErrors, APathBecomesAnEscapedPointer) {
    const Path root;
    const Path odd = root / "a/b";
    const Path tilde = odd / "c~d";
    EXPECT_EQ(pointer_of(root), "");
    EXPECT_EQ(pointer_of(tilde[2]), "/a~1b/c~0d/2");
    EXPECT_EQ(element_pointer("links", 7), "/links/7");
}

TEST(LoadErrors, ErrorsPastTheMaximumAreOnlyCounted) {
    Errors errors;
    errors.max = 2;
    const Path root;
    errors.at(root / "a", "one");
    errors.add(PendingError{"/b", "two", Anchor::Key});
    errors.at(root / "c", "three");
    errors.add(PendingError{"/d", "four", Anchor::Value});
    ASSERT_EQ(errors.list.size(), 2u);
    EXPECT_EQ(errors.list[0].pointer, "/a");
    EXPECT_EQ(errors.list[1].anchor, Anchor::Key);
    EXPECT_EQ(errors.dropped, 2u);
}

TEST(LoadErrors, PlacesAPiecesErrorsAndForwardReferencesInTheDocument) {
    // The piece begins at line 3, column 5 of the document.
    const std::string text = "{\"id\": \"x\", \"lane\": 7,\n  \"park\": \"later\"}";
    Errors errors;
    errors.add(PendingError{"/entities/4/lane", "expected a string", Anchor::Value});
    errors.add(PendingError{"/entities/4/id", "duplicate", Anchor::Key});
    PlacedErrors placed;
    const std::vector<TextPosition> also = place_piece_errors(
        text, TextPosition{3, 5}, std::string("/entities/4").size(), errors, {"/entities/4/park"}, placed);
    ASSERT_EQ(placed.list.size(), 2u);
    EXPECT_EQ(placed.list[0].line, 3);
    EXPECT_EQ(placed.list[0].column, 5 + 20);  // the value 7, on the piece's first line
    EXPECT_EQ(placed.list[0].pointer, "/entities/4/lane");
    EXPECT_EQ(placed.list[1].line, 3);
    EXPECT_EQ(placed.list[1].column, 5 + 1);  // the key "id"
    ASSERT_EQ(also.size(), 1u);
    EXPECT_EQ(also[0].line, 4);  // after the piece's first line, columns are the document's
    EXPECT_EQ(also[0].column, 11);
}

TEST(LoadErrors, PlacesTheSkeletonsErrorsThroughTheMapping) {
    const std::string skeleton = "{\"lanes\": [], \"x\": 1}";
    Errors errors;
    errors.add(PendingError{"/x", "unknown field", Anchor::Key});
    errors.add(PendingError{"/nowhere", "cannot be placed", Anchor::Value});
    errors.dropped = 3;
    PlacedErrors placed;
    place_skeleton_errors(
        skeleton, errors,
        [](std::size_t offset) {
            return TextPosition{10, static_cast<int>(offset)};
        },
        placed);
    ASSERT_EQ(placed.list.size(), 2u);
    EXPECT_EQ(placed.list[0].line, 10);
    EXPECT_EQ(placed.list[0].column, 14);  // the key "x", at offset 14 of the skeleton
    EXPECT_EQ(placed.list[1].line, 0);     // not there: no place
    EXPECT_EQ(placed.list[1].pointer, "/nowhere");
    EXPECT_EQ(placed.dropped, 3u);
}

TEST(LoadErrors, PlacedErrorsKeepToTheirRoom) {
    PlacedErrors placed;
    placed.max = 2;
    EXPECT_EQ(placed.room(), 2u);
    placed.add(LoadError{1, 1, "", "a"});
    placed.add(LoadError{1, 2, "", "b"});
    placed.add(LoadError{1, 3, "", "c"});
    EXPECT_EQ(placed.room(), 0u);
    EXPECT_EQ(placed.list.size(), 2u);
    EXPECT_EQ(placed.dropped, 1u);
}

TEST(LoadErrors, SortsByPlaceKeepingTiesInOrderThenCountsTheDropped) {
    std::vector<LoadError> errors{{2, 1, "", "second line"},
                                  {1, 9, "", "first, later"},
                                  {1, 9, "", "first, later, tie"},
                                  {1, 1, "", "first"}};
    sort_and_cap(errors, 1);
    ASSERT_EQ(errors.size(), 5u);
    EXPECT_EQ(errors[0].message, "first");
    EXPECT_EQ(errors[1].message, "first, later");
    EXPECT_EQ(errors[2].message, "first, later, tie");
    EXPECT_EQ(errors[3].message, "second line");
    EXPECT_EQ(errors[4].message, "1 more error not shown");
    EXPECT_EQ(errors[4].line, 0);
}

TEST(LoadErrors, NamesByteIssuesInTheSkeletonAndCapsThem) {
    const std::string skeleton = "{\"title\": \"bad\", \"entities\": [0]}";
    std::vector<ScanIssue> issues(3);
    issues[0].position = TextPosition{2, 4};
    issues[0].message = "in a piece";
    issues[0].in_piece = true;
    issues[1].position = TextPosition{1, 11};
    issues[1].message = "in the skeleton";
    issues[1].skeleton_offset = 12;  // inside "bad"
    issues[2].position = TextPosition{3, 1};
    issues[2].message = "over the cap";
    issues[2].in_piece = true;
    const std::vector<LoadError> errors = scan_issue_errors(issues, {"/entities/0/name"}, skeleton, 2);
    ASSERT_EQ(errors.size(), 3u);
    EXPECT_EQ(errors[0].pointer, "/title");
    EXPECT_EQ(errors[0].line, 1);
    EXPECT_EQ(errors[1].pointer, "/entities/0/name");
    EXPECT_EQ(errors[1].line, 2);
    EXPECT_EQ(errors[2].message, "1 more error not shown");
}

TEST(LoadErrors, AFailedLoadHasOneMessageAndNoPlace) {
    const LoadResult r = failed_load("out of memory while loading");
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].line, 0);
    EXPECT_EQ(r.errors[0].message, "out of memory while loading");
}

}  // namespace
}  // namespace pe::load

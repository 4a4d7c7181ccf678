// Back and forward through the selection (app/core/explore/selection_history.h): browser rules
// (a new selection drops the forward entries), repeats and empty ids ignored, the size
// limit, and cleaning up after a new dataset.
#include "explore/selection_history.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "model/dataset_index.h"

namespace pe {
namespace {

using Ids = std::vector<std::string>;

SelectionHistory history_of(const Ids& ids) {
    SelectionHistory h;
    for (const std::string& id : ids) record_selection(h, id);
    return h;
}

TEST(SelectionHistory, StartsEmptyAndCannotMove) {
    SelectionHistory h;
    EXPECT_FALSE(can_go_back(h));
    EXPECT_FALSE(can_go_forward(h));
    EXPECT_EQ(go_back(h), "");
    EXPECT_EQ(go_forward(h), "");
    EXPECT_TRUE(h.entries.empty());
    EXPECT_EQ(h.position, 0u);
}

TEST(SelectionHistory, BackAndForwardLikeABrowser) {
    SelectionHistory h = history_of({"a", "b", "c"});
    EXPECT_EQ(h.entries, (Ids{"a", "b", "c"}));
    EXPECT_EQ(h.position, 2u);
    EXPECT_TRUE(can_go_back(h));
    EXPECT_FALSE(can_go_forward(h));
    EXPECT_EQ(go_back(h), "b");
    EXPECT_EQ(go_back(h), "a");
    EXPECT_FALSE(can_go_back(h));
    EXPECT_EQ(go_back(h), "");  // nothing moves
    EXPECT_EQ(h.position, 0u);
    EXPECT_TRUE(can_go_forward(h));
    EXPECT_EQ(go_forward(h), "b");
    EXPECT_EQ(h.position, 1u);
    // A new selection from the middle drops "c".
    record_selection(h, "d");
    EXPECT_EQ(h.entries, (Ids{"a", "b", "d"}));
    EXPECT_EQ(h.position, 2u);
    EXPECT_FALSE(can_go_forward(h));
    EXPECT_EQ(go_forward(h), "");
}

TEST(SelectionHistory, IgnoresEmptyIdsAndRepeatsOfTheCurrentEntry) {
    SelectionHistory h = history_of({"a", "a", "", "b", "b"});
    EXPECT_EQ(h.entries, (Ids{"a", "b"}));
    // Going back and then "selecting" what is now current (as the view does when it
    // applies the move) keeps the forward entries.
    EXPECT_EQ(go_back(h), "a");
    record_selection(h, "a");
    EXPECT_EQ(h.entries, (Ids{"a", "b"}));
    EXPECT_TRUE(can_go_forward(h));
    // An earlier entry that is not current is a new visit.
    h = history_of({"a", "b", "a"});
    EXPECT_EQ(h.entries, (Ids{"a", "b", "a"}));
}

TEST(SelectionHistory, KeepsTheNewestEntriesUpToTheLimit) {
    SelectionHistory h;
    for (int i = 0; i < 300; ++i) record_selection(h, "e" + std::to_string(i));
    ASSERT_EQ(h.entries.size(), kSelectionHistoryLimit);
    EXPECT_EQ(kSelectionHistoryLimit, 256u);
    EXPECT_EQ(h.entries.front(), "e44");
    EXPECT_EQ(h.entries.back(), "e299");
    EXPECT_EQ(h.position, 255u);
    EXPECT_EQ(go_back(h), "e298");
}

Dataset with_ids(const Ids& ids) {
    Dataset d;
    for (const std::string& id : ids) {
        Entity e;
        e.id = id;
        d.entities.push_back(e);
    }
    d.index = build_dataset_index(d.entities, d.links);
    return d;
}

TEST(SelectionHistory, DropMissingKeepsThePositionOnItsEntry) {
    SelectionHistory h = history_of({"a", "b", "a", "c", "d"});
    EXPECT_EQ(go_back(h), "c");
    drop_missing(h, with_ids({"a", "c", "d"}));
    // "b" goes; the two "a" around it merge into one.
    EXPECT_EQ(h.entries, (Ids{"a", "c", "d"}));
    EXPECT_EQ(h.position, 1u);  // still on "c"
    EXPECT_EQ(go_forward(h), "d");
}

TEST(SelectionHistory, DropMissingMovesOffARemovedCurrentEntryToAnEarlierOne) {
    SelectionHistory h = history_of({"a", "b", "c"});
    go_back(h);  // on "b"
    drop_missing(h, with_ids({"a", "c"}));
    EXPECT_EQ(h.entries, (Ids{"a", "c"}));
    EXPECT_EQ(h.position, 0u);
    EXPECT_EQ(go_forward(h), "c");

    h = history_of({"x", "a"});
    go_back(h);  // on "x", which goes: nothing earlier is kept
    drop_missing(h, with_ids({"a"}));
    EXPECT_EQ(h.entries, (Ids{"a"}));
    EXPECT_EQ(h.position, 0u);

    drop_missing(h, with_ids({}));
    EXPECT_TRUE(h.entries.empty());
    EXPECT_EQ(h.position, 0u);
    EXPECT_FALSE(can_go_back(h));
    EXPECT_FALSE(can_go_forward(h));
}

}  // namespace
}  // namespace pe

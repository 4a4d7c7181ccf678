// data_string.h and id_map.h: owned and borrowed strings, comparisons, the arena's chunks
// (earlier strings never move), shared repeated values, a Dataset copy keeping its views
// valid, and ids looked up with any string.
#include "model/data_string.h"

#include <gtest/gtest.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "model/id_map.h"

namespace pe {
namespace {

TEST(DataString, AnOwnedCopyIsIndependentOfItsSource) {
    std::string source = "policy-a";
    DataString s = source;
    source[0] = 'X';
    EXPECT_TRUE(s.owned());
    EXPECT_EQ(s, "policy-a");
    EXPECT_EQ(s.size(), 8u);
    EXPECT_EQ(s.c_str()[8], '\0');
    DataString copy = s;
    EXPECT_NE(copy.data(), s.data());
    EXPECT_EQ(copy, s);
    DataString moved = std::move(copy);
    EXPECT_EQ(moved, "policy-a");
    // A moved-from string is empty, and still a valid C string.
    EXPECT_TRUE(copy.empty());       // NOLINT(bugprone-use-after-move,clang-analyzer-cplusplus.Move)
    EXPECT_STREQ(copy.c_str(), "");  // NOLINT(bugprone-use-after-move,clang-analyzer-cplusplus.Move)
}

TEST(DataString, ComparesWithEveryKindOfString) {
    const DataString a = "beta";
    EXPECT_TRUE(a == "beta");
    EXPECT_TRUE("beta" == a);
    EXPECT_TRUE(a == std::string("beta"));
    EXPECT_TRUE(std::string_view("beta") == a);
    EXPECT_TRUE(a != "alpha");
    EXPECT_TRUE(DataString("alpha") < a);
    EXPECT_TRUE(a > std::string("alpha"));
    EXPECT_EQ(std::string("x-") + a, "x-beta");
    EXPECT_EQ(a.find("ta"), 2u);
    EXPECT_EQ(a.substr(1, 2), "et");
    std::ostringstream out;
    out << a;
    EXPECT_EQ(out.str(), "beta");
    const std::string_view view = a;
    EXPECT_EQ(view.data(), a.data());
}

TEST(StringArena, StoresNulTerminatedCopiesThatNeverMove) {
    StringArena arena;
    std::vector<DataString> stored;
    std::vector<const char*> where;
    for (int i = 0; i < 20000; ++i) {  // many chunks
        stored.push_back(arena.store("entity-" + std::to_string(i)));
        where.push_back(stored.back().data());
    }
    for (int i = 0; i < 20000; ++i) {
        EXPECT_EQ(stored[static_cast<std::size_t>(i)], "entity-" + std::to_string(i));
        EXPECT_EQ(stored[static_cast<std::size_t>(i)].data(), where[static_cast<std::size_t>(i)]);
        EXPECT_FALSE(stored[static_cast<std::size_t>(i)].owned());
    }
    EXPECT_EQ(stored[5].c_str()[stored[5].size()], '\0');
    EXPECT_GE(arena.allocated_bytes(), arena.used_bytes());
    EXPECT_LT(arena.allocated_bytes(), arena.used_bytes() * 2);  // chunks are mostly filled
    const std::string huge(300000, 'q');  // over a quarter of a chunk: a chunk of its own
    EXPECT_EQ(arena.store(huge), huge);
    EXPECT_TRUE(arena.store("").empty());
}

TEST(StringArena, ARepeatedValueIsStoredOnce) {
    StringArena arena;
    const DataString a = arena.store_shared("synthetic-article");
    const std::size_t used = arena.used_bytes();
    const DataString b = arena.store_shared("synthetic-article");
    EXPECT_EQ(a.data(), b.data());
    EXPECT_EQ(arena.used_bytes(), used);
    EXPECT_NE(arena.store("synthetic-article").data(), a.data());  // store always copies
}

TEST(DataString, ACopiedDatasetKeepsViewingTheSameArena) {
    auto arena = std::make_shared<StringArena>();
    auto original = std::make_unique<Dataset>();
    Entity e;
    e.id = arena->store("park-1");
    e.name.zh = arena->store("园区");
    original->entities.push_back(e);
    original->strings = arena;
    arena.reset();
    const Dataset copy = *original;
    const char* bytes = original->entities[0].id.data();
    original.reset();  // the copy holds the arena alive
    EXPECT_EQ(copy.entities[0].id.data(), bytes);
    EXPECT_EQ(copy.entities[0].id, "park-1");
    EXPECT_EQ(copy.entities[0].name.zh, "园区");
}

TEST(IdMap, LooksUpWithAnyStringAndKeepsTheFirstPosition) {
    IdMap map;
    EXPECT_TRUE(map.emplace("a", 0));
    EXPECT_FALSE(map.emplace(std::string("a"), 5));
    map[DataString("b")] = 1;
    EXPECT_EQ(map.at("a"), 0u);
    EXPECT_EQ(map.find(DataString("b"))->second, 1u);
    EXPECT_EQ(map.count(std::string_view("c")), 0u);
    EXPECT_TRUE(map.find("c") == map.end());
    const IdMap copy = map;  // its own keys
    map.clear();
    EXPECT_EQ(copy.size(), 2u);
    EXPECT_EQ(copy.at("b"), 1u);
}

}  // namespace
}  // namespace pe

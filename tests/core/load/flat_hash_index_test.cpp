// FlatHashIndex (flat_hash_index.h): finds what was inserted through growth, tells equal
// hashes apart by the caller's test, replaces in place, and reports absence.
#include "load/flat_hash_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pe {
namespace {

TEST(FlatHashIndex, FindsEveryKeyThroughGrowth) {
    std::vector<std::string> keys;
    FlatHashIndex index;
    for (std::uint32_t k = 0; k < 5000; ++k) {
        keys.push_back("entity-" + std::to_string(k));
        index.insert(hash_bytes(keys.back()), k);
    }
    EXPECT_EQ(index.size(), 5000u);
    for (std::uint32_t k = 0; k < 5000; ++k) {
        EXPECT_EQ(index.find(hash_bytes(keys[k]), [&](std::uint32_t v) { return keys[v] == keys[k]; }), k);
    }
    EXPECT_EQ(
        index.find(hash_bytes("entity-5000"), [&](std::uint32_t v) { return keys[v] == "entity-5000"; }),
        kNotFound);
}

TEST(FlatHashIndex, EqualHashesAreToldApartByTheCaller) {
    const std::vector<std::string> names = {"a", "b", "c"};
    FlatHashIndex index;
    for (std::uint32_t k = 0; k < 3; ++k) index.insert(42, k);  // every key collides
    for (std::uint32_t k = 0; k < 3; ++k) {
        EXPECT_EQ(index.find(42, [&](std::uint32_t v) { return names[v] == names[k]; }), k);
    }
    index.replace(
        42, [&](std::uint32_t v) { return v == 1; }, 7);
    EXPECT_EQ(index.find(42, [](std::uint32_t v) { return v == 7; }), 7u);
    EXPECT_EQ(index.find(42, [](std::uint32_t v) { return v == 1; }), kNotFound);
    index.clear();
    EXPECT_EQ(index.size(), 0u);
    EXPECT_EQ(index.find(42, [](std::uint32_t) { return true; }), kNotFound);
}

TEST(FlatHashIndex, HashOfBytesIsStableAndSeeded) {
    EXPECT_EQ(hash_bytes("abc"), hash_bytes(std::string("abc")));
    EXPECT_NE(hash_bytes("abc"), hash_bytes("abd"));
    EXPECT_NE(hash_bytes("abc", 1), hash_bytes("abc", 2));
}

}  // namespace
}  // namespace pe

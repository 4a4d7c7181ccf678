// The trigram index under search (app/core/search/gram_index.h): the join finds every
// document holding a key (a superset, never fewer), in increasing order, reads no further
// than the visitor wants, and visits nothing for keys too short to have a trigram.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "search/gram_index.h"

namespace pe {
namespace {

// Each document is one or two texts.
GramIndex index_of(const std::vector<std::vector<std::string>>& docs) {
    return build_gram_index(static_cast<std::uint32_t>(docs.size()), 64,
                            [&](std::uint32_t doc, std::vector<std::string_view>& texts) {
                                for (const std::string& text : docs[doc]) texts.emplace_back(text);
                            });
}

std::vector<std::uint32_t> joined(const GramIndex& index, std::string_view key) {
    std::vector<std::uint32_t> docs;
    join_trigrams(index, key, [&](std::uint32_t doc) {
        docs.push_back(doc);
        return true;
    });
    return docs;
}

const std::vector<std::vector<std::string>> kDocs = {
    {"stem cell", "北京干细胞"}, {"cell therapy"}, {"海淀区", "haidian"}, {"干细胞治疗", "stem"}, {""},
};

TEST(GramIndex, JoinFindsEveryDocumentHoldingTheKeyInOrder) {
    const GramIndex index = index_of(kDocs);
    // Buckets are shared, so a join may name more documents, never fewer: the expected ones
    // must be among those named.
    const auto has = [](const std::vector<std::uint32_t>& docs, std::uint32_t doc) {
        return std::find(docs.begin(), docs.end(), doc) != docs.end();
    };
    const std::vector<std::uint32_t> cell = joined(index, "cell");
    EXPECT_TRUE(has(cell, 0));
    EXPECT_TRUE(has(cell, 1));
    EXPECT_TRUE(std::is_sorted(cell.begin(), cell.end()));
    const std::vector<std::uint32_t> stem_cell = joined(index, "干细胞");
    EXPECT_TRUE(has(stem_cell, 0));
    EXPECT_TRUE(has(stem_cell, 3));
    EXPECT_FALSE(has(stem_cell, 4));  // the empty document holds no trigram at all
    // A key spread over two texts of one document is not one trigram run, but each of its
    // trigrams' buckets holds the document: the join stays a superset either way.
    EXPECT_TRUE(has(joined(index, "haidian"), 2));
}

TEST(GramIndex, JoinStopsWhenTheVisitorSaysSo) {
    const GramIndex index = index_of({{"abcdef"}, {"abcdef"}, {"abcdef"}});
    std::vector<std::uint32_t> seen;
    join_trigrams(index, "bcd", [&](std::uint32_t doc) {
        seen.push_back(doc);
        return seen.size() < 2;
    });
    EXPECT_EQ(seen, (std::vector<std::uint32_t>{0, 1}));
}

TEST(GramIndex, ShortKeysAndContinuationBytesVisitNothing) {
    const GramIndex index = index_of(kDocs);
    EXPECT_TRUE(joined(index, "ce").empty());
    EXPECT_TRUE(joined(index, "\x80\x80\x80").empty());
    EXPECT_TRUE(joined(GramIndex{}, "cell").empty());  // an index never built
}

TEST(GramIndex, ListsHoldEachDocumentOncePerBucket) {
    // "aaaa" repeats the trigram "aaa": one posting, so the list of its bucket is one byte.
    const GramIndex index = index_of({{"aaaa", "aaa"}});
    std::size_t bytes = 0;
    for (std::size_t b = 0; b + 1 < index.offsets.size(); ++b)
        bytes += index.offsets[b + 1] - index.offsets[b];
    EXPECT_EQ(bytes, 1u);
    EXPECT_EQ(joined(index, "aaa"), (std::vector<std::uint32_t>{0}));
}

}  // namespace
}  // namespace pe

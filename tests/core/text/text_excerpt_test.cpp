#include "text/text_excerpt.h"

#include <gtest/gtest.h>

namespace pe {
namespace {

TEST(FirstSentence, ChineseEnglishLinesAndWholeText) {
    EXPECT_EQ(first_sentence("首个干细胞药物。随后获批。"), "首个干细胞药物。");
    EXPECT_EQ(first_sentence("The first drug. Then more."), "The first drug.");
    EXPECT_EQ(first_sentence("Version 1.5 of it. Next"), "Version 1.5 of it.");
    EXPECT_EQ(first_sentence("line one\nline two"), "line one");
    EXPECT_EQ(first_sentence("no end at all"), "no end at all");
    EXPECT_EQ(first_sentence(""), "");
}

}  // namespace
}  // namespace pe

#include "text/text_format.h"

#include <gtest/gtest.h>

namespace pe {
namespace {

TEST(FormatText, FillsNumberedPlaceholdersInAnyOrder) {
    EXPECT_EQ(format_text("{0} of {1} shown", {"3", "40"}), "3 of 40 shown");
    EXPECT_EQ(format_text("显示 {0} / {1}", {"3", "40"}), "显示 3 / 40");
    EXPECT_EQ(format_text("{1}, then {0}", {"a", "b"}), "b, then a");
    EXPECT_EQ(format_text("no placeholders", {"unused"}), "no placeholders");
    EXPECT_EQ(format_text("", {"x"}), "");
    EXPECT_EQ(format_text("{0}", {""}), "");
}

TEST(FormatText, ARepeatedPlaceholderIsFilledEachTime) {
    EXPECT_EQ(format_text("{0}-{0}-{1}-{0}", {"x", "y"}), "x-x-y-x");
}

TEST(FormatText, AMissingArgumentLeavesItsPlaceholderVisible) {
    EXPECT_EQ(format_text("{0} and {2}", {"a", "b"}), "a and {2}");
    EXPECT_EQ(format_text("{0}", {}), "{0}");
    EXPECT_EQ(format_text("{10}", {"a", "b"}), "{10}");
}

TEST(FormatText, DoubledBracesAreLiteralAndOtherBracesStayAsWritten) {
    EXPECT_EQ(format_text("{{0}} is {0}", {"x"}), "{0} is x");
    EXPECT_EQ(format_text("{{{0}}}", {"x"}), "{x}");
    EXPECT_EQ(format_text("{name} {} {-1} { 0} } {", {"x"}), "{name} {} {-1} { 0} } {");
    EXPECT_EQ(format_text("{0", {"x"}), "{0");
    EXPECT_EQ(format_text("{1234567}", {"x"}), "{1234567}");  // too many digits: text
}

TEST(FormatText, ArgumentsAreNeverFormatsThemselves) {
    EXPECT_EQ(format_text("{0} {1}", {"{1}", "%s %d 100%"}), "{1} %s %d 100%");
    EXPECT_EQ(format_text("100% {0}", {"x"}), "100% x");
}

TEST(PlaceholderIndices, ListsEachArgumentNumberOnceAscending) {
    EXPECT_EQ(placeholder_indices("{1} {0} {1}"), (std::vector<std::size_t>{0, 1}));
    EXPECT_EQ(placeholder_indices("{{0}} {2}"), (std::vector<std::size_t>{2}));
    EXPECT_TRUE(placeholder_indices("plain {x} text").empty());
}

TEST(EscapePercent, DoublesEveryPercentSign) {
    EXPECT_EQ(escape_percent("Years"), "Years");
    EXPECT_EQ(escape_percent("100% %d"), "100%% %%d");
    EXPECT_EQ(escape_percent(""), "");
}

}  // namespace
}  // namespace pe

// layout_settings.h: what is written reads back the same, and stored text that is old, out
// of range or edited by hand changes nothing it should not.
#include "session/layout_settings.h"

#include <gtest/gtest.h>

#include <sstream>

namespace pe {
namespace {

TEST(LayoutSettings, WrittenLinesReadBack) {
    LayoutSettings chosen;
    chosen.timeline_share = 0.3125f;
    chosen.details_share = 0.55f;
    chosen.theme = Theme::Light;
    const std::string text = write_layout_settings(chosen);
    EXPECT_EQ(text, "timeline_share=0.3125\ndetails_share=0.5500\ntheme=light\n");
    LayoutSettings read;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) EXPECT_TRUE(read_layout_setting(line, read)) << line;
    EXPECT_FLOAT_EQ(read.timeline_share, 0.3125f);
    EXPECT_FLOAT_EQ(read.details_share, 0.55f);
    EXPECT_EQ(read.theme, Theme::Light);
}

TEST(LayoutSettings, BadLinesChangeNothing) {
    LayoutSettings settings;
    for (const char* line : {"timeline_share=0.95", "timeline_share=0.1", "timeline_share=nan",
                             "timeline_share=", "timeline_share=0.5x", "details_share=0.9", "theme=purple",
                             "colour=red", "no equals", ""}) {
        EXPECT_FALSE(read_layout_setting(line, settings)) << line;
    }
    EXPECT_FLOAT_EQ(settings.timeline_share, LayoutSettings{}.timeline_share);
    EXPECT_FLOAT_EQ(settings.details_share, LayoutSettings{}.details_share);
    EXPECT_EQ(settings.theme, Theme::Dark);
    EXPECT_TRUE(read_layout_setting("details_share=0.2\r", settings));  // a file saved on Windows
    EXPECT_FLOAT_EQ(settings.details_share, 0.2f);
}

}  // namespace
}  // namespace pe

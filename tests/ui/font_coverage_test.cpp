// Every character the dataset or the UI can show must be in the embedded font subset and
// in the atlas ImGui builds from it; otherwise a reader sees "?" boxes.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <string>

#include "load/embedded_assets.h"
#include "ui_fonts.h"

#define STB_TRUETYPE_IMPLEMENTATION
#define STBTT_STATIC
#include "imstb_truetype.h"

namespace pe {
namespace {

void collect(const nlohmann::json& node, std::set<unsigned>& out) {
    auto add_text = [&out](const std::string& text) {
        for (std::size_t i = 0; i < text.size();) {
            unsigned int codepoint = 0;
            const int length = ImTextCharFromUtf8(&codepoint, text.c_str() + i, text.c_str() + text.size());
            i += static_cast<std::size_t>(length > 0 ? length : 1);
            if (codepoint >= 0x20) out.insert(codepoint);
        }
    };
    if (node.is_string()) add_text(node.get<std::string>());
    if (node.is_object()) {
        for (const auto& [key, value] : node.items()) {
            add_text(key);
            collect(value, out);
        }
    }
    if (node.is_array()) {
        for (const auto& value : node) collect(value, out);
    }
}

// Non-ASCII characters in the string literals of the UI and core sources ("年", "…"), in
// every sub-folder (app/core is cut into feature folders). Returns how many files it read
// below a sub-folder, so a walk that stops at the top folder cannot pass unnoticed.
std::size_t collect_source_literals(std::set<unsigned>& out) {
    std::size_t nested_files = 0;
    for (const char* folder : {"/app/core", "/app/ui"}) {
        const std::filesystem::path root = std::string(PE_SOURCE_DIR) + folder;
        for (const auto& file : std::filesystem::recursive_directory_iterator(root)) {
            const std::string extension = file.path().extension().string();
            if (!file.is_regular_file() || (extension != ".cpp" && extension != ".h")) continue;
            if (file.path().parent_path() != root) ++nested_files;
            std::ifstream in(file.path());
            const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            // The same literal rule as scripts/generate_assets.py, escapes included.
            static const std::regex literal_rule(R"re("((?:[^"\\\n]|\\.)*)")re");
            for (std::sregex_iterator it(text.begin(), text.end(), literal_rule), end; it != end; ++it) {
                std::string literal = (*it)[1].str();
                literal.erase(std::remove_if(literal.begin(), literal.end(),
                                             [](char c) { return static_cast<unsigned char>(c) < 0x80; }),
                              literal.end());
                collect(nlohmann::json(literal), out);
            }
        }
    }
    return nested_files;
}

std::set<unsigned> shown_characters() {
    std::set<unsigned> chars;
    collect(nlohmann::json::parse(embedded_dataset_json()), chars);
    collect(nlohmann::json::parse(embedded_ui_strings_json()), chars);
    EXPECT_GT(collect_source_literals(chars), 0u) << "no source file read below app/core or app/ui";
    for (unsigned c = 0x20; c < 0x7f; ++c) chars.insert(c);
    return chars;
}

TEST(FontCoverage, EmbeddedSubsetHasAGlyphForEveryCharacterShown) {
    const std::string_view font = embedded_font_otf();
    ASSERT_GT(font.size(), 1000u);
    const auto* data = reinterpret_cast<const unsigned char*>(font.data());
    stbtt_fontinfo info;
    ASSERT_EQ(stbtt_InitFont(&info, data, stbtt_GetFontOffsetForIndex(data, 0)), 1);
    const std::set<unsigned> chars = shown_characters();
    EXPECT_GT(chars.size(), 200u);  // the dataset is Chinese: far more than ASCII
    std::string missing;
    for (const unsigned c : chars) {
        if (c != 0x20 && stbtt_FindGlyphIndex(&info, static_cast<int>(c)) == 0)
            missing += "U+" + std::to_string(c) + " ";
    }
    EXPECT_TRUE(missing.empty()) << "no glyph in the font subset for: " << missing;
}

TEST(FontCoverage, AtlasBuiltByTheProgramHasEveryCharacterShown) {
    ImGui::CreateContext();
    ASSERT_TRUE(load_ui_fonts(17.0f));
    const ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    std::string missing;
    for (const unsigned c : shown_characters()) {
        if (c > 0xFFFF) continue;  // ImWchar is 16-bit in this build
        if (font->FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr)
            missing += "U+" + std::to_string(c) + " ";
    }
    EXPECT_TRUE(missing.empty()) << "not in the ImGui atlas: " << missing;
    ImGui::DestroyContext();
}

TEST(FontCoverage, SubsetIsSmallEnoughForThePage) {
    // The whole Noto Sans CJK collection is ~20 MB; the page must never carry that.
    EXPECT_LT(embedded_font_otf().size(), 1500u * 1024u);
}

}  // namespace
}  // namespace pe

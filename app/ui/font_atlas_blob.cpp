// Implements the saved font atlas (font_atlas_blob.h). Layout, little-endian:
//   "PEFA" u32 version | f32 size, ascent, descent | u32 width, height, rects, glyphs
//   rects x (u16 x, u16 y, u16 w, u16 h) | glyphs x (u32 codepoint, 9 x f32: x0 y0 x1 y1
//   u0 v0 u1 v1 advance) | pixels: (varint zeros, varint n, n bytes) until width x height.
// Loading goes through ImFontAtlas::Build with a builder that reads these bytes (the saved
// bytes stand where a font file would), so ImGui finishes the atlas as after its own build.
#include "font_atlas_blob.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace pe {

namespace {

constexpr char kMagic[4] = {'P', 'E', 'F', 'A'};
constexpr std::uint32_t kVersion = 1;

void put_u32(std::string& out, std::uint32_t value) {
    for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<char>((value >> shift) & 0xFFu));
}
void put_f32(std::string& out, float value) {
    std::uint32_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    put_u32(out, bits);
}
void put_varint(std::string& out, std::size_t value) {
    while (value >= 0x80) {
        out.push_back(static_cast<char>((value & 0x7F) | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<char>(value));
}

// Reads the saved bytes front to back; any read past the end makes `ok` false for good.
struct Reader {
    std::string_view bytes;
    std::size_t at = 0;
    bool ok = true;

    bool has(std::size_t n) {
        ok = ok && bytes.size() - at >= n;
        return ok;
    }
    std::uint32_t u32() {
        if (!has(4)) return 0;
        std::uint32_t value = 0;
        for (int i = 0; i < 4; ++i)
            value |= static_cast<std::uint32_t>(
                         static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]))
                     << (8 * i);
        at += 4;
        return value;
    }
    float f32() {
        const std::uint32_t bits = u32();
        float value = 0.0f;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    std::size_t varint() {
        std::size_t value = 0;
        for (int shift = 0; shift < 64 && has(1); shift += 7) {
            const auto byte = static_cast<unsigned char>(bytes[at++]);
            value |= static_cast<std::size_t>(byte & 0x7F) << shift;
            if ((byte & 0x80) == 0) return value;
        }
        ok = false;
        return 0;
    }
};

struct SavedHeader {
    float size = 0.0f;
    float ascent = 0.0f;
    float descent = 0.0f;
    int width = 0;
    int height = 0;
    std::uint32_t rects = 0;
    std::uint32_t glyphs = 0;
};

bool read_header(Reader& in, SavedHeader& header) {
    if (!in.has(4) || std::memcmp(in.bytes.data(), kMagic, 4) != 0) return false;
    in.at = 4;
    if (in.u32() != kVersion) return false;
    header.size = in.f32();
    header.ascent = in.f32();
    header.descent = in.f32();
    header.width = static_cast<int>(in.u32());
    header.height = static_cast<int>(in.u32());
    header.rects = in.u32();
    header.glyphs = in.u32();
    return in.ok && header.size > 0.0f && header.width > 0 && header.height > 0 && header.width <= 16384 &&
           header.height <= 16384;
}

// Unfolds the zero runs into `pixels` (width x height bytes): false unless they fill it exactly.
bool read_pixels(Reader& in, unsigned char* pixels, std::size_t count) {
    std::size_t filled = 0;
    while (filled < count) {
        const std::size_t zeros = in.varint();
        const std::size_t literal = in.varint();
        if (!in.ok || zeros > count - filled || literal > count - filled - zeros || !in.has(literal))
            return false;
        std::memset(pixels + filled, 0, zeros);
        filled += zeros;
        std::memcpy(pixels + filled, in.bytes.data() + in.at, literal);
        filled += literal;
        in.at += literal;
    }
    return in.at == in.bytes.size();
}

// ImFontAtlas::Build's builder for a saved atlas: the one font's "font data" is the saved bytes.
bool build_from_saved(ImFontAtlas* atlas) {
    if (atlas->ConfigData.Size != 1) return false;
    ImFontConfig& config = atlas->ConfigData[0];
    Reader in{std::string_view(static_cast<const char*>(config.FontData),
                               static_cast<std::size_t>(config.FontDataSize))};
    SavedHeader header;
    if (!read_header(in, header)) return false;

    ImFontAtlasBuildInit(atlas);  // registers the white pixel, cursors and lines rectangles
    atlas->TexID = nullptr;
    atlas->ClearTexData();
    if (atlas->CustomRects.Size != static_cast<int>(header.rects)) return false;
    for (ImFontAtlasCustomRect& rect : atlas->CustomRects) {
        const std::uint32_t xy = in.u32();
        const std::uint32_t wh = in.u32();
        if (rect.Width != (wh & 0xFFFFu) || rect.Height != (wh >> 16)) return false;
        rect.X = static_cast<unsigned short>(xy & 0xFFFFu);
        rect.Y = static_cast<unsigned short>(xy >> 16);
    }
    atlas->TexWidth = header.width;
    atlas->TexHeight = header.height;
    atlas->TexUvScale =
        ImVec2(1.0f / static_cast<float>(header.width), 1.0f / static_cast<float>(header.height));

    ImFont* font = config.DstFont;
    ImFontAtlasBuildSetupFont(atlas, font, &config, header.ascent, header.descent);
    for (std::uint32_t i = 0; i < header.glyphs && in.ok; ++i) {
        const std::uint32_t codepoint = in.u32();
        float v[9];
        for (float& value : v) value = in.f32();
        // The saved values already carry the config's snapping and spacing: no config here.
        font->AddGlyph(nullptr, static_cast<ImWchar>(codepoint), v[0], v[1], v[2], v[3], v[4], v[5], v[6],
                       v[7], v[8]);
    }
    if (!in.ok) return false;
    const std::size_t count =
        static_cast<std::size_t>(header.width) * static_cast<std::size_t>(header.height);
    atlas->TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(count));
    if (!read_pixels(in, atlas->TexPixelsAlpha8, count)) return false;
    ImFontAtlasBuildFinish(atlas);  // renders the cursors and lines, builds the lookup tables
    return true;
}

const ImFontBuilderIO* saved_atlas_builder() {
    static ImFontBuilderIO builder{&build_from_saved};
    return &builder;
}

}  // namespace

std::string save_font_atlas(const ImFontAtlas& atlas) {
    if (atlas.Fonts.Size != 1 || atlas.ConfigData.Size != 1 || atlas.TexPixelsAlpha8 == nullptr) return {};
    const ImFont& font = *atlas.Fonts[0];
    std::string out(kMagic, sizeof kMagic);
    put_u32(out, kVersion);
    put_f32(out, atlas.ConfigData[0].SizePixels);
    put_f32(out, font.Ascent);
    put_f32(out, font.Descent);
    put_u32(out, static_cast<std::uint32_t>(atlas.TexWidth));
    put_u32(out, static_cast<std::uint32_t>(atlas.TexHeight));
    put_u32(out, static_cast<std::uint32_t>(atlas.CustomRects.Size));
    put_u32(out, static_cast<std::uint32_t>(font.Glyphs.Size));
    for (const ImFontAtlasCustomRect& rect : atlas.CustomRects) {
        put_u32(out, rect.X | (static_cast<std::uint32_t>(rect.Y) << 16));
        put_u32(out, rect.Width | (static_cast<std::uint32_t>(rect.Height) << 16));
    }
    for (const ImFontGlyph& glyph : font.Glyphs) {
        put_u32(out, glyph.Codepoint);
        for (float value :
             {glyph.X0, glyph.Y0, glyph.X1, glyph.Y1, glyph.U0, glyph.V0, glyph.U1, glyph.V1, glyph.AdvanceX})
            put_f32(out, value);
    }
    const std::size_t count =
        static_cast<std::size_t>(atlas.TexWidth) * static_cast<std::size_t>(atlas.TexHeight);
    const unsigned char* pixels = atlas.TexPixelsAlpha8;
    for (std::size_t at = 0; at < count;) {
        std::size_t zeros = 0;
        while (at + zeros < count && pixels[at + zeros] == 0) ++zeros;
        std::size_t literal = 0;
        // A literal run ends at the next run of 4 zeros (shorter ones cost less kept inline).
        while (at + zeros + literal < count) {
            const std::size_t from = at + zeros + literal;
            std::size_t run = 0;
            while (run < 4 && from + run < count && pixels[from + run] == 0) ++run;
            if (run == 4 || from + run == count) {
                if (from + run == count && run < 4) literal += run;
                break;
            }
            literal += run + 1;
        }
        put_varint(out, zeros);
        put_varint(out, literal);
        out.append(reinterpret_cast<const char*>(pixels + at + zeros), literal);
        at += zeros + literal;
    }
    return out;
}

float saved_font_atlas_pixels(std::string_view saved) {
    Reader in{saved};
    SavedHeader header;
    return read_header(in, header) ? header.size : 0.0f;
}

bool load_font_atlas(ImFontAtlas& atlas, std::string_view saved) {
    atlas.Clear();
    const float size = saved_font_atlas_pixels(saved);
    if (size <= 0.0f) return false;
    ImFontConfig config;
    config.FontData = const_cast<char*>(saved.data());
    config.FontDataSize = static_cast<int>(saved.size());
    config.FontDataOwnedByAtlas = false;
    config.SizePixels = size;
    atlas.FontBuilderIO = saved_atlas_builder();  // a rebuild reads the saved bytes again
    if (atlas.AddFont(&config) == nullptr || !atlas.Build()) {
        atlas.Clear();
        atlas.FontBuilderIO = nullptr;
        return false;
    }
    return true;
}

}  // namespace pe

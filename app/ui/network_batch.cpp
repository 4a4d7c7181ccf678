// The batch's reservations and the vertices of its lines and squares.
#include "network_batch.h"

#include <cmath>

namespace pe {

namespace {

constexpr int kBlockItems = 4096;  // items per reservation: under 64k vertices for 16-bit indices

}  // namespace

DrawBatch::DrawBatch(ImDrawList* draw) : draw_(draw) {
    const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    textured_lines_ = (draw->Flags & ImDrawListFlags_AntiAliasedLinesUseTex) != 0 &&
                      draw->_FringeScale == 1.0f && (atlas->Flags & ImFontAtlasFlags_NoBakedLines) == 0;
}

DrawBatch::~DrawBatch() {
    release();
}

void DrawBatch::release() {
    if (free_vertices_ > 0 || free_indices_ > 0) draw_->PrimUnreserve(free_indices_, free_vertices_);
    free_vertices_ = free_indices_ = 0;
}

void DrawBatch::reserve(int vertices, int indices) {
    if (free_vertices_ >= vertices && free_indices_ >= indices) return;
    release();
    draw_->PrimReserve(kBlockItems * 6, kBlockItems * 4);
    free_vertices_ = kBlockItems * 4;
    free_indices_ = kBlockItems * 6;
}

void DrawBatch::line(ImVec2 a, ImVec2 b, ImU32 colour, int thickness) {
    if (!textured_lines_ || thickness < 1 || thickness > 3) {
        release();  // AddLine reserves after what is reserved here
        draw_->AddLine(a, b, colour, static_cast<float>(thickness));
        return;
    }
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float len2 = dx * dx + dy * dy;
    if (len2 <= 0.0f) return;
    const float inv = 1.0f / std::sqrt(len2);
    // The normal, scaled to the textured line's half width (thickness / 2 + 1 px of fringe).
    const float half = static_cast<float>(thickness) * 0.5f + 1.0f;
    const float nx = dy * inv * half, ny = -dx * inv * half;
    quad(a, b, nx, ny, ImGui::GetIO().Fonts->TexUvLines[thickness], colour);
}

void DrawBatch::hairline(ImVec2 a, ImVec2 b, ImU32 colour) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float len2 = dx * dx + dy * dy;
    if (len2 <= 0.0f) return;
    const float half = 0.5f / std::sqrt(len2);  // the normal scaled to half a pixel
    const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    quad(a, b, dy * half, -dx * half, ImVec4(white.x, white.y, white.x, white.y), colour);
}

// The quad from a to b, (nx, ny) either side, through pixel centres as AddLine; its two long
// sides take uv's two corners (the textured line's fringes, or the same white pixel).
void DrawBatch::quad(ImVec2 a, ImVec2 b, float nx, float ny, ImVec4 uv, ImU32 colour) {
    const float ax = a.x + 0.5f, ay = a.y + 0.5f;
    const float ex = b.x + 0.5f, ey = b.y + 0.5f;
    reserve(4, 6);
    const auto base = static_cast<ImDrawIdx>(draw_->_VtxCurrentIdx);
    ImDrawVert* v = draw_->_VtxWritePtr;
    v[0] = ImDrawVert{ImVec2(ax + nx, ay + ny), ImVec2(uv.x, uv.y), colour};
    v[1] = ImDrawVert{ImVec2(ax - nx, ay - ny), ImVec2(uv.z, uv.w), colour};
    v[2] = ImDrawVert{ImVec2(ex + nx, ey + ny), ImVec2(uv.x, uv.y), colour};
    v[3] = ImDrawVert{ImVec2(ex - nx, ey - ny), ImVec2(uv.z, uv.w), colour};
    ImDrawIdx* i = draw_->_IdxWritePtr;
    i[0] = static_cast<ImDrawIdx>(base + 2);
    i[1] = base;
    i[2] = static_cast<ImDrawIdx>(base + 1);
    i[3] = static_cast<ImDrawIdx>(base + 3);
    i[4] = static_cast<ImDrawIdx>(base + 1);
    i[5] = static_cast<ImDrawIdx>(base + 2);
    draw_->_VtxWritePtr += 4;
    draw_->_IdxWritePtr += 6;
    draw_->_VtxCurrentIdx += 4;
    free_vertices_ -= 4;
    free_indices_ -= 6;
}

void DrawBatch::small_disc(ImVec2 c, float radius, ImU32 colour) {
    // cos and sin of k / 8 turns.
    constexpr float kDiagonal = 0.70710678f;
    static const ImVec2 kRim[8] = {
        {1.0f, 0.0f},  {kDiagonal, kDiagonal},   {0.0f, 1.0f},  {-kDiagonal, kDiagonal},
        {-1.0f, 0.0f}, {-kDiagonal, -kDiagonal}, {0.0f, -1.0f}, {kDiagonal, -kDiagonal}};
    reserve(9, 24);
    const ImVec2 uv = ImGui::GetIO().Fonts->TexUvWhitePixel;
    const auto base = static_cast<ImDrawIdx>(draw_->_VtxCurrentIdx);
    ImDrawVert* v = draw_->_VtxWritePtr;
    v[0] = ImDrawVert{c, uv, colour};
    for (int k = 0; k < 8; ++k)
        v[k + 1] = ImDrawVert{ImVec2(c.x + kRim[k].x * radius, c.y + kRim[k].y * radius), uv, colour};
    ImDrawIdx* i = draw_->_IdxWritePtr;
    for (unsigned k = 0; k < 8; ++k, i += 3) {  // a fan around the centre
        i[0] = base;
        i[1] = static_cast<ImDrawIdx>(base + 1 + k);
        i[2] = static_cast<ImDrawIdx>(base + 1 + (k + 1) % 8);
    }
    draw_->_VtxWritePtr += 9;
    draw_->_IdxWritePtr += 24;
    draw_->_VtxCurrentIdx += 9;
    free_vertices_ -= 9;
    free_indices_ -= 24;
}

void DrawBatch::triangle(ImVec2 a, ImVec2 b, ImVec2 c, ImU32 colour) {
    reserve(3, 3);
    draw_->PrimVtx(a, ImGui::GetIO().Fonts->TexUvWhitePixel, colour);
    draw_->PrimVtx(b, ImGui::GetIO().Fonts->TexUvWhitePixel, colour);
    draw_->PrimVtx(c, ImGui::GetIO().Fonts->TexUvWhitePixel, colour);
    free_vertices_ -= 3;
    free_indices_ -= 3;
}

void DrawBatch::square(ImVec2 c, float half, ImU32 colour) {
    reserve(4, 6);
    draw_->PrimRect(ImVec2(c.x - half, c.y - half), ImVec2(c.x + half, c.y + half), colour);
    free_vertices_ -= 4;
    free_indices_ -= 6;
}

}  // namespace pe

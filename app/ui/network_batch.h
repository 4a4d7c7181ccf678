// Thousands of lines and dots written straight into an ImDrawList: the anti-aliased line
// ImGui itself draws for 1 to 3 px (a quad over the font atlas's baked line strip, as
// AddLine does) without AddLine's path and polyline work, 1 px hairlines without its
// fringe, and dots as small squares, with the buffers reserved in blocks. Nothing else may
// draw into the list while a batch lives. The network view draws its edges, arrowheads and
// small nodes with it.
#pragma once

#include <imgui.h>

namespace pe {

class DrawBatch {
  public:
    explicit DrawBatch(ImDrawList* draw);
    ~DrawBatch();
    DrawBatch(const DrawBatch&) = delete;
    DrawBatch& operator=(const DrawBatch&) = delete;

    // A line from a to b of `thickness` whole pixels (1 to 3; AddLine's result).
    void line(ImVec2 a, ImVec2 b, ImU32 colour, int thickness);
    // A line from a to b 1 px wide without an anti-aliased fringe (a third of line()'s pixels).
    void hairline(ImVec2 a, ImVec2 b, ImU32 colour);
    // A filled square of side 2 * half centred at c.
    void square(ImVec2 c, float half, ImU32 colour);
    // A small filled disc as an octagon, without anti-aliasing (for discs of a few pixels).
    void small_disc(ImVec2 c, float radius, ImU32 colour);
    // A filled triangle, without anti-aliasing.
    void triangle(ImVec2 a, ImVec2 b, ImVec2 c, ImU32 colour);

  private:
    void reserve(int vertices, int indices);
    void quad(ImVec2 a, ImVec2 b, float nx, float ny, ImVec4 uv, ImU32 colour);  // a line's 4 corners
    void release();  // gives back what is reserved and not written
    ImDrawList* draw_;
    bool textured_lines_ = false;
    int free_vertices_ = 0, free_indices_ = 0;  // reserved and not written yet
};

}  // namespace pe

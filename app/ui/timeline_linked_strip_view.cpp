// Implements the linked items' strip (timeline_linked_strip_view.h): the summary line from
// the string table, the chips measured here and placed by core, their clicks.
#include "timeline_linked_strip_view.h"

#include <string>
#include <vector>

#include "display/theme_palette.h"
#include "entity_click.h"
#include "model/entity_types.h"
#include "timeline/timeline_linked_strip.h"
#include "timeline/timeline_text.h"
#include "ui_text.h"
#include "ui_theme.h"

namespace pe {

namespace {

constexpr const char* kSeparator = "  ·  ";

// "this park has no date" (when it has none) · "N dated linked items highlighted (within
// D links)" · "N linked items without a date: Company 2 · Park 1" · "N hidden by the filter".
std::string summary_line(const AppSession& session, const TimelineLinked& linked) {
    const Entity& selected = session.dataset->entities[linked.selected];
    std::string line;
    if (!linked.selected_dated)
        line = ui_text_format(session, "timeline.marker_undated",
                              {pick(selected.name, session.state.language)}) +
               kSeparator;
    const std::string dated = std::to_string(linked.dated.size());
    const std::string depth = std::to_string(linked.depth);
    if (linked.dated.empty()) {
        line += ui_text_format(session, "timeline.linked_dated_none", {depth});
    } else {
        line += linked.dated.size() == 1 ? ui_text(session, "timeline.linked_dated_one")
                                         : ui_text_format(session, "timeline.linked_dated", {dated});
        if (linked.depth > 1) line += " " + ui_text_format(session, "timeline.linked_depth", {depth});
    }
    if (!linked.undated.empty()) {
        line += kSeparator;
        line += linked.undated.size() == 1 ? ui_text(session, "timeline.linked_undated_one")
                                           : ui_text_format(session, "timeline.linked_undated",
                                                            {std::to_string(linked.undated.size())});
        for (std::size_t g = 0; g < linked.undated_types.size(); ++g) {
            const TimelineTypeCount& group = linked.undated_types[g];
            line += (g == 0 ? " " : ", ") + ui_text(session, "type." + group.type) + " " +
                    std::to_string(group.count);
        }
    }
    if (linked.hidden > 0)
        line +=
            kSeparator + ui_text_format(session, "timeline.linked_hidden", {std::to_string(linked.hidden)});
    return line;
}

// The kEntityTypes index of each undated entity (the colour of its chip): the groups come
// in the order of the list, so the g-th group covers the next `count` entities.
std::vector<std::size_t> chip_kinds(const TimelineLinked& linked) {
    std::vector<std::size_t> kinds;
    for (const TimelineTypeCount& group : linked.undated_types)
        kinds.insert(kinds.end(), group.count, group.kind);
    kinds.resize(linked.undated.size(), kEntityTypes.size());
    return kinds;
}

ImU32 kind_colour(Theme theme, std::size_t kind) {
    if (kind >= kEntityTypes.size()) return to_imu32(theme_palette(theme).text_dim);
    return to_imu32(lane_ink(theme, kind).line);
}

void apply_chip_click(AppSession& session, std::uint32_t entity) {
    click_entity(session, session.dataset->entities[entity].id.str());
}

void chip_tooltip(const AppSession& session, const Entity& entity) {
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(pick(entity.name, session.state.language).c_str());
    ImGui::TextDisabled("%s", ui_text(session, "type." + entity.type).c_str());
    ImGui::TextDisabled("%s", ui_text(session, "timeline.chip_hint").c_str());
    ImGui::EndTooltip();
}

void more_popup(AppSession& session, const TimelineLinked& linked, std::size_t from) {
    if (!ImGui::BeginPopup("##linked_more")) return;
    for (std::size_t i = from; i < linked.undated.size(); ++i) {
        const Entity& entity = session.dataset->entities[linked.undated[i]];
        const std::string label = pick(entity.name, session.state.language) + "  (" +
                                  ui_text(session, "type." + entity.type) + ")##more." + entity.id;
        if (ImGui::Selectable(label.c_str())) apply_chip_click(session, linked.undated[i]);
    }
    ImGui::EndPopup();
}

}  // namespace

float linked_strip_height() {
    const float line = ImGui::GetTextLineHeight();
    return line * 1.25f + line + ImGui::GetStyle().FramePadding.y * 2.0f;
}

void draw_linked_strip(AppSession& session, const TimelineLinked& linked, const ImVec2& min,
                       const ImVec2& max) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Theme theme = session.state.theme;
    const ThemePalette& palette = theme_palette(theme);
    const float line = ImGui::GetTextLineHeight();
    draw->PushClipRect(min, max, true);
    if (linked.selected == kNoEntity) {
        draw->AddText(min, to_imu32(palette.text_dim), ui_text(session, "timeline.linked_hint").c_str());
        draw->PopClipRect();
        return;
    }
    draw->AddText(min, to_imu32(linked.selected_dated ? palette.text_dim : palette.text),
                  summary_line(session, linked).c_str());
    draw->PopClipRect();

    // The chips: a dot in the type's colour and the name, cut to at most 12 em.
    const float em = ImGui::GetFontSize();
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    const float dot = em * 0.3f;
    TextMeasure measure;
    measure.width = [](std::string_view text) {
        return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
    };
    const std::string more_format = ui_text(session, "timeline.linked_more");
    auto more_text = [&](std::size_t n) { return format_text(more_format, {std::to_string(n)}); };
    LinkedStripParams params;
    params.left = min.x;
    params.width = max.x - min.x;
    params.gap = em * 0.4f;
    params.rows = 1;
    std::vector<std::string> names;  // of the chips measured (core's linked_chip_widths)
    const std::vector<float> widths = linked_chip_widths(
        linked.undated.size(),
        [&](std::size_t i) {
            float width = 0.0f;
            names.push_back(elide_to_width(
                measure, pick(session.dataset->entities[linked.undated[i]].name, session.state.language),
                em * 12.0f, width));
            return pad.x * 2.0f + dot * 2.0f + pad.x + width;
        },
        params);
    const LinkedStripLayout layout = layout_linked_strip(
        widths, [&](std::size_t n) { return ImGui::CalcTextSize(more_text(n).c_str()).x + pad.x * 2.0f; },
        params);

    const float y0 = min.y + line * 1.25f;
    const float y1 = y0 + line + pad.y * 2.0f;
    const std::vector<std::size_t> kinds = chip_kinds(linked);
    for (const LinkedStripChip& chip : layout.chips) {
        const std::uint32_t entity = linked.undated[chip.item];
        const Entity& data = session.dataset->entities[entity];
        ImGui::SetCursorScreenPos(ImVec2(chip.x0, y0));
        const std::string id = "##linked." + data.id;
        if (ImGui::InvisibleButton(id.c_str(), ImVec2(chip.x1 - chip.x0, y1 - y0)))
            apply_chip_click(session, entity);
        const bool hovered = ImGui::IsItemHovered();
        if (hovered) chip_tooltip(session, data);
        const ImU32 colour = kind_colour(theme, kinds[chip.item]);
        const bool chained = on_chain(session.links, entity);
        draw->AddRectFilled(ImVec2(chip.x0, y0), ImVec2(chip.x1, y1),
                            to_imu32(hovered ? palette.frame_hover : palette.frame_bg), y1 - y0);
        draw->AddRect(ImVec2(chip.x0, y0), ImVec2(chip.x1, y1), chained ? to_imu32(palette.accent) : colour,
                      y1 - y0, 0, chained ? 2.5f : 1.0f);
        draw->AddCircleFilled(ImVec2(chip.x0 + pad.x + dot, (y0 + y1) * 0.5f), dot, colour);
        draw->AddText(ImVec2(chip.x0 + pad.x * 2.0f + dot * 2.0f, y0 + pad.y), to_imu32(palette.text),
                      names[chip.item].c_str());
    }
    if (layout.more > 0) {
        const LinkedStripChip& chip = layout.more_chip;
        ImGui::SetCursorScreenPos(ImVec2(chip.x0, y0));
        const std::string text = more_text(layout.more);
        if (ImGui::Button((text + "##linked_more_chip").c_str(), ImVec2(chip.x1 - chip.x0, y1 - y0)))
            ImGui::OpenPopup("##linked_more");
        more_popup(session, linked, linked.undated.size() - layout.more);
    }
}

}  // namespace pe

// The focus control and "connect two things" in the whole window, drawn for real without a
// GPU: typing into the details' "Connect to…" box and clicking a result connects, and the
// details list the chains core gives; the swap and end buttons; Shift+click on a table row or
// a linked entity connects; the focus control's segments and the F key set the focus (not
// while typing, not with nothing selected), and the table dims the rows outside it.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "graph/chains.h"
#include "links/chain_explanation.h"
#include "ui_harness.h"

namespace pe {
namespace {

using testing::UiHarness;

const char* const kProduct = "product-amimestrocel";
const char* const kPolicy = "policy-dual-track-system";

// Shift held for one click.
void shift_click(UiHarness& ui, std::string_view label) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Shift, true);
    ui.frame();
    EXPECT_TRUE(ui.click(label)) << label;
    io.AddKeyEvent(ImGuiMod_Shift, false);
    ui.frame();
}

std::vector<std::vector<std::string>> chain_ids_of(const ChainExplanation& e) {
    std::vector<std::vector<std::string>> out;
    for (const ChainText& chain : e.chains) {
        std::vector<std::string>& ids = out.emplace_back();
        for (const ChainEntityText& entity : chain.entities) ids.push_back(entity.id);
    }
    return out;
}

// Wheels the details panel down (it is right of its back button) until `done()` holds, up to
// 40 notches; `done` is asked before each notch and once more at the end.
template <typename Done>
bool scroll_details_until(UiHarness& ui, Done&& done) {
    const RecordedItem* back = find_recorded_item("##back");
    if (back == nullptr) return false;
    const ImVec2 panel(back->center().x + 200.0f, back->center().y + 120.0f);
    for (int notch = 0; notch < 40; ++notch) {
        if (done()) return true;
        ui.wheel_at(panel, -1.0f);
    }
    return done();
}

void select(UiHarness& ui, const char* id) {
    ASSERT_TRUE(select_entity(ui.session.state, *ui.session.dataset, id));
    ui.frame();
    ui.frame();
}

TEST(ConnectInDetails, TypingAndClickingAResultListsTheChainsCoreGives) {
    UiHarness ui;
    ui.frame();
    select(ui, kProduct);
    ASSERT_TRUE(ui.click("##connect"));
    ui.type("dual-track");
    const std::string result = "Dual-track system  ·  Policy##connect_result";
    ASSERT_NE(find_recorded_item(result), nullptr);
    ASSERT_TRUE(ui.click(result));
    EXPECT_EQ(ui.session.state.connect_id, kPolicy);
    EXPECT_EQ(ui.session.state.selected_id, kProduct);
    ui.frame();

    // What core gives for the two, in the same order.
    const Dataset& d = *ui.session.dataset;
    const GraphIndex graph = build_graph_index(d);
    const ChainsResult chains = find_chains(d, graph, d.index.entity_by_id.at(kProduct),
                                            d.index.entity_by_id.at(kPolicy), GraphRestriction{});
    ASSERT_FALSE(chains.chains.empty());
    const ChainExplanation expected =
        explain_chains(d, ui.session.strings, Language::En, chains.chains[0].entities.front(),
                       chains.chains[0].entities.back(), chains);
    const ChainExplanation& shown = ui.ui.details.connect.explanation;
    EXPECT_EQ(chain_ids_of(shown), chain_ids_of(expected));
    ASSERT_FALSE(shown.chains.empty());
    EXPECT_NE(find_recorded_item(lookup(ui.session.strings, "connect.swap", Language::En)), nullptr);
    // The box was emptied: no results are listed any more.
    EXPECT_EQ(find_recorded_item(result), nullptr);
    // Each name of the first chain is drawn as a button in the details panel (right of its
    // back button; the table lists the same names on the left): scroll the panel down to them.
    const RecordedItem* back = find_recorded_item("##back");
    ASSERT_NE(back, nullptr);
    const float panel_left = back->min.x;
    const ImVec2 top(back->center().x + 200.0f, back->center().y + 120.0f);
    std::set<std::string> drawn;
    EXPECT_TRUE(scroll_details_until(ui, [&] {
        for (const ChainEntityText& entity : shown.chains[0].entities) {
            const RecordedItem* item = find_recorded_item(entity.name);
            if (item != nullptr && item->min.x >= panel_left) drawn.insert(entity.id);
        }
        return drawn.size() == shown.chains[0].entities.size();
    }));
    ui.wheel_at(top, 80.0f);  // back to the top

    // Swap exchanges the two ends; End connection ends it.
    ASSERT_TRUE(ui.click(lookup(ui.session.strings, "connect.swap", Language::En)));
    EXPECT_EQ(ui.session.state.selected_id, kPolicy);
    EXPECT_EQ(ui.session.state.connect_id, kProduct);
    ui.frame();
    ASSERT_FALSE(ui.ui.details.connect.explanation.chains.empty());
    EXPECT_EQ(ui.ui.details.connect.explanation.chains[0].entities.front().id, kPolicy);
    ASSERT_TRUE(ui.click(lookup(ui.session.strings, "connect.end", Language::En)));
    EXPECT_TRUE(ui.session.state.connect_id.empty());
    EXPECT_EQ(ui.session.state.selected_id, kPolicy);
}

TEST(ConnectInDetails, ConnectingToTheSelectionItselfSaysSo) {
    UiHarness ui;
    ui.frame();
    select(ui, kProduct);
    ASSERT_TRUE(connect_entity(ui.session.state, *ui.session.dataset, kProduct));
    ui.frame();
    ui.frame();
    EXPECT_EQ(ui.ui.details.connect.explanation.status, ChainsStatus::SameEntity);
    EXPECT_EQ(ui.ui.details.connect.explanation.message,
              "Amimestrocel Injection is the selection itself: pick another entity to connect.");
}

TEST(ConnectInTable, ShiftClickOnARowConnectsAndAPlainClickSelects) {
    UiHarness ui;
    ui.frame();
    ui.frame();
    const Dataset& d = *ui.session.dataset;
    const Entity& first = d.entities[ui.ui.models.table_rows[0]];
    const Entity& second = d.entities[ui.ui.models.table_rows[1]];
    // With nothing selected, Shift+click just selects.
    shift_click(ui, first.name.en);
    EXPECT_EQ(ui.session.state.selected_id, first.id);
    EXPECT_TRUE(ui.session.state.connect_id.empty());
    shift_click(ui, second.name.en);
    EXPECT_EQ(ui.session.state.selected_id, first.id);
    EXPECT_EQ(ui.session.state.connect_id, second.id);
    ui.frame();
    EXPECT_EQ(ui.session.links.connected, d.index.entity_by_id.at(second.id));
    ASSERT_TRUE(ui.click(second.name.en));
    EXPECT_EQ(ui.session.state.selected_id, second.id);
}

TEST(ConnectInDetails, ShiftClickOnALinkedEntityConnects) {
    UiHarness ui;
    ui.frame();
    select(ui, kProduct);
    const DetailsLinkItem target = ui.ui.details.details.links.front().items.front();
    const std::string label = target.name + "  ·  " + target.type_label;
    ASSERT_TRUE(scroll_details_until(ui, [&] { return find_recorded_item(label) != nullptr; }));
    shift_click(ui, label);
    EXPECT_EQ(ui.session.state.selected_id, kProduct);
    EXPECT_EQ(ui.session.state.connect_id, target.id);
}

TEST(FocusControl, SegmentsAndTheFKeySetTheFocusWithASelection) {
    UiHarness ui;
    ui.frame();
    ui.frame();
    // Nothing selected: F and the control do nothing.
    ASSERT_NE(find_recorded_item("2##focus2"), nullptr);
    ui.press(ImGuiKey_F);
    EXPECT_EQ(ui.session.state.focus_hops, 0);
    ASSERT_TRUE(ui.click("2##focus2"));
    EXPECT_EQ(ui.session.state.focus_hops, 0);

    select(ui, kProduct);
    ASSERT_TRUE(ui.click("2##focus2"));
    EXPECT_EQ(ui.session.state.focus_hops, 2);
    // F cycles 2 -> 3 -> off -> 1.
    ui.press(ImGuiKey_F);
    EXPECT_EQ(ui.session.state.focus_hops, 3);
    ui.press(ImGuiKey_F);
    EXPECT_EQ(ui.session.state.focus_hops, 0);
    ui.press(ImGuiKey_F);
    EXPECT_EQ(ui.session.state.focus_hops, 1);
    ui.frame();
    // Everything the table draws outside the 1-hop neighbourhood is faded, the rest is not.
    const Dataset& d = *ui.session.dataset;
    std::size_t faded = 0;
    for (std::uint32_t e = 0; e < d.entities.size(); ++e)
        faded += faded_by_focus(ui.session.links, e) ? 1 : 0;
    EXPECT_GT(faded, 0u);
    EXPECT_LT(faded, d.entities.size());
    EXPECT_FALSE(faded_by_focus(ui.session.links, d.index.entity_by_id.at(kProduct)));

    // Typing an "f" into a text field leaves the focus alone.
    ASSERT_TRUE(ui.click("##connect"));
    ui.type("f");
    EXPECT_EQ(ui.session.state.focus_hops, 1);
    ui.press(ImGuiKey_F);
    EXPECT_EQ(ui.session.state.focus_hops, 1);
}

}  // namespace
}  // namespace pe

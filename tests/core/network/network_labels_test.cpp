// Label placement: shown labels never overlap and stay inside the viewport, the most
// important win a contested place, a crowded node falls back to another side.
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "network/network_labels.h"

namespace pe {
namespace {

const NetworkViewport kView{0.0, 0.0, 1000.0, 700.0};

TEST(NetworkLabels, RandomCandidatesNeverOverlap) {
    std::uint64_t state = 42;
    const auto unit = [&state] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<double>(state >> 11) * (1.0 / 9007199254740992.0);
    };
    std::vector<LabelCandidate> candidates;
    std::vector<float> widths;
    for (std::uint32_t i = 0; i < 3000; ++i) {
        candidates.push_back(LabelCandidate{i, unit() * 1100.0 - 50.0, unit() * 800.0 - 50.0, 4.0, i % 97});
        widths.push_back(static_cast<float>(20.0 + unit() * 140.0));
    }
    LabelParams lp;
    lp.max_candidates = 100000;  // every candidate is tried
    const std::vector<PlacedLabel> placed = place_labels(candidates, widths, kView, lp);
    EXPECT_GT(placed.size(), 60u);
    for (std::size_t a = 0; a < placed.size(); ++a) {
        EXPECT_GE(placed[a].left, kView.left);
        EXPECT_GE(placed[a].top, kView.top);
        EXPECT_LE(placed[a].left + placed[a].width, kView.left + kView.width);
        EXPECT_LE(placed[a].top + placed[a].height, kView.top + kView.height);
        EXPECT_FLOAT_EQ(static_cast<float>(placed[a].width), widths[placed[a].entity]);
        for (std::size_t b = a + 1; b < placed.size(); ++b) {
            ASSERT_FALSE(labels_overlap(placed[a], placed[b])) << placed[a].entity << " " << placed[b].entity;
        }
    }
    // Greedy by priority: a candidate left out found each of its four places outside the
    // viewport or taken by a label of a priority at least as good (within the pad).
    std::vector<std::uint8_t> is_placed(candidates.size(), 0);
    for (const PlacedLabel& p : placed) is_placed[p.entity] = 1;
    for (const LabelCandidate& c : candidates) {
        if (is_placed[c.entity] != 0) continue;
        const double w = widths[c.entity], h = lp.height, off = c.radius + lp.gap;
        const double tries[4][2] = {{c.x + off, c.y - h * 0.5},
                                    {c.x - off - w, c.y - h * 0.5},
                                    {c.x - w * 0.5, c.y + off},
                                    {c.x - w * 0.5, c.y - off - h}};
        for (const auto& at : tries) {
            const PlacedLabel grown{c.entity, at[0] - 2.0 * lp.pad, at[1] - 2.0 * lp.pad, w + 4.0 * lp.pad,
                                    h + 4.0 * lp.pad};
            const bool outside = at[0] - lp.pad < kView.left || at[1] - lp.pad < kView.top ||
                                 at[0] + w + lp.pad > kView.left + kView.width ||
                                 at[1] + h + lp.pad > kView.top + kView.height;
            bool blocked = false;
            for (const PlacedLabel& p : placed) {
                blocked =
                    blocked || (labels_overlap(grown, p) && candidates[p.entity].priority <= c.priority);
            }
            EXPECT_TRUE(outside || blocked) << c.entity;
        }
    }
}

TEST(NetworkLabels, TheMoreImportantWinsAContestedPlace) {
    // Two nodes at the same spot: whichever has the lower priority number is labelled first
    // on the right; the other falls back to the left side.
    const std::vector<float> widths = {100.0f, 100.0f, 100.0f, 100.0f, 100.0f};
    std::vector<LabelCandidate> c = {{0, 500.0, 300.0, 5.0, 9}, {1, 500.0, 300.0, 5.0, 2}};
    std::vector<PlacedLabel> placed = place_labels(c, widths, kView);
    ASSERT_EQ(placed.size(), 2u);
    EXPECT_EQ(placed[0].entity, 1u);
    EXPECT_DOUBLE_EQ(placed[0].left, 508.0);  // right of the node: x + radius + gap
    EXPECT_EQ(placed[1].entity, 0u);
    EXPECT_DOUBLE_EQ(placed[1].left, 500.0 - 8.0 - 100.0);  // left of it
    // Five narrow labels at one spot: four sides, the fifth (least important) is not shown.
    for (std::uint32_t i = 2; i < 5; ++i) c.push_back({i, 500.0, 300.0, 5.0, 10 + i});
    placed = place_labels(c, std::vector<float>(5, 8.0f), kView);
    ASSERT_EQ(placed.size(), 4u);
    for (const PlacedLabel& p : placed) EXPECT_NE(p.entity, 4u);
}

TEST(NetworkLabels, LabelsAvoidOtherNodesButNotTheirOwn) {
    const std::vector<float> widths = {60.0f, 60.0f};
    // Entity 1's node sits where entity 0's label would go on the right: it goes left.
    std::vector<LabelObstacle> nodes = {{0, 495.0, 295.0, 10.0, 10.0, 5}, {1, 530.0, 295.0, 10.0, 10.0, 9}};
    const std::vector<LabelCandidate> c = {{0, 500.0, 300.0, 5.0, 5}};
    std::vector<PlacedLabel> placed = place_labels(c, widths, kView, {}, nodes);
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_DOUBLE_EQ(placed[0].left, 500.0 - 8.0 - 60.0);
    EXPECT_FALSE(labels_overlap(placed[0], PlacedLabel{1, 530.0, 295.0, 10.0, 10.0}));
    // Nodes on all four sides: a less important one is covered, a more important one never.
    nodes.push_back({2, 440.0, 295.0, 10.0, 10.0, 9});
    nodes.push_back({3, 495.0, 320.0, 10.0, 10.0, 9});
    nodes.push_back({4, 495.0, 270.0, 10.0, 10.0, 9});
    placed = place_labels(c, widths, kView, {}, nodes);
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_DOUBLE_EQ(placed[0].left, 508.0);  // right again, over entity 1's node
    for (LabelObstacle& n : nodes) n.priority = n.entity == 0 ? 5 : 1;
    EXPECT_TRUE(place_labels(c, widths, kView, {}, nodes).empty());
}

TEST(NetworkLabels, NoWidthNoLabelAndTheCapHolds) {
    const std::vector<float> widths = {0.0f, 50.0f};
    const std::vector<LabelCandidate> c = {
        {0, 100.0, 100.0, 3.0, 0}, {1, 100.0, 300.0, 3.0, 1}, {7, 300.0, 300.0, 3.0, 2}};
    const std::vector<PlacedLabel> placed = place_labels(c, widths, kView);
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_EQ(placed[0].entity, 1u);
    LabelParams capped;
    capped.max_labels = 1;
    std::vector<LabelCandidate> many;
    for (std::uint32_t i = 0; i < 2; ++i) many.push_back({1, 100.0 + 300.0 * i, 100.0, 3.0, i});
    EXPECT_EQ(place_labels(many, widths, kView, capped).size(), 1u);
    // Only the first max_candidates by priority are tried.
    LabelParams few;
    few.max_candidates = 1;
    many[0].priority = 5;
    const std::vector<PlacedLabel> tried = place_labels(many, widths, kView, few);
    ASSERT_EQ(tried.size(), 1u);
    EXPECT_DOUBLE_EQ(tried[0].left, 400.0 + 3.0 + 3.0);
}

TEST(NetworkLabels, WidthsComeFromTheMeasureAndAreCapped) {
    Dataset d;
    d.entities.resize(2);
    d.entities[0].name = {"干细胞", "Stem cells"};
    d.entities[1].name = {"", "A very long English name that goes on"};
    const auto measure = [](std::string_view s) { return static_cast<float>(s.size()) * 5.0f; };
    const std::vector<float> en = label_widths(d, Language::En, measure, 120.0f);
    EXPECT_FLOAT_EQ(en[0], 50.0f);
    EXPECT_FLOAT_EQ(en[1], 120.0f);
    const std::vector<float> zh = label_widths(d, Language::Zh, measure, 120.0f);
    EXPECT_FLOAT_EQ(zh[0], 45.0f);   // 9 bytes
    EXPECT_FLOAT_EQ(zh[1], 120.0f);  // no Chinese name: the English one
}

}  // namespace
}  // namespace pe

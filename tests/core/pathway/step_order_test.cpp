// The step order rule alone: links only, dates only (with precision ties), the two
// merged, undated steps, cycles reported not looped, and links the dates overrule.
#include "pathway/step_order.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "model/date.h"

namespace pe {
namespace {

OrderItem undated(const std::string& id) {
    return OrderItem{id, false, Date{}};
}
OrderItem on(const std::string& id, const std::string& date) {
    return OrderItem{id, true, parse_date(date).date};
}

std::vector<std::string> ids(const std::vector<OrderItem>& items, const StepOrder& order) {
    std::vector<std::string> out;
    for (const std::uint32_t k : order.order) out.push_back(items[k].id);
    return out;
}

using Ids = std::vector<std::string>;
using Links = std::vector<std::uint32_t>;

TEST(StepOrder, LinksAloneGiveATopologicalOrder) {
    // c follows b, b follows a; stored in another order than they run.
    const std::vector<OrderItem> items{undated("c"), undated("a"), undated("b")};
    const StepOrder order = order_steps(items, {{2, 0, 7}, {1, 2, 8}});
    EXPECT_EQ(ids(items, order), (Ids{"a", "b", "c"}));
    EXPECT_EQ(order.basis,
              (std::vector<OrderBasis>{OrderBasis::Links, OrderBasis::Links, OrderBasis::Links}));
    EXPECT_TRUE(order.cyclic_links.empty());
    EXPECT_TRUE(order.contradicted_links.empty());
}

TEST(StepOrder, DatesAloneWithPrecisionTiesBrokenById) {
    // "2025" and "2025-03-01" overlap: a tie, broken by id; "2024" ends before both.
    const std::vector<OrderItem> items{on("y", "2025-03-01"), on("x", "2025"), on("z", "2024")};
    EXPECT_EQ(ids(items, order_steps(items, {})), (Ids{"z", "x", "y"}));
    // "2025-03" ends before "2025-04-02": not a tie.
    const std::vector<OrderItem> months{on("a", "2025-04-02"), on("b", "2025-03")};
    EXPECT_EQ(ids(months, order_steps(months, {})), (Ids{"b", "a"}));
}

TEST(StepOrder, ALinkBreaksADateTie) {
    // x follows y: y first although x < y by id; z (2024) still first.
    const std::vector<OrderItem> items{on("y", "2025-03-01"), on("x", "2025"), on("z", "2024")};
    const StepOrder order = order_steps(items, {{0, 1, 4}});
    EXPECT_EQ(ids(items, order), (Ids{"z", "y", "x"}));
    EXPECT_TRUE(order.contradicted_links.empty());
}

TEST(StepOrder, AnUndatedStepKeepsItsPlaceAfterWhatItFollows) {
    // u follows a (2024); b is 2025; v is undated and unlinked: it comes first, "Unknown".
    const std::vector<OrderItem> items{on("b", "2025"), undated("u"), on("a", "2024"), undated("v")};
    const StepOrder order = order_steps(items, {{2, 1, 0}});
    EXPECT_EQ(ids(items, order), (Ids{"v", "a", "u", "b"}));
    EXPECT_EQ(order.basis[1], OrderBasis::Links);
    EXPECT_EQ(order.basis[3], OrderBasis::Unknown);
    EXPECT_EQ(order.basis[0], OrderBasis::Date);
    // An undated step that a dated one follows comes before it, as early as its links allow.
    const std::vector<OrderItem> before{on("late", "2030"), undated("w"), on("early", "2020")};
    EXPECT_EQ(ids(before, order_steps(before, {{1, 0, 0}})), (Ids{"w", "early", "late"}));
    // Following a dated step holds it back until that step is placed.
    EXPECT_EQ(ids(before, order_steps(before, {{2, 1, 0}})), (Ids{"early", "w", "late"}));
}

TEST(StepOrder, CyclesAreReportedNotLooped) {
    // a follows b (10), b follows a (11): a cycle; c follows a (12) stands.
    const std::vector<OrderItem> items{undated("a"), undated("b"), undated("c")};
    const StepOrder order = order_steps(items, {{1, 0, 10}, {0, 1, 11}, {0, 2, 12}});
    EXPECT_EQ(ids(items, order), (Ids{"a", "b", "c"}));
    EXPECT_EQ(order.cyclic_links, (Links{10, 11}));
    EXPECT_EQ(order.basis[1], OrderBasis::Unknown);  // its only links were the cycle's
    // A step following itself is a cycle of one.
    const std::vector<OrderItem> one{undated("s")};
    const StepOrder self = order_steps(one, {{0, 0, 3}});
    EXPECT_EQ(ids(one, self), (Ids{"s"}));
    EXPECT_EQ(self.cyclic_links, (Links{3}));
    // A longer cycle among dated steps: every link reported, dates decide.
    const std::vector<OrderItem> dated{on("p", "2023"), on("q", "2021"), on("r", "2022")};
    const StepOrder three = order_steps(dated, {{0, 1, 1}, {1, 2, 2}, {2, 0, 3}});
    EXPECT_EQ(ids(dated, three), (Ids{"q", "r", "p"}));
    EXPECT_EQ(three.cyclic_links, (Links{1, 2, 3}));
}

TEST(StepOrder, DatesOverruleALinkThatContradictsThem) {
    // a (2024) "follows" b (2025): a still first, the link reported.
    const std::vector<OrderItem> items{on("a", "2024"), on("b", "2025")};
    const StepOrder order = order_steps(items, {{1, 0, 5}});
    EXPECT_EQ(ids(items, order), (Ids{"a", "b"}));
    EXPECT_EQ(order.contradicted_links, (Links{5}));
    // Through an undated step: early (2020) follows u, u follows late (2021).
    const std::vector<OrderItem> via{on("early", "2020"), undated("u"), on("late", "2021")};
    const StepOrder indirect = order_steps(via, {{1, 0, 8}, {2, 1, 9}});
    EXPECT_EQ(ids(via, indirect), (Ids{"early", "late", "u"}));
    EXPECT_EQ(indirect.contradicted_links, (Links{8}));
}

TEST(StepOrder, NothingToOrder) {
    const StepOrder order = order_steps({}, {});
    EXPECT_TRUE(order.order.empty());
    EXPECT_TRUE(order.basis.empty());
}

}  // namespace
}  // namespace pe

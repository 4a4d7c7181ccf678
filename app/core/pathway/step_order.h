// The order of a product's steps: `follows` links (a stable topological order) merged with
// dates at their precision. Works on plain items and edges so the rule is tested alone;
// knows nothing of products or milestones (product_journey.h gathers those).
//
// The rule:
//  1. Dates win over links. Step a is "earlier-dated" than b when both have a date and a's
//     period ends before b's begins (date.h ends_before: "2024" < "2025-06"; "2025" and
//     "2025-06" overlap, a tie). A step is never placed before an earlier-dated step.
//  2. Then links: "A follows B" places B before A. Links in a cycle of `follows` are
//     reported (cyclic_links) and ignored; a link that contradicts the dates, directly or
//     through undated steps, is reported (contradicted_links) and ignored.
//  3. Ties: among the steps whose links and dates let them come next, undated steps first
//     (so an undated step comes right after what it follows), then by id. Dated steps that
//     are free together always overlap pairwise (rule 1 holds every strictly later one
//     back), so "by id" is the tie-break the overlap leaves.
// An undated step with no usable link has no evidence of its place: it lands first (rule 3)
// and its basis says Unknown, for the view to show it as such.
// Cost: O(n * n * (n + m)) for n steps and m links: a product has tens of steps.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/dataset.h"

namespace pe {

struct OrderItem {
    std::string id;
    bool has_date = false;
    Date date;
};

struct OrderEdge {
    std::uint32_t before = 0;  // index into the items
    std::uint32_t after = 0;
    std::uint32_t link = 0;  // reported back as is (the caller's link index)
};

enum class OrderBasis : std::uint8_t {
    Date,     // placed by its date (and links among same-period steps)
    Links,    // undated, placed by a usable `follows` link
    Unknown,  // undated and no usable link: its place is not known
};

struct StepOrder {
    std::vector<std::uint32_t> order;               // item indexes, first step first
    std::vector<OrderBasis> basis;                  // per item (not per place)
    std::vector<std::uint32_t> cyclic_links;        // edges' `link`s in a cycle, ascending
    std::vector<std::uint32_t> contradicted_links;  // edges' `link`s the dates overrule, ascending
};

StepOrder order_steps(const std::vector<OrderItem>& items, const std::vector<OrderEdge>& edges);

}  // namespace pe

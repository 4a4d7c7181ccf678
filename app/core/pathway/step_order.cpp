// order_steps: cycles found by reachability, then a Kahn walk that also waits for dates and,
// when links and dates disagree, lets the earliest-ending dated step go first.
#include "pathway/step_order.h"

#include <algorithm>

#include "model/date.h"

namespace pe {
namespace {

// reach[a * n + b] = 1 when b can be reached from a by edges (a path of one or more).
std::vector<std::uint8_t> reachability(std::size_t n, const std::vector<OrderEdge>& edges) {
    std::vector<std::vector<std::uint32_t>> next(n);
    for (const OrderEdge& e : edges) next[e.before].push_back(e.after);
    std::vector<std::uint8_t> reach(n * n, 0);
    std::vector<std::uint32_t> stack;
    for (std::size_t a = 0; a < n; ++a) {
        stack.assign(next[a].begin(), next[a].end());
        while (!stack.empty()) {
            const std::uint32_t b = stack.back();
            stack.pop_back();
            if (reach[a * n + b] != 0) continue;
            reach[a * n + b] = 1;
            stack.insert(stack.end(), next[b].begin(), next[b].end());
        }
    }
    return reach;
}

}  // namespace

StepOrder order_steps(const std::vector<OrderItem>& items, const std::vector<OrderEdge>& edges) {
    const std::size_t n = items.size();
    StepOrder result;
    result.basis.assign(n, OrderBasis::Unknown);
    const std::vector<std::uint8_t> reach = reachability(n, edges);

    // Usable edges: not in a cycle (an edge a -> b is in one when b reaches a).
    std::vector<OrderEdge> usable;
    for (const OrderEdge& e : edges) {
        if (e.before >= n || e.after >= n) continue;
        if (e.before == e.after || reach[static_cast<std::size_t>(e.after) * n + e.before] != 0) {
            result.cyclic_links.push_back(e.link);
        } else {
            usable.push_back(e);
        }
    }
    for (std::size_t k = 0; k < n; ++k) {
        if (items[k].has_date) result.basis[k] = OrderBasis::Date;
    }
    for (const OrderEdge& e : usable) {
        if (!items[e.before].has_date) result.basis[e.before] = OrderBasis::Links;
        if (!items[e.after].has_date) result.basis[e.after] = OrderBasis::Links;
    }

    std::vector<std::uint8_t> placed(n, 0);
    std::vector<std::uint8_t> dropped(usable.size(), 0);
    auto waits_for_link = [&](std::size_t k) {
        for (std::size_t j = 0; j < usable.size(); ++j) {
            if (dropped[j] == 0 && usable[j].after == k && placed[usable[j].before] == 0) return true;
        }
        return false;
    };
    auto waits_for_date = [&](std::size_t k) {
        if (!items[k].has_date) return false;
        for (std::size_t j = 0; j < n; ++j) {
            if (j != k && placed[j] == 0 && items[j].has_date && ends_before(items[j].date, items[k].date))
                return true;
        }
        return false;
    };
    auto goes_first = [&](std::size_t a, std::size_t b) {  // rule 3
        if (items[a].has_date != items[b].has_date) return !items[a].has_date;
        return items[a].id < items[b].id;
    };
    for (std::size_t step = 0; step < n; ++step) {
        std::size_t pick = n;
        for (std::size_t k = 0; k < n; ++k) {
            if (placed[k] != 0 || waits_for_link(k) || waits_for_date(k)) continue;
            if (pick == n || goes_first(k, pick)) pick = k;
        }
        if (pick == n) {
            // Links and dates disagree. The unplaced dated step ending first (then by id) waits
            // for no date; its links from unplaced steps are overruled.
            for (std::size_t k = 0; k < n; ++k) {
                if (placed[k] != 0 || !items[k].has_date) continue;
                if (pick == n) {
                    pick = k;
                    continue;
                }
                const std::int64_t end_k = last_day(items[k].date);
                const std::int64_t end_pick = last_day(items[pick].date);
                if (end_k < end_pick || (end_k == end_pick && items[k].id < items[pick].id)) pick = k;
            }
            for (std::size_t j = 0; j < usable.size(); ++j) {
                if (dropped[j] == 0 && usable[j].after == pick && placed[usable[j].before] == 0) {
                    dropped[j] = 1;
                    result.contradicted_links.push_back(usable[j].link);
                }
            }
        }
        placed[pick] = 1;
        result.order.push_back(static_cast<std::uint32_t>(pick));
    }
    std::sort(result.cyclic_links.begin(), result.cyclic_links.end());
    std::sort(result.contradicted_links.begin(), result.contradicted_links.end());
    return result;
}

}  // namespace pe

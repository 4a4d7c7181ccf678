// Back and forward through what was selected, as a browser does with pages: selecting
// something new drops the forward entries; going back or forward only moves the position.
// Entity ids, not indexes, so the history survives a new dataset (drop_missing cleans it).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/dataset.h"

namespace pe {

inline constexpr std::size_t kSelectionHistoryLimit = 256;

struct SelectionHistory {
    std::vector<std::string> entries;  // oldest first
    std::size_t position = 0;          // the current entry, when entries is not empty
};

// Makes `id` the current entry, after dropping the entries ahead of the current one.
// Ignores an empty id and a repeat of the current entry; keeps at most
// kSelectionHistoryLimit entries, dropping the oldest.
void record_selection(SelectionHistory& history, std::string_view id);

bool can_go_back(const SelectionHistory& history);
bool can_go_forward(const SelectionHistory& history);

// Move one entry and return the id now current; "" (and no move) when there is nowhere to go.
std::string go_back(SelectionHistory& history);
std::string go_forward(SelectionHistory& history);

// After a new dataset is loaded: drops the ids it does not hold, and merges neighbours that
// became equal. The position stays on its entry, or moves to the nearest earlier one kept.
void drop_missing(SelectionHistory& history, const Dataset& dataset);

}  // namespace pe

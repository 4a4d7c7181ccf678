// The selection history's moves (selection_history.h).
#include "explore/selection_history.h"

#include <algorithm>

namespace pe {

void record_selection(SelectionHistory& history, std::string_view id) {
    if (id.empty()) return;
    std::vector<std::string>& entries = history.entries;
    if (!entries.empty()) {
        if (history.position >= entries.size()) history.position = entries.size() - 1;
        if (entries[history.position] == id) return;
        entries.resize(history.position + 1);
    }
    entries.emplace_back(id);
    if (entries.size() > kSelectionHistoryLimit) {
        entries.erase(entries.begin(),
                      entries.begin() + static_cast<std::ptrdiff_t>(entries.size() - kSelectionHistoryLimit));
    }
    history.position = entries.size() - 1;
}

bool can_go_back(const SelectionHistory& history) {
    return !history.entries.empty() && history.position > 0;
}

bool can_go_forward(const SelectionHistory& history) {
    return history.position + 1 < history.entries.size();
}

std::string go_back(SelectionHistory& history) {
    if (!can_go_back(history)) return {};
    // min(): a position past the end (never made here) still lands on a real entry.
    history.position = std::min(history.position, history.entries.size()) - 1;
    return history.entries[history.position];
}

std::string go_forward(SelectionHistory& history) {
    if (!can_go_forward(history)) return {};
    ++history.position;
    return history.entries[history.position];
}

void drop_missing(SelectionHistory& history, const Dataset& dataset) {
    std::vector<std::string> kept;
    kept.reserve(history.entries.size());
    std::size_t position = 0;
    for (std::size_t i = 0; i < history.entries.size(); ++i) {
        std::string& id = history.entries[i];
        if (dataset.index.entity_by_id.count(id) != 0 && (kept.empty() || kept.back() != id)) {
            kept.push_back(std::move(id));
        }
        if (i == history.position && !kept.empty()) position = kept.size() - 1;
    }
    history.entries = std::move(kept);
    history.position = position;
}

}  // namespace pe

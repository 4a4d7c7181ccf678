// The small value that user actions change: which view, what is selected, which language.
// Views read it and return changes; core can check and apply them.
#pragma once

#include <string>
#include <string_view>

#include "dataset.h"
#include "language.h"

namespace pe {

struct ViewState {
    std::string view = "overview";
    std::string selected_id;  // empty: nothing selected
    Language language = Language::En;
};

// Selects `id` when the dataset has such an entity (or clears with an empty id); returns
// whether the state now holds that selection. Unknown ids leave the state unchanged.
bool select_entity(ViewState& state, const Dataset& dataset, std::string_view id);

// After a new dataset is loaded: drops a selection that no longer exists.
void keep_valid_selection(ViewState& state, const Dataset& dataset);

}  // namespace pe

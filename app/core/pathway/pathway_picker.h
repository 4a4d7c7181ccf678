// The product picker's rules: which entry shows the journey's product, and when the journey
// follows the selection (a product with milestones selected anywhere switches the journey to
// it, once, when the selection changes: choosing in the picker afterwards is not undone).
#pragma once

#include <string>
#include <vector>

#include "model/dataset.h"
#include "pathway/product_journey.h"

namespace pe {

// The picker entry of `product_id` (empty: the default, 0), or -1 when it has none.
int picker_position(const std::vector<PickerProduct>& picker, const Dataset& dataset,
                    const std::string& product_id);

// The product the journey shows after the selection went from `seen_selection` to
// `selected_id`: `selected_id` when it changed and is a product of the picker, otherwise
// `current_product` unchanged.
std::string product_after_selection(const std::vector<PickerProduct>& picker, const Dataset& dataset,
                                    const std::string& seen_selection, const std::string& selected_id,
                                    const std::string& current_product);

}  // namespace pe

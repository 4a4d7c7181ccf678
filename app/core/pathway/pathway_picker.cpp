// Implements the picker's rules (pathway_picker.h).
#include "pathway/pathway_picker.h"

namespace pe {

int picker_position(const std::vector<PickerProduct>& picker, const Dataset& dataset,
                    const std::string& product_id) {
    if (picker.empty()) return -1;
    if (product_id.empty()) return 0;
    for (std::size_t i = 0; i < picker.size(); ++i) {
        if (dataset.entities[picker[i].entity].id == product_id) return static_cast<int>(i);
    }
    return -1;
}

std::string product_after_selection(const std::vector<PickerProduct>& picker, const Dataset& dataset,
                                    const std::string& seen_selection, const std::string& selected_id,
                                    const std::string& current_product) {
    if (selected_id == seen_selection || selected_id.empty()) return current_product;
    if (picker_position(picker, dataset, selected_id) < 0) return current_product;
    return selected_id;
}

}  // namespace pe

// relation_mask: relation names to bits of kRelationTypes.
#include "graph/graph_restriction.h"

#include "model/entity_types.h"

namespace pe {

RelationMask relation_mask(const std::vector<std::string>& relations) {
    if (relations.empty()) return kAllRelations;
    RelationMask mask = 0;
    for (const std::string& relation : relations) {
        for (std::size_t k = 0; k < kRelationTypes.size(); ++k) {
            if (kRelationTypes[k] == relation) mask |= RelationMask{1} << k;
        }
    }
    return mask;
}

}  // namespace pe

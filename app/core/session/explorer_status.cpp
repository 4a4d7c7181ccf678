// Implements the JSON snapshot behind window.explorer.state() (explorer_status.h).
#include "session/explorer_status.h"

#include <nlohmann/json.hpp>

namespace pe {

std::string hex_hash(std::uint64_t hash) {
    static const char kDigits[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int k = 15; k >= 0; --k) {
        out[static_cast<std::size_t>(k)] = kDigits[hash & 0xFu];
        hash >>= 4;
    }
    return out;
}

std::string explorer_status_json(const ExplorerStatus& status) {
    nlohmann::json out = {
        {"ready", status.ready},
        {"datasetId", status.dataset_id},
        {"entityCount", status.entity_count},
        {"linkCount", status.link_count},
        {"view", std::string(view_name(status.view))},
        {"tab", std::string(tab_name(status.tab))},
        {"selectedId",
         status.selected_id.empty() ? nlohmann::json(nullptr) : nlohmann::json(status.selected_id)},
        {"focus", status.focus_hops},
        {"connectId",
         status.connect_id.empty() ? nlohmann::json(nullptr) : nlohmann::json(status.connect_id)},
        {"chains", status.chains},
        {"language", std::string(language_code(status.language))},
        {"theme", std::string(theme_name(status.theme))},
        {"query", status.query},
        {"shownCount", status.shown_count},
        {"frameCount", status.frame_count},
        {"frameMs", status.frame_ms},
        {"frameMsP95", status.frame_ms_p95},
        {"devicePixelRatio", status.device_pixel_ratio},
        {"networkLayoutHash", status.network_layout_hash.empty()
                                  ? nlohmann::json(nullptr)
                                  : nlohmann::json(status.network_layout_hash)},
        {"error", status.error},
    };
    // Replace invalid UTF-8 from user data rather than throwing.
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace pe

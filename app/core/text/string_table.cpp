// Implements loading and lookup of the UI string table (string_table.h).
#include "text/string_table.h"

#include <nlohmann/json.hpp>

namespace pe {

StringTableLoad load_string_table(std::string_view json_text) {
    StringTableLoad result;
    const auto root = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
    if (!root.is_object()) {
        result.errors.push_back(": the string table must be a JSON object of {\"zh\", \"en\"} entries");
        return result;
    }
    for (const auto& [key, value] : root.items()) {
        const auto zh = value.find("zh");
        const auto en = value.find("en");
        if (!value.is_object() || zh == value.end() || en == value.end() || !zh->is_string() ||
            !en->is_string() || value.size() != 2) {
            result.errors.push_back(key + ": needs exactly a \"zh\" and an \"en\" string");
            continue;
        }
        TableText text{zh->get<std::string>(), en->get<std::string>()};
        if (text.zh.empty() || text.en.empty()) result.errors.push_back(key + ": empty translation");
        result.table.entries.emplace(key, std::move(text));
    }
    return result;
}

const std::string& lookup(const StringTable& table, std::string_view key, Language language) {
    const auto found = table.entries.find(std::string(key));
    if (found == table.entries.end()) {
        // Kept alive for the caller: missing keys are rare and each is stored once.
        static thread_local std::unordered_map<std::string, std::string> missing;
        return missing.emplace(std::string(key), std::string(key)).first->second;
    }
    const TableText& text = found->second;
    const std::string& wanted = language == Language::Zh ? text.zh : text.en;
    return wanted.empty() ? (language == Language::Zh ? text.en : text.zh) : wanted;
}

}  // namespace pe

// The UI's strings: one JSON table (assets/strings/ui_strings.json) of keys with a Chinese
// and an English text each, looked up at runtime with English as the fallback. Placeholders
// ("{0}") are filled by text_format.h; the views reach both through app/ui/ui_text.h.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/dataset.h"
#include "model/language.h"

namespace pe {

// A UI text in both languages (std::strings: looked up by reference every frame).
struct TableText {
    std::string zh;
    std::string en;
};

struct StringTable {
    std::unordered_map<std::string, TableText> entries;
};

struct StringTableLoad {
    StringTable table;
    std::vector<std::string> errors;  // "key: message"; the table holds every valid entry
};

StringTableLoad load_string_table(std::string_view json_text);

// The text for `key` in `language`; English when that is missing; the key itself when the
// table has no such key (visible in the UI, and caught by the tests).
const std::string& lookup(const StringTable& table, std::string_view key, Language language);

}  // namespace pe

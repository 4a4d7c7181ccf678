// The two languages of the UI and the data, and how a bilingual text is shown in one of them.
#pragma once

#include <string>
#include <string_view>

#include "model/dataset.h"

namespace pe {

enum class Language { Zh, En };

std::string_view language_code(Language language);          // "zh" / "en"
bool parse_language(std::string_view code, Language& out);  // accepts "zh", "zh-CN", "en-US", ...

// The text in `language`, or in the other language when that one is empty.
const DataString& pick(const Text& text, Language language);

}  // namespace pe

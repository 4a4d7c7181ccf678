// Implements language codes and bilingual text choice (language.h).
#include "model/language.h"

namespace pe {

std::string_view language_code(Language language) {
    return language == Language::Zh ? "zh" : "en";
}

bool parse_language(std::string_view code, Language& out) {
    const std::string_view prefix = code.substr(0, 2);
    if (prefix == "zh" || prefix == "ZH") {
        out = Language::Zh;
        return true;
    }
    if (prefix == "en" || prefix == "EN") {
        out = Language::En;
        return true;
    }
    return false;
}

const DataString& pick(const Text& text, Language language) {
    const DataString& wanted = language == Language::Zh ? text.zh : text.en;
    const DataString& other = language == Language::Zh ? text.en : text.zh;
    return wanted.empty() ? other : wanted;
}

}  // namespace pe

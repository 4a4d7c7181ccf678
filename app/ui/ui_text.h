// The views' one accessor for UI text: the session's string table in the session's language
// (core's lookup, string_table.h), plain or with its placeholders filled (text_format.h).
// Translated text is drawn as text, never passed to ImGui as a printf format.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "session/app_session.h"
#include "text/string_table.h"
#include "text/text_format.h"

namespace pe {

inline const std::string& ui_text(const AppSession& session, std::string_view key) {
    return lookup(session.strings, key, session.state.language);
}

// ui_text with "{0}", "{1}"... filled from `args`.
inline std::string ui_text_format(const AppSession& session, std::string_view key,
                                  std::initializer_list<std::string_view> args) {
    return format_text(ui_text(session, key), args);
}

}  // namespace pe

// The page's settings (settings_store.h) in localStorage, under "policy-explorer.settings".
// Storage can be full or switched off (private windows): then nothing is kept, silently.
#include <emscripten/emscripten.h>

#include <cstdlib>

#include "settings_store.h"

namespace {

// clang-format off
EM_JS(char*, read_stored_settings, (), {
    var text = null;
    try { text = window.localStorage.getItem('policy-explorer.settings'); } catch (e) { text = null; }
    if (!text) return 0;
    var length = lengthBytesUTF8(text) + 1;
    var pointer = _malloc(length);
    if (!pointer) return 0;
    stringToUTF8(text, pointer, length);
    return pointer;
});

EM_JS(void, write_stored_settings, (const char* text), {
    try { window.localStorage.setItem('policy-explorer.settings', UTF8ToString(text)); } catch (e) { }
});
// clang-format on

}  // namespace

namespace pe {

std::string load_settings_text() {
    char* text = read_stored_settings();
    if (text == nullptr) return "";
    std::string result(text);
    std::free(text);
    return result;
}

void store_settings_text(const std::string& text) {
    write_stored_settings(text.c_str());
}

}  // namespace pe

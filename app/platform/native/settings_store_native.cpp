// The native settings file (settings_store.h): $POLICY_EXPLORER_SETTINGS when set (tests use
// it), else $XDG_CONFIG_HOME/policy-explorer/settings.ini, else ~/.config/policy-explorer/.
// Read and written (atomically) by core's file_io.h; here only where the file lives.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "files/file_io.h"
#include "settings_store.h"

namespace pe {

namespace {

namespace fs = std::filesystem;

fs::path settings_path() {
    if (const char* path = std::getenv("POLICY_EXPLORER_SETTINGS"); path != nullptr && *path != '\0')
        return path;
    if (const char* config = std::getenv("XDG_CONFIG_HOME"); config != nullptr && *config != '\0') {
        return fs::path(config) / "policy-explorer" / "settings.ini";
    }
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        return fs::path(home) / ".config" / "policy-explorer" / "settings.ini";
    }
    return {};
}

}  // namespace

std::string load_settings_text() {
    const fs::path path = settings_path();
    if (path.empty()) return "";
    std::string text;
    read_file(path.string(), text);  // "" when missing or unreadable
    return text;
}

void store_settings_text(const std::string& text) {
    static bool reported = false;
    const fs::path path = settings_path();
    if (path.empty()) return;
    std::error_code ignored;  // a folder that cannot be made fails the write below
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), ignored);
    if (!write_file_atomically(path.string(), text).ok()) {
        if (!reported)
            std::fprintf(stderr, "policy-explorer: cannot save the layout to %s\n", path.string().c_str());
        reported = true;
    }
}

}  // namespace pe

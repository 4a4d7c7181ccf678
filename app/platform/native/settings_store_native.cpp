// The native settings file (settings_store.h): $POLICY_EXPLORER_SETTINGS when set (tests use
// it), else $XDG_CONFIG_HOME/policy-explorer/settings.ini, else ~/.config/policy-explorer/.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

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
    std::ifstream in(path, std::ios::binary);
    if (!in) return "";
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void store_settings_text(const std::string& text) {
    static bool reported = false;
    const fs::path path = settings_path();
    if (path.empty()) return;
    std::error_code error;
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), error);
    fs::path temporary = path;
    temporary += ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) error = std::make_error_code(std::errc::io_error);
    }
    if (!error) fs::rename(temporary, path, error);
    if (error) {
        fs::remove(temporary, error);
        if (!reported)
            std::fprintf(stderr, "policy-explorer: cannot save the layout to %s\n", path.string().c_str());
        reported = true;
    }
}

}  // namespace pe

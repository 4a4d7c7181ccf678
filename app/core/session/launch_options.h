// The program's command line, the same on both platforms (the page passes its arguments
// through Module.arguments): language, an optional dataset file and a first selection.
#pragma once

#include <string>
#include <vector>

#include "model/language.h"

namespace pe {

struct LaunchOptions {
    bool has_language = false;
    Language language = Language::En;
    std::string data_path;  // empty: the embedded dataset
    std::string select_id;  // an entity to select at start, empty: none
    std::vector<std::string> errors;
};

// Accepts --lang CODE (zh, en, zh-CN, en_US.UTF-8, ...), --data FILE and --select ID.
LaunchOptions parse_launch_options(const std::vector<std::string>& args);

// The language for a POSIX locale or a BCP 47 tag; English for anything not Chinese.
Language language_from_locale(const std::string& locale);

}  // namespace pe

// The program's command line, the same on both platforms (the page passes its arguments
// through Module.arguments): language and an optional dataset file.
#pragma once

#include <string>
#include <vector>

#include "language.h"

namespace pe {

struct LaunchOptions {
    bool has_language = false;
    Language language = Language::En;
    std::string data_path;  // empty: the embedded dataset
    std::vector<std::string> errors;
};

// Accepts --lang CODE (zh, en, zh-CN, en_US.UTF-8, ...) and --data FILE.
LaunchOptions parse_launch_options(const std::vector<std::string>& args);

// The language for a POSIX locale or a BCP 47 tag; English for anything not Chinese.
Language language_from_locale(const std::string& locale);

}  // namespace pe

// The program's command line, the same on both platforms (the page passes its arguments
// through Module.arguments): language, an optional dataset file and a first selection, and
// the session commands (session_command.h) that the language and selection become.
#pragma once

#include <string>
#include <vector>

#include "model/language.h"
#include "session/session_command.h"

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

// What the options ask of the session once its dataset is in, in order: the language (as its
// code, when --lang was given) and the selection (when --select was given).
std::vector<SessionCommand> launch_commands(const LaunchOptions& options);

// Applies launch_commands(options) to the session in order (call once its dataset is in);
// returns a message for each one not applied, e.g. "--select ID: no such entity".
std::vector<std::string> apply_launch_commands(AppSession& session, const LaunchOptions& options);

// The language for a POSIX locale or a BCP 47 tag; English for anything not Chinese.
Language language_from_locale(const std::string& locale);

}  // namespace pe

// The commands that reach the program from outside its own UI, the same on both platforms:
// the page's window.explorer (select, setLanguage, setTheme, setView, setFocus, connect) and the desktop
// command line (--lang, --select). A plain value (kind + text argument) and the one function that applies it
// to the session. Parsing the command line is launch_options.h's job.
#pragma once

#include <cstdint>
#include <string>

namespace pe {

struct AppSession;

enum class CommandKind : std::uint8_t {
    Select,    // argument: an entity id; empty clears the selection
    Language,  // argument: "zh" or "en" (also "zh-CN", "en-US", ...)
    Theme,     // argument: "dark" or "light", any case
    View,      // argument: "timeline", "network", "map" or "pathway" (the main view)
    Tab,       // argument: "entities" or "figures" (the lower tab)
    Focus,     // argument: "0" (off) to "3" hops, or "off"
    Connect,   // argument: the second entity's id; empty ends the connection
};

struct SessionCommand {
    CommandKind kind = CommandKind::Select;
    std::string argument;
};

enum class CommandResult : std::uint8_t {
    Applied,    // the session now holds what the command asked for
    UnknownId,  // Select, Connect: the dataset has no entity with that id
    BadValue,   // Language, Theme, View: the argument names none
    NoDataset,  // Select or Connect before a dataset is in
};

// Applies `command` to the session's view state (and brings the session's link emphasis up
// to date); anything but Applied leaves it unchanged.
CommandResult apply_command(AppSession& session, const SessionCommand& command);

}  // namespace pe

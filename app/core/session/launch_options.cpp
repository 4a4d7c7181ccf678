// Implements command-line parsing for the desktop program and the page, and the session
// commands it becomes (launch_options.h).
#include "session/launch_options.h"

#include <string_view>

#include "session/app_session.h"

namespace pe {

namespace {

// How a command reads in a message: the option that gave it, or its name (theme and view
// are not command-line options). A switch, so a new kind or result cannot go unnamed.
std::string_view command_name(CommandKind kind) {
    switch (kind) {
        case CommandKind::Select:
            return "--select";
        case CommandKind::Language:
            return "--lang";
        case CommandKind::Theme:
            return "theme";
        case CommandKind::View:
            return "view";
    }
    return "command";
}

std::string_view result_reason(CommandResult result) {
    switch (result) {
        case CommandResult::Applied:
            return "applied";
        case CommandResult::UnknownId:
            return "no such entity";
        case CommandResult::BadValue:
            return "not a valid value";
        case CommandResult::NoDataset:
            return "no dataset is loaded";
    }
    return "failed";
}

std::string launch_command_error(const SessionCommand& command, CommandResult result) {
    return std::string(command_name(command.kind)) + " " + command.argument + ": " +
           std::string(result_reason(result));
}

}  // namespace

LaunchOptions parse_launch_options(const std::vector<std::string>& args) {
    LaunchOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool has_value = i + 1 < args.size();
        if (arg == "--lang" && has_value) {
            options.has_language = true;
            options.language = language_from_locale(args[++i]);
        } else if (arg == "--data" && has_value) {
            options.data_path = args[++i];
        } else if (arg == "--select" && has_value) {
            options.select_id = args[++i];
        } else if (arg == "--lang" || arg == "--data" || arg == "--select") {
            options.errors.push_back(arg + " needs a value");
        } else {
            options.errors.push_back("unknown argument: " + arg);
        }
    }
    return options;
}

std::vector<SessionCommand> launch_commands(const LaunchOptions& options) {
    std::vector<SessionCommand> commands;
    if (options.has_language)
        commands.push_back({CommandKind::Language, std::string(language_code(options.language))});
    if (!options.select_id.empty()) commands.push_back({CommandKind::Select, options.select_id});
    return commands;
}

std::vector<std::string> apply_launch_commands(AppSession& session, const LaunchOptions& options) {
    std::vector<std::string> errors;
    for (const SessionCommand& command : launch_commands(options)) {
        const CommandResult result = apply_command(session, command);
        if (result != CommandResult::Applied) errors.push_back(launch_command_error(command, result));
    }
    return errors;
}

Language language_from_locale(const std::string& locale) {
    Language language = Language::En;
    parse_language(locale, language);
    return language;
}

}  // namespace pe

// Implements command-line parsing for the desktop program and the page, and the session
// commands it becomes (launch_options.h).
#include "session/launch_options.h"

#include <string_view>
#include <utility>

#include "session/app_session.h"

namespace pe {

namespace {

// How a command and its result read in a message, found by value (not by position, so
// reordering an enum cannot mismatch them). Theme and view are not command-line options.
constexpr std::pair<CommandKind, std::string_view> kCommandNames[] = {{CommandKind::Select, "--select"},
                                                                      {CommandKind::Language, "--lang"},
                                                                      {CommandKind::Theme, "theme"},
                                                                      {CommandKind::View, "view"},
                                                                      {CommandKind::Tab, "tab"}};
constexpr std::pair<CommandResult, std::string_view> kResultReasons[] = {
    {CommandResult::Applied, "applied"},
    {CommandResult::UnknownId, "no such entity"},
    {CommandResult::BadValue, "not a valid value"},
    {CommandResult::NoDataset, "no dataset is loaded"}};

template <typename Key, std::size_t N>
std::string_view name_in(const std::pair<Key, std::string_view> (&table)[N], Key key) {
    for (const auto& [candidate, name] : table) {
        if (candidate == key) return name;
    }
    return "?";
}

std::string launch_command_error(const SessionCommand& command, CommandResult result) {
    return std::string(name_in(kCommandNames, command.kind)) + " " + command.argument + ": " +
           std::string(name_in(kResultReasons, result));
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

// Argument parsing for cli_arguments.h: the command from the first argument, then options
// in any order ("--name value" or "--name=value"), "--" ending them, the rest positional;
// then the counts and rules of the command's row.
#include "cli_arguments.h"

#include <string_view>

namespace pe {

namespace {

struct OptionName {
    std::string_view name;
    CliOption bit;
    bool takes_value;
};

constexpr OptionName kOptionNames[] = {
    {"--data", kOptData, true},     {"--output", kOptOutput, true}, {"-o", kOptOutput, true},
    {"--format", kOptFormat, true}, {"--limit", kOptLimit, true},   {"--compact", kOptCompact, false},
};

bool parse_limit(std::string_view text, std::size_t& limit) {
    if (text.empty() || text.size() > 9) {
        return false;
    }
    std::size_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + static_cast<std::size_t>(c - '0');
    }
    limit = value;
    return value > 0;
}

// Stores the value of one option; returns the usage error, "" when the value is usable.
std::string take_option(CliOption bit, const std::string& value, CliOptions& options) {
    options.given |= bit;
    switch (bit) {
        case kOptData:
            options.data = value;
            break;
        case kOptOutput:
            options.output = value;
            break;
        case kOptFormat:
            if (value != "json" && value != "csv") {
                return "--format must be json or csv, not '" + value + "'";
            }
            options.format = value;
            break;
        case kOptLimit:
            if (!parse_limit(value, options.limit)) {
                return "--limit must be a whole number from 1 to 999999999, not '" + value + "'";
            }
            break;
        case kOptCompact:
            break;
    }
    return "";
}

// "a QUERY", "an ID".
std::string with_article(std::string_view word) {
    const bool vowel = !word.empty() && std::string_view("AEIOU").find(word[0]) != std::string_view::npos;
    return (vowel ? "an " : "a ") + std::string(word);
}

}  // namespace

std::string parse_cli_arguments(const std::vector<std::string>& args, const std::vector<CliCommand>& table,
                                CliOptions& options) {
    if (args.empty()) {
        options.help = true;
        return "";
    }
    const std::string& first = args[0];
    if (first == "-h" || first == "--help" || first == "help") {
        options.help = true;
        return "";
    }
    for (const CliCommand& command : table) {
        if (command.name == first) {
            options.command = &command;
        }
    }
    if (options.command == nullptr) {
        return first.empty() || first[0] != '-' ? "unknown command '" + first + "'"
                                                : "unknown option '" + first + "'";
    }
    const CliCommand& command = *options.command;
    bool only_positional = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (only_positional || arg.size() < 2 || arg[0] != '-') {
            options.positional.push_back(arg);
            continue;
        }
        if (arg == "--") {
            only_positional = true;
            continue;
        }
        if (arg == "-h" || arg == "--help") {
            options.help = true;
            continue;
        }
        const std::size_t equals = arg.find('=');
        const std::string name = arg.substr(0, equals);
        const OptionName* option = nullptr;
        for (const OptionName& candidate : kOptionNames) {
            if (candidate.name == name) {
                option = &candidate;
            }
        }
        if (option == nullptr) {
            return "unknown option '" + name + "' for " + std::string(command.name);
        }
        if ((command.options & option->bit) == 0) {
            return "option '" + name + "' does not apply to " + std::string(command.name);
        }
        std::string value;
        if (option->takes_value) {
            if (equals != std::string::npos) {
                value = arg.substr(equals + 1);
            } else if (i + 1 < args.size()) {
                value = args[++i];
            } else {
                return "option '" + name + "' needs a value";
            }
        } else if (equals != std::string::npos) {
            return "option '" + name + "' takes no value";
        }
        if (option->takes_value && value.empty()) {
            return "option '" + name + "' needs a non-empty value";
        }
        std::string error = take_option(option->bit, value, options);
        if (!error.empty()) {
            return error;
        }
    }
    if (options.help) {
        return "";
    }
    if (options.positional.size() < command.positional.min) {
        return std::string(command.name) + " needs " + with_article(command.positional.name);
    }
    if (options.positional.size() > command.positional.max) {
        return "unexpected argument '" + options.positional[command.positional.max] + "' for " +
               std::string(command.name);
    }
    return command.check != nullptr ? command.check(options) : "";
}

}  // namespace pe

// Implements command-line parsing for the desktop program and the page (launch_options.h).
#include "session/launch_options.h"

namespace pe {

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

Language language_from_locale(const std::string& locale) {
    Language language = Language::En;
    parse_language(locale, language);
    return language;
}

}  // namespace pe

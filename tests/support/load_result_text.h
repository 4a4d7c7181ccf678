// A load's errors as the lines the CLI and the page print ("ORIGIN:LINE:COL: POINTER:
// message"), one per line, for assertion messages that say what went wrong.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "load/dataset_loader.h"

namespace pe {

inline std::string describe_errors(const std::vector<LoadError>& errors, std::string_view origin = "input",
                                   std::string_view indent = "") {
    std::string all;
    for (const LoadError& e : errors) all += std::string(indent) + format_error(origin, e) + "\n";
    return all;
}

inline std::string describe_errors(const LoadResult& result, std::string_view origin = "input") {
    return describe_errors(result.errors, origin);
}

}  // namespace pe

// The folder map of app/core, checked on the sources themselves (docs/architecture.md
// describes it): which feature folder may include which, that core includes nothing but
// the standard library and nlohmann/json, that every include of a core header names its
// folder, that the views never include the platform, and that the doc names every folder and header.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace pe {
namespace {

namespace fs = std::filesystem;

// What each folder of app/core may include besides itself. Keep in step with the table in
// docs/architecture.md; a new folder must be added here on purpose.
const std::map<std::string, std::set<std::string>>& allowed_folders() {
    static const std::map<std::string, std::set<std::string>> kAllowed = {
        {"model", {}},
        {"display", {}},
        {"text", {"model"}},
        {"search", {"model"}},
        {"load", {"model"}},
        {"files", {"model", "load"}},
        {"timeline", {"model", "text", "graph", "links"}},
        {"explore", {"model", "text", "search"}},
        {"graph", {"model"}},
        {"pathway", {"model", "graph", "links"}},
        {"links", {"model", "text", "graph"}},
        {"map", {"model"}},
        {"network", {"model", "text"}},
        {"session",
         {"model", "text", "search", "load", "files", "timeline", "explore", "display", "graph", "links"}},
    };
    return kAllowed;
}

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

struct Include {
    fs::path file;  // relative to the repository
    std::string target;
    bool angled = false;
};

std::vector<Include> includes_below(const std::string& folder) {
    static const std::regex include_rule(R"re(^\s*#\s*include\s*([<"])([^">]+)[">])re");
    std::vector<Include> out;
    const fs::path root = fs::path(PE_SOURCE_DIR);
    for (const auto& entry : fs::recursive_directory_iterator(root / folder)) {
        const std::string extension = entry.path().extension().string();
        if (!entry.is_regular_file() || (extension != ".h" && extension != ".cpp")) continue;
        std::ifstream in(entry.path());
        std::smatch match;
        for (std::string line; std::getline(in, line);) {
            if (std::regex_search(line, match, include_rule)) {
                out.push_back(
                    Include{fs::relative(entry.path(), root), match[2].str(), match[1].str() == "<"});
            }
        }
    }
    return out;
}

std::set<std::string> core_folders() {
    std::set<std::string> out;
    for (const auto& entry : fs::directory_iterator(fs::path(PE_SOURCE_DIR) / "app/core")) {
        if (entry.is_directory()) out.insert(entry.path().filename().string());
    }
    return out;
}

std::string folder_of(const std::string& include) {
    const std::size_t slash = include.find('/');
    return slash == std::string::npos ? std::string() : include.substr(0, slash);
}

TEST(Architecture, EveryCoreFolderIsInTheMapAndNoFileLiesAtTheTop) {
    const std::set<std::string> folders = core_folders();
    EXPECT_GE(folders.size(), 8u);
    for (const std::string& folder : folders) {
        EXPECT_EQ(allowed_folders().count(folder), 1u)
            << "app/core/" << folder << " is not in the folder map";
    }
    for (const auto& entry : fs::directory_iterator(fs::path(PE_SOURCE_DIR) / "app/core")) {
        EXPECT_FALSE(entry.is_regular_file()) << entry.path() << ": core files live in a feature folder";
    }
}

TEST(Architecture, CoreFoldersIncludeOnlyWhatTheMapAllows) {
    const std::set<std::string> folders = core_folders();
    std::size_t checked = 0;
    for (const Include& include : includes_below("app/core")) {
        const std::string own = *std::next(include.file.begin(), 2);  // app/core/<folder>/...
        if (include.angled) {
            // The standard library (no dot, no slash) and nlohmann/json: no ImGui, GL or Emscripten.
            const bool standard = include.target.find('/') == std::string::npos &&
                                  include.target.find('.') == std::string::npos;
            EXPECT_TRUE(standard || include.target.rfind("nlohmann/", 0) == 0)
                << include.file << " includes <" << include.target << ">";
            continue;
        }
        const std::string folder = folder_of(include.target);
        ++checked;
        ASSERT_TRUE(folders.count(folder)) << include.file << " includes \"" << include.target
                                           << "\": name the core folder (\"model/dataset.h\")";
        if (folder == own) continue;
        EXPECT_TRUE(allowed_folders().at(own).count(folder))
            << include.file << " includes " << include.target << ": " << own << "/ may not include " << folder
            << "/ (docs/architecture.md)";
    }
    EXPECT_GT(checked, 100u);
}

TEST(Architecture, TheMapHasNoCycle) {
    // Depth-first search over the allowed edges: a folder met again on the current path is a cycle.
    std::map<std::string, int> state;  // 0 unvisited, 1 on the path, 2 done
    std::function<void(const std::string&)> visit = [&](const std::string& folder) {
        state[folder] = 1;
        for (const std::string& next : allowed_folders().at(folder)) {
            ASSERT_NE(state[next], 1) << "cycle through " << folder << " -> " << next;
            if (state[next] == 0) visit(next);
        }
        state[folder] = 2;
    };
    for (const auto& [folder, unused] : allowed_folders()) {
        if (state[folder] == 0) visit(folder);
    }
}

TEST(Architecture, OutsideCoreIncludesOfCoreHeadersNameTheirFolder) {
    const std::set<std::string> folders = core_folders();
    std::set<std::string> core_headers;  // file names of every core header
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(PE_SOURCE_DIR) / "app/core")) {
        if (entry.path().extension() == ".h") core_headers.insert(entry.path().filename().string());
    }
    std::size_t checked = 0;
    for (const char* layer : {"app/ui", "app/platform", "app/cli"}) {
        for (const Include& include : includes_below(layer)) {
            if (include.angled) continue;
            EXPECT_FALSE(core_headers.count(include.target))
                << include.file << " includes \"" << include.target << "\" without its core folder";
            ++checked;
            if (std::string(layer) == "app/ui") {
                EXPECT_EQ(include.target.find("platform"), std::string::npos)
                    << include.file << ": a view never includes the platform";
            }
        }
    }
    EXPECT_GT(checked, 50u);
}

TEST(Architecture, TheDocNamesEveryCoreFolderAndHeader) {
    const std::string doc = read_all(fs::path(PE_SOURCE_DIR) / "docs/architecture.md");
    ASSERT_FALSE(doc.empty()) << "docs/architecture.md is missing";
    for (const std::string& folder : core_folders()) {
        EXPECT_NE(doc.find("`" + folder + "/`"), std::string::npos)
            << "docs/architecture.md does not describe app/core/" << folder << "/";
    }
    std::size_t headers = 0;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(PE_SOURCE_DIR) / "app/core")) {
        if (entry.path().extension() != ".h") continue;
        ++headers;
        const std::string stem = entry.path().stem().string();
        EXPECT_NE(doc.find("`" + stem + "`"), std::string::npos)
            << "docs/architecture.md does not name " << fs::relative(entry.path(), PE_SOURCE_DIR);
    }
    EXPECT_GT(headers, 50u);
}

}  // namespace
}  // namespace pe

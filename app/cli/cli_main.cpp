// The policy-explorer-cli executable: hands its arguments to run_cli (cli_commands.h).
#include <iostream>
#include <string>
#include <vector>

#include "cli_commands.h"

int main(int argc, char** argv) {
    return pe::run_cli(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}

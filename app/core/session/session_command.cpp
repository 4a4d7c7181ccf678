// Implements applying a command to the session (session_command.h).
#include "session/session_command.h"

#include "session/app_session.h"

namespace pe {

CommandResult apply_command(AppSession& session, const SessionCommand& command) {
    ViewState& state = session.state;
    switch (command.kind) {
        case CommandKind::Select:
            if (!session.dataset) return CommandResult::NoDataset;
            return select_entity(state, *session.dataset, command.argument) ? CommandResult::Applied
                                                                            : CommandResult::UnknownId;
        case CommandKind::Language:
            return parse_language(command.argument, state.language) ? CommandResult::Applied
                                                                    : CommandResult::BadValue;
        case CommandKind::Theme:
            return parse_theme(command.argument, state.theme) ? CommandResult::Applied
                                                              : CommandResult::BadValue;
        case CommandKind::View:
            return set_view(state, command.argument) ? CommandResult::Applied : CommandResult::BadValue;
        case CommandKind::Tab:
            return set_tab(state, command.argument) ? CommandResult::Applied : CommandResult::BadValue;
    }
    return CommandResult::BadValue;
}

}  // namespace pe

// Implements applying a command to the session (session_command.h).
#include "session/session_command.h"

#include "session/app_session.h"

namespace pe {

namespace {

CommandResult apply_to_state(AppSession& session, const SessionCommand& command) {
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
        case CommandKind::Focus: {
            int hops = 0;
            return parse_focus(command.argument, hops) && set_focus(state, hops) ? CommandResult::Applied
                                                                                 : CommandResult::BadValue;
        }
        case CommandKind::Connect:
            if (!session.dataset) return CommandResult::NoDataset;
            return connect_entity(state, *session.dataset, command.argument) ? CommandResult::Applied
                                                                             : CommandResult::UnknownId;
    }
    return CommandResult::BadValue;
}

}  // namespace

CommandResult apply_command(AppSession& session, const SessionCommand& command) {
    const CommandResult result = apply_to_state(session, command);
    if (result == CommandResult::Applied) refresh_links(session);
    return result;
}

}  // namespace pe

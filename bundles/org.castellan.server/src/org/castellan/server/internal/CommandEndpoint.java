package org.castellan.server.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.server.RemoteCommands;

/**
 * {@code POST /api/v1/commands}: one verb of the command line run in this server as the user of
 * the token, its output and exit code answered as JSON. The verb's rules are the services' and
 * are checked here, where the database is; the client never holds a database credential.
 */
final class CommandEndpoint {

    private final RemoteCommands commands;

    CommandEndpoint(RemoteCommands commands) {
        this.commands = commands;
    }

    Reply run(Call call) throws ApiError {
        List<String> arguments = call.body().strings("arguments"); //$NON-NLS-1$
        if (arguments.isEmpty()) {
            throw ApiError.badRequest(Messages.commandEmpty);
        }
        Optional<String> input = call.body().optionalString("stdin"); //$NON-NLS-1$
        RemoteCommands.Outcome outcome = commands.run(call.grant().user(), arguments, input);
        if (outcome == null) {
            throw new ApiError(501, "commands_unavailable", Messages.commandsUnavailable); //$NON-NLS-1$
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("exitCode", outcome.exitCode()); //$NON-NLS-1$
        reply.put("out", outcome.out()); //$NON-NLS-1$
        reply.put("err", outcome.err()); //$NON-NLS-1$
        return Reply.ok(reply);
    }
}

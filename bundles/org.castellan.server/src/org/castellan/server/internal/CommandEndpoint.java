package org.castellan.server.internal;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.server.RemoteCommands;
import org.eclipse.osgi.util.NLS;

/**
 * {@code POST /api/v1/commands}: one verb of the command line run in this server as the user of
 * the token, its output and exit code answered as JSON. The verb's rules are the services' and
 * are checked here, where the database is; the client never holds a database credential. The
 * files the verb reads come in {@code files} and those it wrote go back there, in Base64, named by
 * the client's own path.
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
        Map<String, byte[]> files = decoded(call.body().stringMap("files")); //$NON-NLS-1$
        RemoteCommands.Outcome outcome = commands.run(call.grant().user(), call.grant().workstation(), arguments, input, files);
        if (outcome == null) {
            throw new ApiError(501, "commands_unavailable", Messages.commandsUnavailable); //$NON-NLS-1$
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("exitCode", outcome.exitCode()); //$NON-NLS-1$
        reply.put("out", outcome.out()); //$NON-NLS-1$
        reply.put("err", outcome.err()); //$NON-NLS-1$
        if (!outcome.files().isEmpty()) {
            Map<String, String> written = new LinkedHashMap<>();
            outcome.files().forEach((name, content) -> written.put(name, Base64.getEncoder().encodeToString(content)));
            reply.put("files", written); //$NON-NLS-1$
        }
        return Reply.ok(reply);
    }

    private static Map<String, byte[]> decoded(Map<String, String> files) throws ApiError {
        Map<String, byte[]> decoded = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            byte[] content;
            try {
                content = Base64.getDecoder().decode(file.getValue());
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(NLS.bind(Messages.fileNotBase64, file.getKey()));
            }
            if (content.length > RemoteCommands.MAX_FILE_BYTES) {
                throw new ApiError(413, "too_large", NLS.bind(Messages.fileTooLarge, file.getKey(), RemoteCommands.MAX_FILE_BYTES)); //$NON-NLS-1$
            }
            decoded.put(file.getKey(), content);
        }
        return decoded;
    }
}

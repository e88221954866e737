package org.castellan.server;

import java.util.List;
import java.util.Optional;

import org.castellan.security.AuthenticatedUser;

/**
 * The administration face of the API: one verb of the command line, run in the server as the user
 * of the session that sent it, so that every rule is checked where the database is. The command
 * line supplies it to {@link CastellanServer#start}; the server holds no verb of its own.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface RemoteCommands {

    /** What one verb printed and how it ended. */
    record Outcome(int exitCode, String out, String err) {
    }

    /**
     * Runs one verb.
     *
     * @param user          the user of the session whose token came with the request; he acts
     * @param arguments     the verb and its arguments, as typed after {@code castellan}
     * @param standardInput what the verb reads from standard input (new passwords, one a line); empty for none
     * @return what the verb printed and its exit code; a refusal of a rule is an exit code, not an exception
     */
    Outcome run(AuthenticatedUser user, List<String> arguments, Optional<String> standardInput);

    /** No verb can be run: a server started without the command line (tests of the decision API). */
    RemoteCommands NONE = (user, arguments, input) -> null;
}

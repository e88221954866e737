package org.castellan.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.security.AuthenticatedUser;

/**
 * The administration face of the API: one verb of the command line, run in the server as the user
 * of the session that sent it, so that every rule is checked where the database is. The command
 * line supplies it to {@link CastellanServer#start}; the server holds no verb of its own.
 *
 * <p>A verb that reads or writes a file of the machine it is typed on ({@code menu import FILE},
 * {@code audit report --out FILE}) keeps that file on the client: the client sends an input's
 * content with the request, named by the path as typed, and writes an output's content the answer
 * carries; the server never opens a path a client names.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface RemoteCommands {

    /** The largest file a verb sends or receives through the server: 8 MiB. */
    int MAX_FILE_BYTES = 8 * 1024 * 1024;

    /**
     * What one verb printed and how it ended, and the content of the file it wrote, named by the
     * path the client gave (empty when it wrote none).
     */
    record Outcome(int exitCode, String out, String err, Map<String, byte[]> files) {

        public Outcome {
            files = Map.copyOf(files);
        }

        public Outcome(int exitCode, String out, String err) {
            this(exitCode, out, err, Map.of());
        }
    }

    /**
     * Runs one verb.
     *
     * @param user          the user of the session whose token came with the request; he acts
     * @param workstation   the workstation that session was opened from, as its log-in named it;
     *                      the journal names it for what the verb records there (a report's export)
     * @param arguments     the verb and its arguments, as typed after {@code castellan}
     * @param standardInput what the verb reads from standard input (new passwords, one a line); empty for none
     * @param files         the content of the files the verb reads, named by the path as given in {@code arguments}
     * @return what the verb printed and its exit code; a refusal of a rule is an exit code, not an exception
     */
    Outcome run(AuthenticatedUser user, String workstation, List<String> arguments, Optional<String> standardInput, Map<String, byte[]> files);

    /** No verb can be run: a server started without the command line (tests of the decision API). */
    RemoteCommands NONE = (user, workstation, arguments, input, files) -> null;
}

package org.castellan.cli.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

import org.castellan.server.client.Answer;
import org.castellan.server.client.ConnectionException;
import org.castellan.server.client.PinnedServer;

import com.google.gson.JsonObject;

/**
 * The user who acts, logged in to the Castellan server for one command: his own login and
 * password (the server's throttling, locks and bans apply; an administrator gets through a ban
 * as he does at the workbench), a token for the command, and a log-out when it is done.
 */
final class ServerSession implements AutoCloseable {

    private static final String SESSION = "/api/v1/session"; //$NON-NLS-1$

    private final PinnedServer server;
    private final String token;

    private ServerSession(PinnedServer server, String token) {
        this.server = server;
        this.token = token;
    }

    /** @throws CommandLineException the server's refusal, with the exit code of a refused log-in */
    static ServerSession logIn(PinnedServer server, String login, char[] password, String program) throws CommandLineException {
        JsonObject body = new JsonObject();
        body.addProperty("login", login); //$NON-NLS-1$
        body.addProperty("password", new String(password)); //$NON-NLS-1$
        body.addProperty("workstation", workstation()); //$NON-NLS-1$
        body.addProperty("program", program); //$NON-NLS-1$
        body.addProperty("forceBan", true); //$NON-NLS-1$
        Arrays.fill(password, '\0');
        Answer answer = send(() -> server.post("/api/v1/sessions", body, Optional.empty())); //$NON-NLS-1$
        if (!answer.ok()) {
            throw new CommandLineException(answer.status() == 401 || answer.status() == 429 ? ExitCode.AUTHENTICATION_FAILED : ExitCode.REFUSED,
                    answer.message());
        }
        return new ServerSession(server, answer.text("token")); //$NON-NLS-1$
    }

    Answer post(String path, JsonObject body) throws CommandLineException {
        return send(() -> server.post(path, body, Optional.of(token)));
    }

    /** What the server answers; an unreachable server or a changed certificate ends the command as an unusable installation. */
    static Answer send(Exchange exchange) throws CommandLineException {
        try {
            return exchange.run();
        } catch (ConnectionException e) {
            throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, e.getMessage(), e);
        }
    }

    /** One request to the server. */
    @FunctionalInterface
    interface Exchange {
        Answer run() throws ConnectionException;
    }

    @Override
    public void close() {
        try {
            server.delete(SESSION, Optional.of(token));
        } catch (ConnectionException e) {
            // The session ends on its own when it misses its heartbeats.
        }
    }

    /** This machine's name, shown in the server's sessions. */
    static String workstation() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "?"; //$NON-NLS-1$
        }
    }
}

package org.castellan.server.client;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.PasswordExpiredException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A user of a client workstation logged in to the Castellan server: the server checks his
 * password (throttling, locks) and opens his session (bans), and the user the client acts as is
 * the one the server answers with, never one the client makes up. The token it holds is what
 * {@link RemoteServices}' calls are made with; it ends at {@link #close()} (log-out) or when the
 * session misses its heartbeats.
 *
 * @since 0.1
 */
public final class ServerLogin implements AutoCloseable {

    private static final String SESSION = "/api/v1/session"; //$NON-NLS-1$

    private final PinnedServer server;
    private final String token;
    private final AuthenticatedUser user;
    private final Optional<String> company;
    private volatile Duration heartbeatInterval;

    private ServerLogin(PinnedServer server, String token, AuthenticatedUser user, Optional<String> company, Duration heartbeatInterval) {
        this.server = server;
        this.token = token;
        this.user = user;
        this.company = company;
        this.heartbeatInterval = heartbeatInterval;
    }

    /**
     * Logs a user in.
     *
     * @param company  the company he works for; empty for the server to choose
     * @param forceBan whether an administrator gets through a ban (he is told of it)
     * @throws PasswordExpiredException when the password was right but must be changed first
     * @throws AccountException         the server's refusal (wrong password, lock, ban, too many attempts) with its message, or an unreachable server
     */
    public static ServerLogin logIn(PinnedServer server, String login, char[] password, Optional<String> company, String workstation, String program,
            boolean forceBan) throws AccountException {
        JsonObject body = new JsonObject();
        body.addProperty("login", login); //$NON-NLS-1$
        body.addProperty("password", new String(password)); //$NON-NLS-1$
        company.ifPresent(code -> body.addProperty("company", code)); //$NON-NLS-1$
        body.addProperty("workstation", workstation); //$NON-NLS-1$
        body.addProperty("program", program); //$NON-NLS-1$
        body.addProperty("forceBan", forceBan); //$NON-NLS-1$
        Arrays.fill(password, '\0');
        Answer answer = send(() -> server.post("/api/v1/sessions", body, Optional.empty())); //$NON-NLS-1$
        if (!answer.ok()) {
            throw "password_expired".equals(answer.error()) ? new PasswordExpiredException(answer.message()) //$NON-NLS-1$
                    : new AccountException(answer.message());
        }
        JsonObject user = answer.json().getAsJsonObject("user"); //$NON-NLS-1$
        AuthenticatedUser actor = new AuthenticatedUser(user.get("id").getAsString(), user.get("login").getAsString(), //$NON-NLS-1$ //$NON-NLS-2$
                user.get("name").getAsString(), user.get("level").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonElement chosen = answer.json().get("company"); //$NON-NLS-1$
        return new ServerLogin(server, answer.text("token"), actor, //$NON-NLS-1$
                chosen == null || chosen.isJsonNull() ? Optional.empty() : Optional.of(chosen.getAsString()),
                Duration.ofSeconds(answer.json().get("heartbeatSeconds").getAsLong())); //$NON-NLS-1$
    }

    /** The user as the server knows him (his shown name in {@code displayName}). */
    public AuthenticatedUser user() {
        return user;
    }

    public String token() {
        return token;
    }

    public Optional<String> company() {
        return company;
    }

    /** How often the server wants a heartbeat, as it last said. */
    public Duration heartbeatInterval() {
        return heartbeatInterval;
    }

    /**
     * Tells the server the workstation is still there.
     *
     * @return whether the session is still open (false: it ended on the server, log in again)
     * @throws AccountException when the server cannot be reached
     */
    public boolean heartbeat(boolean userActive) throws AccountException {
        JsonObject body = new JsonObject();
        body.addProperty("userActive", userActive); //$NON-NLS-1$
        Answer answer = send(() -> server.post(SESSION + "/heartbeat", body, Optional.of(token))); //$NON-NLS-1$
        if (answer.status() == 401) {
            return false;
        }
        if (!answer.ok()) {
            throw new AccountException(answer.message());
        }
        JsonElement interval = answer.json().get("heartbeatSeconds"); //$NON-NLS-1$
        if (interval != null && interval.isJsonPrimitive()) {
            heartbeatInterval = Duration.ofSeconds(interval.getAsLong());
        }
        return answer.json().get("open").getAsBoolean(); //$NON-NLS-1$
    }

    /** Logs out: the token is refused from now on. An unreachable server ends the session itself when the heartbeats stop. */
    @Override
    public void close() {
        try {
            server.delete(SESSION, Optional.of(token));
        } catch (ConnectionException e) {
            // the session ends on its own when it misses its heartbeats
        }
    }

    private static Answer send(Exchange exchange) throws AccountException {
        try {
            return exchange.run();
        } catch (ConnectionException e) {
            throw new AccountException(e.getMessage(), e);
        }
    }

    /** One request to the server. */
    @FunctionalInterface
    private interface Exchange {
        Answer run() throws ConnectionException;
    }
}

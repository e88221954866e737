package org.castellan.sessions;

import java.time.Duration;
import java.util.Objects;

import org.castellan.security.AuthenticatedUser;

/**
 * The open session a bearer token's hash is bound to ({@link SessionRegistry#sessionOfToken}):
 * its id, its user as the users table has him now, and how long ago its last heartbeat was.
 *
 * @param sessionId      the session's id
 * @param user           its user
 * @param sinceHeartbeat the time since its last heartbeat, by the database's clock
 * @param workstation    the workstation it was opened from, as the session's row names it
 * @since 0.1
 */
public record TokenSession(String sessionId, AuthenticatedUser user, Duration sinceHeartbeat, String workstation) {

    public TokenSession {
        Objects.requireNonNull(sessionId);
        Objects.requireNonNull(user);
        Objects.requireNonNull(sinceHeartbeat);
        Objects.requireNonNull(workstation);
    }
}

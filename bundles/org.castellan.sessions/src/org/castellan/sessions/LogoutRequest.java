package org.castellan.sessions;

import java.time.Instant;
import java.util.Objects;

/**
 * An administrator asks the people working on a company to log out (before exclusive processing).
 * Their workstations show it; they still close their work cleanly themselves.
 *
 * @param message     what the administrator wrote
 * @param requestedBy the administrator's login
 * @param requestedAt the database time of the request
 *
 * @since 0.1
 */
public record LogoutRequest(String message, String requestedBy, Instant requestedAt) {

    public LogoutRequest {
        Objects.requireNonNull(message);
        Objects.requireNonNull(requestedBy);
        Objects.requireNonNull(requestedAt);
    }
}

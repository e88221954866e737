package org.castellan.sessions;

import java.util.Objects;
import java.util.Optional;

/**
 * What a heartbeat tells the workstation.
 *
 * @param open          whether its session is still open; false once a timeout ended it or it was
 *                      closed elsewhere: the workstation logs its user out
 * @param endReason     why it ended, to show to the user
 * @param logoutRequest an administrator's "please log out", delivered once
 * @param settings      the installation's settings now (the interval may have changed)
 *
 * @since 0.1
 */
public record Heartbeat(boolean open, Optional<String> endReason, Optional<LogoutRequest> logoutRequest, SessionSettings settings) {

    public Heartbeat {
        Objects.requireNonNull(endReason);
        Objects.requireNonNull(logoutRequest);
        Objects.requireNonNull(settings);
    }
}

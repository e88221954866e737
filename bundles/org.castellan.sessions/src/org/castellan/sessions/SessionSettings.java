package org.castellan.sessions;

import java.time.Duration;
import java.util.Objects;

/**
 * The installation's session settings, kept in its {@code settings} table so that every
 * workstation uses the same values.
 *
 * @param heartbeatInterval how often a workstation tells it is alive ({@value #HEARTBEAT_SECONDS}, seconds; default 30)
 * @param missedHeartbeats  how many heartbeats a session may miss before it is shown stale
 *                          ({@value #MISSED_HEARTBEATS}; default 3)
 * @param idleTimeout       a session without user activity for that long ends; zero for never
 *                          ({@value #IDLE_TIMEOUT_MINUTES}, minutes; default 0)
 * @param absoluteTimeout   a session older than that ends, active or not; zero for never
 *                          ({@value #ABSOLUTE_TIMEOUT_MINUTES}, minutes; default 0)
 *
 * @since 0.1
 */
public record SessionSettings(Duration heartbeatInterval, int missedHeartbeats, Duration idleTimeout, Duration absoluteTimeout) {

    public static final String HEARTBEAT_SECONDS = "sessions.heartbeat.seconds"; //$NON-NLS-1$
    public static final String MISSED_HEARTBEATS = "sessions.stale.missedHeartbeats"; //$NON-NLS-1$
    public static final String IDLE_TIMEOUT_MINUTES = "sessions.timeout.idle.minutes"; //$NON-NLS-1$
    public static final String ABSOLUTE_TIMEOUT_MINUTES = "sessions.timeout.absolute.minutes"; //$NON-NLS-1$

    public static final SessionSettings DEFAULT = new SessionSettings(Duration.ofSeconds(30), 3, Duration.ZERO, Duration.ZERO);

    public SessionSettings {
        Objects.requireNonNull(heartbeatInterval);
        Objects.requireNonNull(idleTimeout);
        Objects.requireNonNull(absoluteTimeout);
        if (heartbeatInterval.isNegative() || heartbeatInterval.isZero() || missedHeartbeats < 1 || idleTimeout.isNegative()
                || absoluteTimeout.isNegative()) {
            throw new IllegalArgumentException("heartbeat and missed heartbeats must be positive, timeouts zero or positive"); //$NON-NLS-1$
        }
    }

    /** How long without a heartbeat makes a session stale. */
    public Duration staleAfter() {
        return heartbeatInterval.multipliedBy(missedHeartbeats);
    }
}

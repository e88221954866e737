package org.castellan.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One session of the registry, as every workstation sees it.
 *
 * @param id            the session's identifier
 * @param userId        the user's id
 * @param login         the user's login
 * @param userName      the user's display name (or login)
 * @param company       the code of the company the session works in; empty for an installation-wide session
 * @param workstation   where it runs
 * @param startedAt     when it opened (database time)
 * @param lastHeartbeat the last sign of life (database time)
 * @param staleSince    when it was found to have missed too many heartbeats; empty while active
 * @param clockOffset   how far the workstation's clock was from the database's when it opened
 * @param forcedBan     whether an administrator opened it through a ban
 *
 * @since 0.1
 */
public record SessionInfo(String id, String userId, String login, String userName, Optional<String> company, Workstation workstation,
        Instant startedAt, Instant lastHeartbeat, Optional<Instant> staleSince, Duration clockOffset, boolean forcedBan) {

    public SessionInfo {
        Objects.requireNonNull(id);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(login);
        Objects.requireNonNull(company);
        Objects.requireNonNull(workstation);
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(lastHeartbeat);
        Objects.requireNonNull(staleSince);
        Objects.requireNonNull(clockOffset);
    }

    /** Whether the workstation stopped giving signs of life (crashed, or cut off the network). */
    public boolean stale() {
        return staleSince.isPresent();
    }

    /** A line for the audit journal: who, where, on which company, since when. */
    public String describe() {
        return login + " @ " + workstation.name() + " (" + workstation.program() //$NON-NLS-1$ //$NON-NLS-2$
                + (workstation.programVersion() == null ? "" : " " + workstation.programVersion()) + ")" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + company.map(c -> " on " + c).orElse("") + " since " + startedAt; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}

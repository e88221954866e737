package org.castellan.security;

import java.time.Instant;
import java.util.Optional;

/**
 * What a home page shows of the accounts at a glance, read with aggregate queries: counts, never
 * the users one by one, so that it stays quick with a hundred thousand users.
 *
 * @since 0.1
 */
public interface AccountsOverview {

    /**
     * The installation's accounts in numbers. Administrators only.
     *
     * @throws AccountException when the actor does not hold "Administer security", or the database fails
     */
    Summary summary(AuthenticatedUser actor) throws AccountException;

    /** What concerns a user of his own account; anyone may read his own. */
    OwnAccount own(AuthenticatedUser user) throws AccountException;

    /**
     * @param seats             the licence seats, used and bought
     * @param locked            accounts locked now after failed logins
     * @param passwordsExpiring passwords within their policy's warning period, or already expired
     * @since 0.1
     */
    record Summary(Seats seats, int locked, int passwordsExpiring) {
    }

    /**
     * @param level       his authorization level now
     * @param password    when his password expires
     * @param lastLogin   his last successful login
     * @param lastFailure his last failed login
     * @param failures    failed logins since his last success
     * @param domain      whether he is a domain user: the directory keeps his password
     * @since 0.1
     */
    record OwnAccount(int level, PasswordStatus password, Optional<Instant> lastLogin, Optional<Instant> lastFailure, int failures,
            boolean domain) {
    }
}

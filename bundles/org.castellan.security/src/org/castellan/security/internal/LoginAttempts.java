package org.castellan.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.castellan.security.LoginThrottling;

/**
 * The {@code login_attempts} record of one account: failures in a row, the last failure and
 * success, and the end of a lock.
 *
 * @param failures      failed logins since the last success or the end of the last lock
 * @param lastFailureAt when the last one happened
 * @param lockedUntil   when a lock ends, if the account was locked
 */
record LoginAttempts(int failures, Instant lastFailureAt, Instant lockedUntil) {

    static final LoginAttempts NONE = new LoginAttempts(0, null, null);

    /** The SQL state of a unique key violated (SQL standard, as Derby reports it). */
    private static final String DUPLICATE_KEY = "23505"; //$NON-NLS-1$

    static LoginAttempts read(Connection c, String userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT failures, last_failure_at, locked_until FROM login_attempts WHERE user_id = ?")) { //$NON-NLS-1$
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new LoginAttempts(rs.getInt(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))) : NONE;
            }
        }
    }

    /** When the account is locked at {@code now}, the end of the lock. */
    Optional<Instant> lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** How long the next attempt must still wait at {@code now}; zero when it may go ahead. */
    Duration waitAt(Instant now, LoginThrottling throttling) {
        if (lastFailureAt == null || lockExpired(now)) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, lastFailureAt.plus(throttling.delayAfter(failures)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private boolean lockExpired(Instant now) {
        return lockedUntil != null && !now.isBefore(lockedUntil);
    }

    /** Records a failure; returns the end of the lock it causes, if it causes one. */
    Optional<Instant> recordFailure(Connection c, String userId, Instant now, LoginThrottling throttling) throws SQLException {
        int count = (lockExpired(now) ? 0 : failures) + 1;
        Instant lock = count >= throttling.lockAfter() ? now.plus(throttling.lockFor()) : null;
        write(c, userId, count, now, lock);
        return Optional.ofNullable(lock);
    }

    static void recordSuccess(Connection c, String userId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE login_attempts SET failures = 0, locked_until = NULL, last_success_at = ? WHERE user_id = ?")) { //$NON-NLS-1$
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, userId);
            if (ps.executeUpdate() == 0 && !inserted(c, userId, 0, null, null, now)) {
                ps.executeUpdate(); // another login of the account inserted the row meanwhile
            }
        }
    }

    /** Lifts a lock and forgets the failures (an administrator's unlock). */
    static int clear(Connection c, String userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE login_attempts SET failures = 0, locked_until = NULL WHERE user_id = ?")) { //$NON-NLS-1$
            ps.setString(1, userId);
            return ps.executeUpdate();
        }
    }

    private static void write(Connection c, String userId, int failures, Instant failureAt, Instant lockedUntil) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE login_attempts SET failures = ?, last_failure_at = ?, locked_until = ? WHERE user_id = ?")) { //$NON-NLS-1$
            ps.setInt(1, failures);
            ps.setTimestamp(2, Timestamp.from(failureAt));
            ps.setTimestamp(3, lockedUntil == null ? null : Timestamp.from(lockedUntil));
            ps.setString(4, userId);
            if (ps.executeUpdate() == 0 && !inserted(c, userId, failures, failureAt, lockedUntil, null)) {
                ps.executeUpdate(); // another login of the account inserted the row meanwhile
            }
        }
    }

    /**
     * Inserts the account's first record; false when a concurrent login of the same account
     * inserted it first (two first logins at once both find no row to update), the statement alone
     * being undone, so the caller updates the row that is there now.
     */
    private static boolean inserted(Connection c, String userId, int failures, Instant failureAt, Instant lockedUntil, Instant successAt)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO login_attempts (user_id, failures, last_failure_at, locked_until, " //$NON-NLS-1$
                + "last_success_at) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            ps.setString(1, userId);
            ps.setInt(2, failures);
            ps.setTimestamp(3, failureAt == null ? null : Timestamp.from(failureAt));
            ps.setTimestamp(4, lockedUntil == null ? null : Timestamp.from(lockedUntil));
            ps.setTimestamp(5, successAt == null ? null : Timestamp.from(successAt));
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}

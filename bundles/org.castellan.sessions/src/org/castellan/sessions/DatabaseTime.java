package org.castellan.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.castellan.store.Transaction;

/**
 * The time every workstation of an installation agrees on: the database's
 * {@code CURRENT_TIMESTAMP}, so that a workstation whose clock is wrong neither looks stale nor
 * sets a ban at the wrong hour. Tests give a {@link Clock} instead, to move time without waiting.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DatabaseTime {

    /** The database's clock, read in the transaction. */
    DatabaseTime CURRENT_TIMESTAMP = tx -> {
        try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery("VALUES CURRENT_TIMESTAMP")) { //$NON-NLS-1$
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    };

    Instant now(Transaction tx) throws SQLException;

    /** A time source that reads a clock (a test's) instead of the database. */
    static DatabaseTime of(Clock clock) {
        Objects.requireNonNull(clock);
        return tx -> clock.instant();
    }
}

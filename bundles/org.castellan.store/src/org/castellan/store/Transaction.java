package org.castellan.store;

import java.sql.Connection;

/**
 * One database transaction. Everything done through the same transaction commits or rolls back
 * together, so a change and the journal entry describing it are never separated.
 *
 * @since 0.1
 */
public interface Transaction {

    /** The JDBC connection of this transaction; never commit, roll back or close it yourself. */
    Connection connection();

    /**
     * Runs {@code action} once this transaction has committed (never after a rollback): how a
     * change publishes its event only when the change is really made.
     */
    void afterCommit(Runnable action);
}

package org.castellan.store;

/**
 * A running Derby Network Server sharing this installation's database with other workstations.
 * Closing it stops the server; the local store stays open.
 *
 * @since 0.1
 */
public interface DatabaseServer extends AutoCloseable {

    /** Where clients connect, with the database path as they must give it. */
    ServerAddress address();

    @Override
    void close();
}

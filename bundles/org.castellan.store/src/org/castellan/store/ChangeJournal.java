package org.castellan.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where Castellan's own changes are journaled, in the transaction that makes them: a change and
 * its journal entry commit or roll back together. The audit bundle registers the implementation
 * as an OSGi service; the services of every concern call it before their transaction ends.
 * Without one (the audit bundle not installed) nothing is journaled.
 *
 * @since 0.1
 */
public interface ChangeJournal {

    /**
     * Journals an event: its EventAdmin topic and properties (who, what, before and after, in
     * readable names).
     *
     * @throws StoreException when it cannot be written: the change fails with it
     */
    void record(Transaction tx, String topic, Map<String, ?> properties) throws StoreException;

    /**
     * Archives the complete set of rights a user holds after a change of his rights, direct or
     * through a group or a role.
     *
     * @param rightIds the rights he holds now, sorted
     * @param revoke   whether the change took rights away
     */
    void rightsChanged(Transaction tx, String userId, String login, List<String> rightIds, boolean revoke) throws StoreException;

    /**
     * Writes the journal's head (its last row and that row's hash) into {@code folder}, outside the
     * installation: a backup keeps it beside itself, so that a tail cut off later is found there.
     *
     * @return the file written; empty when the journal keeps no head or has no row yet
     * @since 0.1
     */
    default Optional<Path> writeHead(Path folder) throws StoreException, IOException {
        return Optional.empty();
    }
}

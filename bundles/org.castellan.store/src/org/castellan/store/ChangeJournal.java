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
     * One change to journal: its EventAdmin topic and properties.
     *
     * @since 0.1
     */
    record Entry(String topic, Map<String, ?> properties) {
    }

    /**
     * Journals the changes of one transaction that makes many (a configuration applied), in their
     * order, as {@link #record} journals each; a journal may write them at once.
     *
     * @since 0.1
     */
    default void recordAll(Transaction tx, List<Entry> entries) throws StoreException {
        for (Entry entry : entries) {
            record(tx, entry.topic(), entry.properties());
        }
    }

    /**
     * Archives the complete set of rights a user holds after a change of his rights, direct or
     * through a group or a role.
     *
     * @param rightIds the rights he holds now, sorted
     * @param revoke   whether the change took rights away
     */
    void rightsChanged(Transaction tx, String userId, String login, List<String> rightIds, boolean revoke) throws StoreException;

    /**
     * The complete rights of one user after a change, as {@link #rightsChanged} archives them.
     *
     * @since 0.1
     */
    record Rights(String userId, String login, List<String> rightIds, boolean revoke) {
    }

    /**
     * Archives the rights of every user one change affected, as {@link #rightsChanged} archives each;
     * a journal may write them at once.
     *
     * @since 0.1
     */
    default void rightsChangedAll(Transaction tx, List<Rights> changes) throws StoreException {
        for (Rights change : changes) {
            rightsChanged(tx, change.userId(), change.login(), change.rightIds(), change.revoke());
        }
    }

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

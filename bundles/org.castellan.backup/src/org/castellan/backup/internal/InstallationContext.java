package org.castellan.backup.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupException.Problem;
import org.castellan.store.CastellanStore;
import org.castellan.store.InstallationSettings;
import org.castellan.store.JournaledEvents;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.castellan.store.TransactionWork;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.event.EventAdmin;

/**
 * What every part of the backup needs of the open installation: its store, its folder on this
 * workstation, its identity, the clock, and the journal its events go to.
 */
final class InstallationContext {

    private final CastellanStore store;
    private final Path folder;
    private final Clock clock;
    private final Supplier<EventAdmin> events;

    /** @param folder null on a client workstation (which cannot back up: the database is on the server) */
    InstallationContext(CastellanStore store, Path folder, Clock clock, Supplier<EventAdmin> events) {
        this.store = Objects.requireNonNull(store);
        this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock);
        this.events = Objects.requireNonNull(events);
    }

    CastellanStore store() {
        return store;
    }

    Clock clock() {
        return clock;
    }

    /** The installation folder; empty on a client workstation. */
    Optional<Path> local() {
        return Optional.ofNullable(folder);
    }

    /** The installation folder, refused on a client workstation. */
    Path folder() throws BackupException {
        if (folder == null) {
            throw new BackupException(Problem.NOT_SUPPORTED, Messages.clientWorkstation);
        }
        return folder;
    }

    InstallationSettings settings() throws BackupException {
        try {
            return CastellanStore.settings(folder()).orElseThrow(() -> new BackupException(Problem.NOT_SUPPORTED,
                    NLS.bind(Messages.notAnInstallation, folder)));
        } catch (StoreException e) {
            throw new BackupException(Problem.NOT_SUPPORTED, e.getMessage(), e);
        }
    }

    String id() throws BackupException {
        return settings().installationId();
    }

    String name() throws BackupException {
        try {
            return store.installationName();
        } catch (StoreException e) {
            throw database(e);
        }
    }

    /** Work in one transaction of the store; a store that fails is a {@link Problem#DATABASE}. */
    <T> T inTransaction(TransactionWork<T> work) throws BackupException {
        try {
            return store.inTransaction(work);
        } catch (StoreException e) {
            throw database(e);
        }
    }

    private static BackupException database(StoreException e) {
        return new BackupException(Problem.DATABASE, e.getMessage(), e);
    }

    /**
     * Journals an event in {@code tx} (when the installation has a journal: a journal that cannot
     * be written fails the transaction) and posts it on EventAdmin once {@code tx} has committed.
     * {@code properties} alternate names and values; null values are left out.
     */
    void publish(Transaction tx, String topic, Object... properties) throws StoreException {
        Map<String, Object> map = JournaledEvents.pairs(properties);
        map.put("timestamp", clock.millis()); //$NON-NLS-1$
        JournaledEvents.publish(store, tx, events, topic, map);
    }

    /** {@link #publish} in a transaction of its own, for an event that changes nothing else. */
    void publishAlone(String topic, Object... properties) throws BackupException {
        try {
            store.inTransaction(tx -> {
                publish(tx, topic, properties);
                return null;
            });
        } catch (StoreException e) {
            throw new BackupException(Problem.DATABASE, NLS.bind(Messages.journalFailed, e.getMessage()), e);
        }
    }
}

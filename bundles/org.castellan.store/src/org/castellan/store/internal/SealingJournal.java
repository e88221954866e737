package org.castellan.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import org.castellan.store.ChangeJournal;
import org.castellan.store.SealedRows;
import org.castellan.store.SettingsTable;
import org.castellan.store.StoreException;
import org.eclipse.core.runtime.ILog;

/**
 * The migration that seals an existing installation's rows runs before any journal is bound to
 * the store: it leaves a note in the settings, and the first journal bound records "rows sealed"
 * from it and removes it, in one transaction, so it is journaled exactly once.
 */
final class SealingJournal {

    private static final String PENDING = "store.seals.journal"; //$NON-NLS-1$

    private SealingJournal() {
    }

    /** Seals every row of an installation migrated from before the seals, and leaves the note. */
    static void sealMigrated(Sealer sealer, Connection c) throws SQLException {
        sealer.sealEverything(c);
        long rows = Sealer.sealedCount(c);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM settings WHERE name = ?")) { //$NON-NLS-1$
            ps.setString(1, PENDING);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO settings (name, setting_value) VALUES (?, ?)")) { //$NON-NLS-1$
            ps.setString(1, PENDING);
            ps.setString(2, Long.toString(rows));
            ps.executeUpdate();
        }
    }

    static void recordPending(DerbyStore store, ChangeJournal journal) {
        try {
            store.inTransaction(tx -> {
                var rows = SettingsTable.read(tx, PENDING);
                if (rows.isPresent()) {
                    journal.record(tx, SealedRows.TOPIC_SEALED, Map.of("rows", rows.get())); //$NON-NLS-1$
                    SettingsTable.write(tx, PENDING, null);
                }
                return null;
            });
        } catch (StoreException | RuntimeException e) {
            // the note stays: the next journal bound records it
            ILog.of(SealingJournal.class).warn(e.getMessage(), e);
        }
    }
}

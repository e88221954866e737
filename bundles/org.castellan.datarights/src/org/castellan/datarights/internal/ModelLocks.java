package org.castellan.datarights.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.castellan.store.Transaction;

/**
 * The multi-source locks, kept in the installation's {@code settings} table (one row per data
 * right: {@code datarights.lock.<data right id>} = the ids of every model it has had, separated by
 * spaces), so that every workstation sees them and a lock is written in the transaction of the
 * change that causes it.
 */
final class ModelLocks {

    static final String PREFIX = "datarights.lock."; //$NON-NLS-1$

    private ModelLocks() {
    }

    /** Adds models to a data right's lock; models already locked by it stay locked. */
    static void lock(Transaction tx, String dataRightId, Set<String> modelIds) throws SQLException {
        Set<String> locked = new TreeSet<>(read(tx).getOrDefault(dataRightId, Set.of()));
        if (locked.addAll(modelIds)) {
            release(tx, dataRightId);
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO settings (name, setting_value) VALUES (?, ?)")) { //$NON-NLS-1$
                ps.setString(1, PREFIX + dataRightId);
                ps.setString(2, String.join(" ", locked)); //$NON-NLS-1$
                ps.executeUpdate();
            }
        }
    }

    /** Lifts every lock of a data right (it was deleted). */
    static void release(Transaction tx, String dataRightId) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("DELETE FROM settings WHERE name = ?")) { //$NON-NLS-1$
            ps.setString(1, PREFIX + dataRightId);
            ps.executeUpdate();
        }
    }

    /** Every lock: data right id to the ids of the models it locks. */
    static Map<String, Set<String>> read(Transaction tx) throws SQLException {
        Map<String, Set<String>> locks = new HashMap<>();
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT name, setting_value FROM settings WHERE name LIKE ?")) { //$NON-NLS-1$
            ps.setString(1, PREFIX + '%');
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String value = rs.getString(2) == null ? "" : rs.getString(2).trim(); //$NON-NLS-1$
                    locks.put(rs.getString(1).substring(PREFIX.length()),
                            value.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(value.split(" ")))); //$NON-NLS-1$
                }
            }
        }
        return locks;
    }
}

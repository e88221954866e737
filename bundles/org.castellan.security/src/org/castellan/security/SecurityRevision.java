package org.castellan.security;

import java.sql.SQLException;
import java.util.Optional;

import org.castellan.store.SettingsTable;
import org.castellan.store.Transaction;

/**
 * A counter in the installation's settings that every change of users, groups, roles or rights
 * moves on, in the same transaction: how a workstation notices that another one changed rights.
 * A concern whose own records feed the rights (data rights, object permissions) advances it too.
 *
 * @since 0.1
 */
public final class SecurityRevision {

    private static final String SETTING = "security.revision"; //$NON-NLS-1$

    private SecurityRevision() {
    }

    /** The revision now; -1 when the stored value cannot be read (treated as a change). */
    public static long read(Transaction tx) throws SQLException {
        Optional<String> value = SettingsTable.read(tx, SETTING);
        try {
            return value.map(Long::parseLong).orElse(0L);
        } catch (NumberFormatException e) {
            return -1; // unreadable: treated as a change, and the next write repairs it
        }
    }

    /** Moves the revision on, within the caller's transaction. */
    public static void advance(Transaction tx) throws SQLException {
        SettingsTable.write(tx, SETTING, Long.toString(Math.max(0, read(tx)) + 1));
    }
}

package org.castellan.security.internal;

import java.sql.SQLException;
import java.util.Optional;

import org.castellan.store.Transaction;

/**
 * A counter in the installation's settings that every change of users, groups, roles or rights
 * moves on, in the same transaction: how a workstation notices that another one changed rights.
 */
public final class SecurityRevision {

    static final String SETTING = "security.revision"; //$NON-NLS-1$

    private SecurityRevision() {
    }

    public static long read(Transaction tx) throws SQLException {
        Optional<String> value = Settings.read(tx, SETTING);
        try {
            return value.map(Long::parseLong).orElse(0L);
        } catch (NumberFormatException e) {
            return -1; // unreadable: treated as a change, and the next write repairs it
        }
    }

    public static void advance(Transaction tx) throws SQLException {
        Settings.write(tx, SETTING, Long.toString(Math.max(0, read(tx)) + 1));
    }
}

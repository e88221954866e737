package org.castellan.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.castellan.store.internal.Sealer;

/**
 * The seals of the security tables' rows (users, groups, roles, rights, right grants,
 * memberships, role assignments, the companies a user is limited to or administers, the menu's
 * option levels and required rights, login bans, the lines of the directory's group mapping): a
 * keyed hash of each row Castellan's services write, in the same transaction, with a key kept in
 * the installation folder and never in the database. The model repository seals what it writes by
 * itself; code that writes a sealed table with its own SQL names each row it wrote with
 * {@link #written}.
 *
 * @since 0.1
 */
public final class SealedRows {

    /**
     * Journaled once when an installation created before the seals had every row sealed (its
     * migration); property {@code rows}: how many.
     */
    public static final String TOPIC_SEALED = "org/castellan/store/seals/SEALED"; //$NON-NLS-1$

    private SealedRows() {
    }

    /**
     * Marks a row as written in {@code tx}: its seal is computed from what the row holds when the
     * transaction commits (none when it is gone). A table or row that is not sealed is ignored.
     *
     * @param key the row's id (for settings, its name)
     */
    public static void written(Transaction tx, String table, String key) {
        Sealer.of(tx).written(tx, table, key);
    }

    /** Every sealed row that does not match its seal, and problems of the seals themselves; empty when all is intact. */
    public static List<SealFinding> verify(Transaction tx) throws SQLException {
        return Sealer.of(tx).verify(tx);
    }

    /**
     * What does not match among one user's own rows: his user row, his memberships, his role
     * assignments and his company lists. Empty when they match, or when the key is missing (then
     * nothing can be checked, and {@link #verify} says so).
     */
    public static List<SealFinding> checkUser(Transaction tx, String userId) throws SQLException {
        return Sealer.of(tx).checkUser(tx, userId);
    }

    /** Whether one row matches its seal (or was written in this transaction); true without a key. */
    public static boolean intact(Transaction tx, String table, String key) throws SQLException {
        return Sealer.of(tx).intact(tx, table, key);
    }

    /**
     * The keys of the rows of a sealed table that may be believed: those matching their seals,
     * and those this transaction wrote. Every row when the key is missing, as for {@link #intact}.
     * One pass over the table and its seals, for a reader that needs the whole table.
     *
     * @param table a sealed table whose rows are told apart by a key column (not a list)
     */
    public static Set<String> intactKeys(Transaction tx, String table) throws SQLException {
        return Sealer.of(tx).intactKeys(tx, table);
    }

    /**
     * Seals every row of the sealed tables as it is now, after an administrator reviewed them:
     * with a new key when the key file is missing.
     *
     * @return what did not match before, and is now accepted
     */
    public static List<SealFinding> resealAll(Transaction tx) throws SQLException, StoreException {
        return Sealer.of(tx).resealAll(tx);
    }
}

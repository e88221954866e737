package org.castellan.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Checks rows as a model read meets them, against the seals as stored (read once, before a whole
 * model, or one by one for a part of it) and the rows this transaction wrote (sealed when it commits).
 */
final class LoadCheck {

    /** Where a unit's stored seal is found: null when it has none. */
    @FunctionalInterface
    interface Seals {
        String of(String table, String key) throws SQLException;
    }

    private static final String RIGHTS = "rights"; //$NON-NLS-1$

    private final SealMac mac;
    private final Seals seals;
    private final TransactionContext tx;

    LoadCheck(SealMac mac, Seals seals, TransactionContext tx) {
        this.mac = mac;
        this.seals = seals;
        this.tx = tx;
    }

    /**
     * Whether the current row of a {@code SELECT *} of {@code table} may be believed. The rights
     * are always read: they are the catalog the bundles declare (redescribed at every start, which
     * repairs them), and leaving one out would take it from every role that grants it,
     * administrators' included; verify still names a right changed outside Castellan.
     */
    boolean row(String table, ResultSet rs, String key) throws SQLException {
        SealedTable sealed = SealedTable.of(table, key);
        if (sealed == null || RIGHTS.equals(table) || tx.isTouched(table, key)) {
            return true;
        }
        String seal = seals.of(table, key);
        return seal != null && seal.equals(mac.of(RowCanon.canonical(sealed, key, rs)));
    }

    /** Whether an owner's list, as read, may be believed (an empty list has no seal). */
    boolean list(String table, String owner, List<String> values) throws SQLException {
        SealedTable sealed = SealedTable.of(table, owner);
        if (sealed == null || tx.isTouched(table, owner)) {
            return true;
        }
        String seal = seals.of(table, owner);
        if (values.isEmpty()) {
            return seal == null;
        }
        return seal != null && seal.equals(mac.of(RowCanon.list(sealed, owner, values)));
    }
}

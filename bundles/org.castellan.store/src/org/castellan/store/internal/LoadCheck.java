package org.castellan.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Checks rows as a model read meets them, against the seals as stored (read once, before the
 * model) and the rows this transaction wrote (sealed when it commits).
 */
final class LoadCheck {

    private static final String RIGHTS = "rights"; //$NON-NLS-1$

    private final SealMac mac;
    private final Map<String, Map<String, String>> seals;
    private final TransactionContext tx;

    LoadCheck(SealMac mac, Map<String, Map<String, String>> seals, TransactionContext tx) {
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
        String seal = seals.getOrDefault(table, Map.of()).get(key);
        return seal != null && seal.equals(mac.of(RowCanon.row(sealed, key, rs)));
    }

    /** Whether an owner's list, as read, may be believed (an empty list has no seal). */
    boolean list(String table, String owner, List<String> values) {
        SealedTable sealed = SealedTable.of(table, owner);
        if (sealed == null || tx.isTouched(table, owner)) {
            return true;
        }
        String seal = seals.getOrDefault(table, Map.of()).get(owner);
        if (values.isEmpty()) {
            return seal == null;
        }
        return seal != null && seal.equals(mac.of(RowCanon.list(sealed, owner, values)));
    }
}

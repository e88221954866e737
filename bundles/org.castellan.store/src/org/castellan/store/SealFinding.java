package org.castellan.store;

import java.util.List;

import org.castellan.store.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * A sealed row of the security tables that no longer matches what Castellan's services wrote:
 * changed, added or removed outside them (plain SQL with the database's credentials), or the
 * seals themselves unusable (their key file missing or not this database's).
 *
 * @param table   the table, as named in the database
 * @param row     the row as people know it ({@code login 'alice'}); empty for the whole table
 * @param columns the columns that changed, when they can be told
 * @since 0.1
 */
public record SealFinding(Kind kind, String table, String row, List<String> columns) {

    /** What was found. */
    public enum Kind {
        /** The row is there but its values are not those sealed. */
        CHANGED,
        /** A row without a seal: inserted outside the services. */
        ADDED,
        /** A seal without its row: deleted outside the services. */
        REMOVED,
        /** The table's seals do not add up: rows were removed or put back together with their seals. */
        TOTALS,
        /** The key file is missing: nothing can be checked, nothing sealed can be written. */
        KEY_MISSING,
        /** The key file is not the one this database was sealed with. */
        KEY_WRONG
    }

    public SealFinding {
        columns = List.copyOf(columns);
    }

    /** Says what was found, for an administrator. */
    public String message() {
        return switch (kind) {
            case CHANGED -> columns.isEmpty() ? NLS.bind(Messages.sealRowChanged, table, row)
                    : NLS.bind(Messages.sealRowChangedColumns, new Object[] { table, row, String.join(", ", columns) }); //$NON-NLS-1$
            case ADDED -> NLS.bind(Messages.sealRowAdded, table, row);
            case REMOVED -> NLS.bind(Messages.sealRowRemoved, table, row);
            case TOTALS -> NLS.bind(Messages.sealTotals, table);
            case KEY_MISSING -> NLS.bind(Messages.sealKeyMissing, row);
            case KEY_WRONG -> NLS.bind(Messages.sealKeyWrong, row);
        };
    }
}

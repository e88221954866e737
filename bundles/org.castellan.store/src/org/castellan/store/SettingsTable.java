package org.castellan.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The installation's {@code settings} table ({@code name}, {@code setting_value}): the values every
 * workstation of an installation shares, read and written inside the caller's transaction.
 *
 * @since 0.1
 */
public final class SettingsTable {

    /** Longest name the table holds. */
    public static final int NAME_LENGTH = 200;

    private SettingsTable() {
    }

    public static Optional<String> read(Transaction tx, String name) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT setting_value FROM settings WHERE name = ?")) { //$NON-NLS-1$
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Sets a setting, or removes it when {@code value} is null (sealed when it is one of the menu's, see {@link SealedRows}). */
    public static void write(Transaction tx, String name, String value) throws SQLException {
        SealedRows.written(tx, "settings", name); //$NON-NLS-1$
        try (PreparedStatement ps = tx.connection().prepareStatement("DELETE FROM settings WHERE name = ?")) { //$NON-NLS-1$
            ps.setString(1, name);
            ps.executeUpdate();
        }
        if (value != null) {
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO settings (name, setting_value) VALUES (?, ?)")) { //$NON-NLS-1$
                ps.setString(1, name);
                ps.setString(2, value);
                ps.executeUpdate();
            }
        }
    }
}

package org.castellan.security.internal;

import java.sql.SQLException;
import java.util.Optional;

import org.castellan.store.SettingsTable;
import org.castellan.store.Transaction;

/** The installation settings the security services keep in the {@code settings} table. */
final class Settings {

    private Settings() {
    }

    static Optional<String> read(Transaction tx, String name) throws SQLException {
        return SettingsTable.read(tx, name);
    }

    /** Sets a setting, or removes it when {@code value} is null. */
    static void write(Transaction tx, String name, String value) throws SQLException {
        SettingsTable.write(tx, name, value);
    }
}

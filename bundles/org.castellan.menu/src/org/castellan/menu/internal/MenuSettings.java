package org.castellan.menu.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.menu.LevelChange;
import org.castellan.menu.OptionDetails;
import org.castellan.menu.Scope;
import org.castellan.store.SealedRows;
import org.castellan.store.SettingsTable;
import org.castellan.store.Transaction;

/**
 * The menu's rows in the installation's {@code settings} table, shared by every workstation:
 * {@code menu.option.<option id>} = {@code level;askPassword} for each override (with
 * {@code menu.rights.<option id>} when it changes the required rights), {@code menu.default.level},
 * {@code menu.revision} (moved on by every change), {@code menu.package.version}, and the
 * installation's {@code installation.site} ({@code central} or {@code centre}) and {@code installation.edition}.
 */
final class MenuSettings {

    static final String OPTION = "menu.option."; //$NON-NLS-1$
    /** The rights an administrator requires for an option, comma-separated (empty: none), beside its {@link #OPTION} row. */
    static final String RIGHTS = "menu.rights."; //$NON-NLS-1$
    static final String DEFAULT_LEVEL = "menu.default.level"; //$NON-NLS-1$
    static final String REVISION = "menu.revision"; //$NON-NLS-1$
    static final String PACKAGE_VERSION = "menu.package.version"; //$NON-NLS-1$
    static final String SITE = "installation.site"; //$NON-NLS-1$
    static final String EDITION = "installation.edition"; //$NON-NLS-1$

    /** Longest name the settings table holds. */
    static final int NAME_LENGTH = SettingsTable.NAME_LENGTH;
    private static final String SETTINGS = "settings"; //$NON-NLS-1$

    private MenuSettings() {
    }

    static Optional<String> read(Transaction tx, String name) throws SQLException {
        return SettingsTable.read(tx, name);
    }

    static long number(Transaction tx, String name, long absent) throws SQLException {
        try {
            return read(tx, name).map(Long::parseLong).orElse(absent);
        } catch (NumberFormatException e) {
            return absent;
        }
    }

    /** Sets a row, or removes it when the value is null. */
    static void write(Transaction tx, String name, String value) throws SQLException {
        SettingsTable.write(tx, name, value);
    }

    /** Every override; a row that cannot be read is left out (the declared values count). */
    static Map<String, LevelChange> overrides(Transaction tx) throws SQLException {
        Map<String, LevelChange> overrides = new LinkedHashMap<>();
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT name, setting_value FROM settings WHERE name LIKE 'menu.option.%' ORDER BY name")) { //$NON-NLS-1$
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!SealedRows.intact(tx, SETTINGS, rs.getString(1))) {
                        continue; // changed outside Castellan: the declared values count
                    }
                    String id = rs.getString(1).substring(OPTION.length());
                    decode(id, rs.getString(2)).ifPresent(change -> overrides.put(id, change));
                }
            }
        }
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT name, setting_value FROM settings WHERE name LIKE 'menu.rights.%'")) { //$NON-NLS-1$
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!SealedRows.intact(tx, SETTINGS, rs.getString(1))) {
                        continue;
                    }
                    // rights without their option row belong to no override: the declared values count
                    overrides.computeIfPresent(rs.getString(1).substring(RIGHTS.length()), (id, change) -> change.withRights(decodeRights(rs)));
                }
            }
        }
        return overrides;
    }

    private static List<String> decodeRights(ResultSet rs) {
        try {
            String value = rs.getString(2);
            return value == null || value.isBlank() ? List.of() : List.of(value.split(",")); //$NON-NLS-1$
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes an option's override (null: back to the declaration), its rights row included. */
    static void writeOverride(Transaction tx, String optionId, LevelChange change) throws SQLException {
        write(tx, OPTION + optionId, change == null ? null : encode(change));
        write(tx, RIGHTS + optionId, change == null || change.rights() == null ? null : String.join(",", change.rights())); //$NON-NLS-1$
    }

    static Optional<LevelChange> decode(String id, String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split(";", 6); //$NON-NLS-1$
        try {
            int level = Integer.parseInt(parts[0].trim());
            if ((parts.length != 2 && parts.length != 6) || level < 0 || level > 9) {
                return Optional.empty();
            }
            OptionDetails details = parts.length == 2 ? null
                    : new OptionDetails(Integer.parseInt(parts[2].trim()), parts[5], parts[4], Scope.valueOf(parts[3].trim()));
            return Optional.of(new LevelChange(id, level, Boolean.parseBoolean(parts[1].trim()), details));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code level;askPassword}, then {@code ;order;SCOPE;versions;label} when expert mode set details (label last: it may hold ';'). */
    static String encode(LevelChange change) {
        String base = change.level() + ";" + change.askPassword(); //$NON-NLS-1$
        OptionDetails details = change.details();
        if (details == null) {
            return base;
        }
        return base + ';' + details.order() + ';' + details.scope().name() + ';' + (details.versions() == null ? "" : details.versions()) //$NON-NLS-1$
                + ';' + details.label();
    }

    static void removeOverrides(Transaction tx) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT name FROM settings WHERE name LIKE 'menu.option.%' OR name LIKE 'menu.rights.%'"); //$NON-NLS-1$
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                SealedRows.written(tx, SETTINGS, rs.getString(1));
            }
        }
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "DELETE FROM settings WHERE name LIKE 'menu.option.%' OR name LIKE 'menu.rights.%'")) { //$NON-NLS-1$
            ps.executeUpdate();
        }
    }

    static long advanceRevision(Transaction tx) throws SQLException {
        long next = Math.max(0, number(tx, REVISION, 0)) + 1;
        write(tx, REVISION, Long.toString(next));
        return next;
    }
}

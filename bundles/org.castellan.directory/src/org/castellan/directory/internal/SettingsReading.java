package org.castellan.directory.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.castellan.directory.DirectorySettings;
import org.castellan.store.SettingsTable;
import org.castellan.store.Transaction;

/** The {@code directory.*} settings as the installation holds them, defaults filled in. */
final class SettingsReading {

    private SettingsReading() {
    }

    static DirectorySettings read(Transaction tx) throws SQLException {
        return new DirectorySettings(urls(text(tx, DirectorySettings.URLS)), Boolean.parseBoolean(text(tx, DirectorySettings.START_TLS)),
                text(tx, DirectorySettings.CA_CERTIFICATE), text(tx, DirectorySettings.BASE_DN), text(tx, DirectorySettings.SERVICE_DN),
                SettingsTable.read(tx, DirectorySettings.LOGIN_ATTRIBUTE).orElse(DirectorySettings.LOGIN_ATTRIBUTES.get(0)),
                text(tx, DirectorySettings.FILTER),
                seconds(tx, DirectorySettings.CONNECT_TIMEOUT, DirectorySettings.DEFAULT_CONNECT_SECONDS),
                seconds(tx, DirectorySettings.READ_TIMEOUT, DirectorySettings.DEFAULT_READ_SECONDS),
                GroupMappingRows.read(tx), Boolean.parseBoolean(text(tx, DirectorySettings.NESTED_GROUPS)));
    }

    /** URLs separated by spaces or commas, in the order they are tried. */
    static List<String> urls(String value) {
        return Arrays.stream(value.split("[\\s,]+")).filter(u -> !u.isEmpty()).toList(); //$NON-NLS-1$
    }

    private static String text(Transaction tx, String key) throws SQLException {
        return SettingsTable.read(tx, key).map(String::strip).orElse(""); //$NON-NLS-1$
    }

    /** A timeout, kept within its bounds whatever the table holds: a login never hangs. */
    private static Duration seconds(Transaction tx, String key, long fallback) throws SQLException {
        long value;
        try {
            value = Long.parseLong(text(tx, key));
        } catch (NumberFormatException e) {
            value = fallback;
        }
        return Duration.ofSeconds(Math.max(1, Math.min(DirectorySettings.LONGEST_TIMEOUT_SECONDS, value)));
    }
}

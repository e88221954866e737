package org.castellan.backup.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.castellan.backup.BackupOptions;
import org.castellan.store.Transaction;

/**
 * What the backup remembers in the installation's {@code settings} table, shared by every
 * workstation of the installation: the options, the medium, the last good backup.
 */
final class BackupSettings {

    static final String COMPRESS = "backup.compress"; //$NON-NLS-1$
    static final String ENCRYPT = "backup.encrypt"; //$NON-NLS-1$
    static final String SHUTDOWN = "backup.shutdown"; //$NON-NLS-1$
    static final String DATASETS = "backup.datasets"; //$NON-NLS-1$
    static final String DAILY = "backup.retention.daily"; //$NON-NLS-1$
    static final String WEEKLY = "backup.retention.weekly"; //$NON-NLS-1$
    static final String MEDIUM_ID = "backup.medium.id"; //$NON-NLS-1$
    static final String MEDIUM_PATH = "backup.medium.path"; //$NON-NLS-1$
    static final String LAST_GOOD = "backup.last.good"; //$NON-NLS-1$
    static final String LAST_GOOD_FOLDER = "backup.last.good.folder"; //$NON-NLS-1$
    /** The command run after a successful backup when asked to shut down; {@code systemctl poweroff} when absent. */
    static final String SHUTDOWN_COMMAND = "backup.shutdown.command"; //$NON-NLS-1$
    static final String DEFAULT_SHUTDOWN_COMMAND = "systemctl poweroff"; //$NON-NLS-1$

    private BackupSettings() {
    }

    static BackupOptions options(Transaction tx) throws SQLException {
        Map<String, String> all = all(tx);
        BackupOptions d = BackupOptions.DEFAULT;
        Set<String> dataSets = Optional.ofNullable(all.get(DATASETS)).map(v -> Arrays.stream(v.split(",")).map(String::trim) //$NON-NLS-1$
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new))).map(s -> (Set<String>) s).orElse(d.dataSets());
        return new BackupOptions(flag(all, COMPRESS, d.compress()), flag(all, ENCRYPT, d.encrypt()), flag(all, SHUTDOWN, d.shutdownWhenFinished()),
                dataSets, count(all, DAILY, d.dailyKept()), count(all, WEEKLY, d.weeklyKept()));
    }

    static void save(Transaction tx, BackupOptions options) throws SQLException {
        write(tx, COMPRESS, Boolean.toString(options.compress()));
        write(tx, ENCRYPT, Boolean.toString(options.encrypt()));
        write(tx, SHUTDOWN, Boolean.toString(options.shutdownWhenFinished()));
        write(tx, DATASETS, options.dataSets().stream().sorted().collect(Collectors.joining(","))); //$NON-NLS-1$
        write(tx, DAILY, Integer.toString(options.dailyKept()));
        write(tx, WEEKLY, Integer.toString(options.weeklyKept()));
    }

    private static boolean flag(Map<String, String> all, String name, boolean absent) {
        String value = all.get(name);
        return value == null ? absent : Boolean.parseBoolean(value.trim());
    }

    private static int count(Map<String, String> all, String name, int absent) {
        try {
            return Optional.ofNullable(all.get(name)).map(String::trim).map(Integer::parseInt).filter(n -> n >= 0).orElse(absent);
        } catch (NumberFormatException e) {
            return absent;
        }
    }

    /** Every backup setting, in one query. */
    static Map<String, String> all(Transaction tx) throws SQLException {
        Map<String, String> all = new HashMap<>();
        try (Statement st = tx.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT name, setting_value FROM settings WHERE name LIKE 'backup.%'")) { //$NON-NLS-1$
            while (rs.next()) {
                if (rs.getString(2) != null) {
                    all.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return all;
    }

    static Optional<String> read(Transaction tx, String name) throws SQLException {
        return Optional.ofNullable(all(tx).get(name));
    }

    /** Sets a setting (an update, or an insert when it is new). */
    static void write(Transaction tx, String name, String value) throws SQLException {
        try (PreparedStatement update = tx.connection().prepareStatement("UPDATE settings SET setting_value = ? WHERE name = ?")) { //$NON-NLS-1$
            update.setString(1, value);
            update.setString(2, name);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO settings (name, setting_value) VALUES (?, ?)")) { //$NON-NLS-1$
            insert.setString(1, name);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }
}

package org.castellan.backup.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.castellan.backup.BackupOptions;
import org.castellan.backup.BackupResult;
import org.castellan.backup.internal.BackupServiceImpl;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.LoginThrottling;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.ExtensionRightsCatalog;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.UserAdministrationImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.castellan.test.support.SettableClock;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * A new installation with its administrator, a table of business rows, and the backup service on
 * it with a test clock and a shutdown command that only records that it was asked for.
 */
final class BackedUpInstallation implements AutoCloseable {

    static final char[] PASSWORD = "Pharma-2026x".toCharArray();

    final Path folder;
    final SettableClock clock;
    final CastellanStore store;
    final AccountServiceImpl accounts;
    final UserAdministrationImpl users;
    final AuthenticatedUser admin;
    final List<List<String>> shutdowns = new CopyOnWriteArrayList<>();
    BackupServiceImpl backup;

    /** The backups' clock: Monday 2026-11-23 20:00 UTC (backup names carry it) until the test moves it. */
    static SettableClock newClock() {
        return SettableClock.utc("2026-11-23T20:00:00Z");
    }

    BackedUpInstallation(Path folder, SettableClock clock) throws Exception {
        this.folder = folder;
        this.clock = clock;
        store = CastellanStore.create(folder, NewInstallation.unencrypted("Pharmacie du Parc"));
        accounts = new AccountServiceImpl(store, new ExtensionRightsCatalog(RegistryFactory.getRegistry()), PasswordHashing.OWASP_MINIMUM, clock,
                LoginThrottling.DEFAULT);
        users = new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, clock);
        admin = accounts.createFirstAdministrator("admin", null, PASSWORD);
        store.inTransaction(tx -> {
            try (Statement st = tx.connection().createStatement()) {
                st.execute("CREATE TABLE sales (id INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, item VARCHAR(40), amount DECIMAL(9,2))");
                st.execute("CREATE TABLE sale_lines (sale_id INT NOT NULL, line VARCHAR(40))");
            }
            return null;
        });
        insertSales(50);
        backup = service(store);
    }

    BackupServiceImpl service(CastellanStore on) {
        return service(on, folder);
    }

    /** The backup service of another installation folder (a restored one), with this one's clock. */
    BackupServiceImpl service(CastellanStore on, Path at) {
        return new BackupServiceImpl(on, at, new AccessControlImpl(on, clock), RegistryFactory.getRegistry(), clock,
                command -> shutdowns.add(command));
    }

    /** One sale and its line in one transaction: a consistent copy has as many of each. */
    void insertSales(int count) throws StoreException {
        for (int i = 0; i < count; i++) {
            store.inTransaction(tx -> {
                try (Statement st = tx.connection().createStatement()) {
                    st.executeUpdate("INSERT INTO sales (item, amount) VALUES ('aspirin', 4.20)");
                    st.executeUpdate("INSERT INTO sale_lines VALUES (IDENTITY_VAL_LOCAL(), 'line')");
                }
                return null;
            });
        }
    }

    BackupResult backUp(BackupOptions options, char[] passphrase) throws Exception {
        return backup.backUp(admin, options, Optional.ofNullable(passphrase), new NullProgressMonitor());
    }

    BackupResult backUp() throws Exception {
        return backUp(BackupOptions.DEFAULT, null);
    }

    /** Rows and a SHA-256 of every row (in primary or column order) of every table of a connection. */
    static Map<String, String> digest(Connection c) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        List<String[]> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT s.schemaname, t.tablename FROM sys.systables t JOIN sys.sysschemas s "
                        + "ON t.schemaid = s.schemaid WHERE t.tabletype = 'T'")) {
            while (rs.next()) {
                tables.add(new String[] { rs.getString(1), rs.getString(2) });
            }
        }
        for (String[] table : tables) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<String> rows = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table[0] + "\".\"" + table[1] + '"')) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.append(rs.getString(i)).append('\u0001');
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            rows.forEach(r -> md.update(r.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            digests.put(table[0] + '.' + table[1], rows.size() + ":" + HexFormat.of().formatHex(md.digest()));
        }
        return digests;
    }

    /**
     * The digest of every table as a backup taken now holds it: without the record of that backup
     * (the last good backup's date and folder), which is written once it is marked good.
     */
    static Map<String, String> digestAsBackedUp(CastellanStore store) throws Exception {
        store.inTransaction(tx -> {
            try (Statement st = tx.connection().createStatement()) {
                return st.executeUpdate("DELETE FROM settings WHERE name LIKE 'backup.last.good%'");
            }
        });
        return digest(store);
    }

    static Map<String, String> digest(CastellanStore store) throws Exception {
        return store.inTransaction(tx -> {
            try {
                return digest(tx.connection());
            } catch (java.sql.SQLException | StoreException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static long count(CastellanStore store, String table) throws StoreException {
        return store.inTransaction(tx -> {
            try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The good backup folders on a medium, by name. */
    static List<String> goodFolders(Path medium) throws Exception {
        try (var entries = Files.list(medium)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("castellan-\\d{8}-\\d{6}(-\\d+)?")).sorted().toList();
        }
    }

    @Override
    public void close() {
        store.close();
    }
}

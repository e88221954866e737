package org.castellan.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Derby's side of a backup: the online backup procedure, and booting a copy on its own (under
 * another database name than the installation's) to check every table and count its rows.
 */
final class DerbyCopies {

    /** The database folder's name in an installation and in a backup's payload. */
    static final String DATABASE = "database"; //$NON-NLS-1$

    private DerbyCopies() {
    }

    /** Files of a database folder that are not part of the database: Derby's locks and its scratch folder. */
    private static final List<String> NOT_COPIED = List.of("db.lck", "dbex.lck"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final String TEMPORARY = "tmp/"; //$NON-NLS-1$

    /**
     * Copies the open database into {@code target} while it stays in use: Derby's
     * {@code SYSCS_FREEZE_DATABASE} checkpoints it and holds every write (other transactions
     * wait, they do not fail) while its folder, log included, is copied as it is on disk, then
     * {@code SYSCS_UNFREEZE_DATABASE} lets them go on. The copy is what Derby would find after a
     * power cut at the freeze: booting it recovers committed work and rolls back the rest. The
     * database folder is on this workstation (the store is embedded, or its network server runs
     * in this process).
     */
    static void backUp(CastellanStore store, Path database, Path target, SubMonitor monitor) throws StoreException, IOException {
        call(store, "CALL SYSCS_UTIL.SYSCS_FREEZE_DATABASE()"); //$NON-NLS-1$
        try {
            List<String> files = new ArrayList<>(Trees.files(database));
            files.removeIf(f -> NOT_COPIED.contains(f) || f.startsWith(TEMPORARY));
            Files.createDirectory(target);
            Trees.copyFiles(database, target, files, monitor);
        } catch (IOException | RuntimeException e) {
            try {
                unfreeze(store);
            } catch (StoreException unfreezing) {
                e.addSuppressed(unfreezing);
            }
            throw e;
        }
        unfreeze(store);
    }

    private static void unfreeze(CastellanStore store) throws StoreException {
        call(store, "CALL SYSCS_UTIL.SYSCS_UNFREEZE_DATABASE()"); //$NON-NLS-1$
    }

    private static void call(CastellanStore store, String procedure) throws StoreException {
        store.inTransaction(tx -> {
            try (CallableStatement call = tx.connection().prepareCall(procedure)) {
                call.execute();
            }
            return null;
        });
    }

    /** Removes what a boot left in a database folder that is not part of the database (locks, scratch). */
    static void removeBootLeftovers(Path database) throws IOException {
        for (String lock : NOT_COPIED) {
            Files.deleteIfExists(database.resolve(lock));
        }
        Trees.delete(database.resolve(TEMPORARY));
    }

    /** The database user and password an installation's (or a backup's) credentials file gives. */
    record Credentials(String user, String password) {

        static Credentials read(Path file) throws IOException {
            Properties p = PropertiesFiles.load(file);
            String user = p.getProperty("database.user"); //$NON-NLS-1$
            String password = p.getProperty("database.password"); //$NON-NLS-1$
            if (user == null || password == null) {
                throw new IOException(file.getFileName() + " holds no database credentials"); //$NON-NLS-1$
            }
            return new Credentials(user, password);
        }
    }

    /**
     * Boots a database (creating it first from a backup copy when {@code createFrom} is given),
     * runs {@code SYSCS_CHECK_TABLE} on every table, counts every table's rows and shuts it down.
     *
     * @return rows per table ("SCHEMA.TABLE")
     * @throws SQLException when the copy does not boot or a table is damaged
     */
    static Map<String, Long> checkAndCount(Path database, Path createFrom, Credentials credentials, SubMonitor monitor)
            throws SQLException {
        EmbeddedDataSource ds = dataSource(database, credentials);
        if (createFrom != null) {
            ds.setConnectionAttributes("createFrom=" + createFrom.toAbsolutePath()); //$NON-NLS-1$
        }
        Map<String, Long> rows = new TreeMap<>();
        try (Connection c = ds.getConnection()) {
            List<String[]> tables = tables(c);
            monitor.setWorkRemaining(tables.size());
            for (String[] table : tables) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                try (PreparedStatement check = c.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)")) { //$NON-NLS-1$
                    check.setString(1, table[0]);
                    check.setString(2, table[1]);
                    try (ResultSet rs = check.executeQuery()) {
                        if (!rs.next() || rs.getInt(1) != 1) {
                            throw new SQLException("table " + table[0] + '.' + table[1] + " is inconsistent"); //$NON-NLS-1$ //$NON-NLS-2$
                        }
                    }
                }
                rows.put(table[0] + '.' + table[1], count(c, table));
                monitor.worked(1);
            }
        } finally {
            shutdown(database, credentials);
        }
        return rows;
    }

    /** The application's tables (not Derby's system tables), schema and name. */
    static List<String[]> tables(Connection c) throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT s.schemaname, t.tablename FROM sys.systables t JOIN sys.sysschemas s " //$NON-NLS-1$
                        + "ON t.schemaid = s.schemaid WHERE t.tabletype = 'T' ORDER BY s.schemaname, t.tablename")) { //$NON-NLS-1$
            while (rs.next()) {
                tables.add(new String[] { rs.getString(1), rs.getString(2) });
            }
        }
        return tables;
    }

    private static long count(Connection c, String[] table) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + quote(table[0]) + '.' + quote(table[1]))) { //$NON-NLS-1$
            rs.next();
            return rs.getLong(1);
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static EmbeddedDataSource dataSource(Path database, Credentials credentials) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(database.toAbsolutePath().toString());
        ds.setUser(credentials.user());
        ds.setPassword(credentials.password());
        return ds;
    }

    static void shutdown(Path database, Credentials credentials) {
        EmbeddedDataSource stop = dataSource(database, credentials);
        stop.setShutdownDatabase("shutdown"); //$NON-NLS-1$
        try {
            stop.getConnection().close();
        } catch (SQLException expected) {
            // 08006: shut down (or never booted)
        }
    }
}

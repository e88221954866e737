package org.castellan.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
import org.eclipse.osgi.util.NLS;

/**
 * Brings a database to the schema this program knows: numbered scripts
 * {@code migrations/V001.sql, V002.sql, ...} applied in order, each in one transaction and
 * recorded in {@code schema_version}. A database already past the newest script is refused.
 */
public final class Migrator {

    private static final String SCRIPT = "migrations/V%03d.sql"; //$NON-NLS-1$

    /** The schema version that added the row seals: an installation migrated past it has its rows sealed once. */
    public static final int SEALS = 15;
    /** The schema version from which the directory's group mapping rows are sealed too. */
    public static final int MAPPINGS_SEALED = 19;

    private final List<String> scripts;

    public Migrator() {
        List<String> found = new ArrayList<>();
        for (int version = 1;; version++) {
            String text = read(String.format(SCRIPT, version));
            if (text == null) {
                break;
            }
            found.add(text);
        }
        this.scripts = List.copyOf(found);
    }

    /** The schema version the newest script produces. */
    public int latestVersion() {
        return scripts.size();
    }

    /** Migrates to the newest version; returns it. */
    public int migrate(Connection connection, String where) throws StoreException, SQLException {
        return migrateTo(connection, latestVersion(), where);
    }

    /** Migrates to a given version (tests build every earlier schema with it). */
    public int migrateTo(Connection connection, int target, String where) throws StoreException, SQLException {
        ensureVersionTable(connection);
        int current = currentVersion(connection);
        if (current > latestVersion()) {
            throw new StoreException(Problem.SCHEMA_TOO_NEW,
                    NLS.bind(Messages.schemaTooNew, new Object[] { where, current, latestVersion() }));
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (int version = current + 1; version <= target; version++) {
                apply(connection, version, where, current);
                current = version;
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return current;
    }

    /** The database's schema version, 0 for a database that has none yet. */
    public int currentVersionIfAny(Connection connection) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(null, null, "SCHEMA_VERSION", null)) { //$NON-NLS-1$
            if (!rs.next()) {
                return 0;
            }
        }
        return currentVersion(connection);
    }

    public int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) { //$NON-NLS-1$
            rs.next();
            return rs.getInt(1);
        }
    }

    private void apply(Connection connection, int version, String where, int previous) throws StoreException, SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : statements(scripts.get(version - 1))) {
                st.execute(sql);
            }
            if (version == MemberRowsMigration.VERSION) {
                MemberRowsMigration.run(connection);
            }
            try (PreparedStatement record = connection
                    .prepareStatement("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) { //$NON-NLS-1$
                record.setInt(1, version);
                record.setTimestamp(2, Timestamp.from(Instant.now()));
                record.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new StoreException(Problem.DATABASE_ERROR, NLS.bind(Messages.migrationFailed,
                    new Object[] { where, version, DerbyErrors.rootMessage(e), previous }), e);
        }
    }

    private static void ensureVersionTable(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, null, "SCHEMA_VERSION", null)) { //$NON-NLS-1$
            if (rs.next()) {
                return;
            }
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"); //$NON-NLS-1$
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    /** Splits a script at semicolons that end a line; lines starting with -- are comments. */
    public static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) { //$NON-NLS-1$
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) { //$NON-NLS-1$
                continue;
            }
            if (trimmed.endsWith(";")) { //$NON-NLS-1$
                current.append(trimmed, 0, trimmed.length() - 1);
                result.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    private static String read(String resource) {
        try (InputStream in = Migrator.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

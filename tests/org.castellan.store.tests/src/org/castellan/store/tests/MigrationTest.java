package org.castellan.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.castellan.model.Installation;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
import org.castellan.store.internal.InstallationFiles;
import org.castellan.store.internal.Migrator;
import org.castellan.store.tests.support.Installations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Numbered migrations: from nothing, from every earlier version, and refusal of newer databases. */
class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void aNewInstallationIsAtTheLatestSchemaWithEveryStepRecorded() throws Exception {
        try (CastellanStore store = CastellanStore.create(dir.resolve("new"), NewInstallation.unencrypted("New"))) {
            int latest = new Migrator().latestVersion();
            assertTrue(latest >= 2, "there are at least two schema versions to migrate between");
            assertEquals(latest, store.schemaVersion());
            List<Integer> recorded = store.inTransaction(tx -> versions(tx.connection()));
            assertEquals(IntStream.rangeClosed(1, latest).boxed().toList(), recorded);
        }
    }

    static IntStream earlierVersions() {
        return IntStream.range(1, new Migrator().latestVersion());
    }

    @ParameterizedTest(name = "from schema {0}")
    @MethodSource("earlierVersions")
    void aDatabaseAtAnEarlierVersionIsMigratedKeepingItsData(int version) throws Exception {
        Path folder = dir.resolve("v" + version);
        CastellanStore.create(folder, NewInstallation.unencrypted("Old")).close();
        try (Connection c = rawConnection(folder)) {
            dropEverything(c);
            new Migrator().migrateTo(c, version, folder.toString());
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO installation (id, version, name) VALUES ('inst', 0, 'Old pharmacy')");
                st.execute("INSERT INTO users (id, version, owner_id, position, login, authorization_level) "
                        + "VALUES ('u1', 0, 'inst', 0, 'marie', 7)");
            }
        }

        try (CastellanStore store = Installations.open(folder)) {
            assertEquals(new Migrator().latestVersion(), store.schemaVersion());
            if (version >= Migrator.SEALS) {
                // rows of a sealed schema written by plain SQL are refused until an administrator
                // accepts them (audit reseal): this test writes them so, an older schema's are sealed by the migration
                store.inTransaction(org.castellan.store.SealedRows::resealAll);
            }
            Installation model = store.model().load();
            assertEquals("Old pharmacy", model.getName());
            assertEquals("marie", model.getUsers().get(0).getLogin());
            assertEquals(7, model.getUsers().get(0).getAuthorizationLevel());
        }
    }

    @Test
    void aDatabaseWrittenByANewerCastellanIsRefusedAndLeftAlone() throws Exception {
        Path folder = dir.resolve("newer");
        CastellanStore.create(folder, NewInstallation.unencrypted("Newer")).close();
        int newer = new Migrator().latestVersion() + 1;
        try (Connection c = rawConnection(folder); Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_version (version, applied_at) VALUES (" + newer + ", CURRENT_TIMESTAMP)");
        }

        StoreException e = assertThrows(StoreException.class, () -> Installations.open(folder));

        assertEquals(Problem.SCHEMA_TOO_NEW, e.problem());
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("newer Castellan"), e.getMessage());
        assertTrue(e.getMessage().contains(String.valueOf(newer)), e.getMessage());
        try (Connection c = rawConnection(folder)) {
            assertEquals(newer, versions(c).get(versions(c).size() - 1), "the refusal changed nothing");
        }
    }

    @Test
    void scriptsSplitIntoStatementsAtLineEndSemicolons() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "INSERT INTO a VALUES (1)"),
                Migrator.statements("-- comment\nCREATE TABLE a (x INT);\n\nINSERT INTO a\nVALUES (1);\n").stream()
                        .map(s -> s.replace('\n', ' ')).toList());
    }

    /** A connection to the installation's database without Castellan, as a repair tool would make. */
    private static Connection rawConnection(Path folder) throws Exception {
        InstallationFiles files = new InstallationFiles(folder);
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(files.database().toString());
        ds.setUser(files.readCredentials().user());
        ds.setPassword(files.readCredentials().password());
        return ds.getConnection();
    }

    private static List<Integer> versions(Connection c) throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
    }

    /** Drops every table of the schema, in whatever order their foreign keys allow. */
    static void dropEverything(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "CASTELLAN", null, new String[] { "TABLE" })) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        int passes = tables.size();
        for (int pass = 0; !tables.isEmpty() && pass < passes; pass++) {
            for (String table : List.copyOf(tables)) {
                try (Statement st = c.createStatement()) {
                    st.execute("DROP TABLE " + table);
                    tables.remove(table);
                } catch (SQLException referencedStill) {
                    // dropped in a later pass, once the tables pointing to it are gone
                }
            }
        }
        assertEquals(List.of(), tables, "every table could be dropped");
    }
}

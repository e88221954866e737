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

import org.castellan.model.Installation;
import org.castellan.store.CastellanStore;
import org.castellan.store.MemberRow;
import org.castellan.store.NewInstallation;
import org.castellan.store.SealedRows;
import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
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
        try (Connection c = Installations.rawConnection(folder)) {
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

    /** Schema 19: the lines of the directory's group mapping an installation has are sealed as they are, once. */
    @Test
    void groupMappingLinesOfSchema18AreSealedWhenMigrated() throws Exception {
        Path folder = dir.resolve("mappings");
        CastellanStore.create(folder, NewInstallation.unencrypted("Old")).close();
        try (Connection c = Installations.rawConnection(folder); Statement st = c.createStatement()) { // as schema 18 left it
            st.execute("DELETE FROM schema_version WHERE version >= " + Migrator.MAPPINGS_SEALED);
            st.execute("DROP INDEX users_guest"); // what schema 21 added
            st.execute("DROP INDEX data_right_holders_target");
            st.execute("DROP INDEX sessions_token"); // what schema 20 added
            st.execute("ALTER TABLE sessions DROP COLUMN token_hash");
            st.execute("INSERT INTO directory_group_mappings (directory_group, castellan_group) VALUES "
                    + "('cn=pharmacists,ou=groups,dc=example,dc=org', 'Pharmacists'), ('cn=managers,ou=groups,dc=example,dc=org', 'Managers')");
        }
        try (CastellanStore store = Installations.open(folder)) {
            assertEquals(List.of(), store.inTransaction(SealedRows::verify), "both lines sealed, the totals with them");
            assertEquals(2, store.inTransaction(tx -> SealedRows.intactKeys(tx, "directory_group_mappings")).size());
        }
        try (Connection c = Installations.rawConnection(folder); Statement st = c.createStatement()) {
            st.execute("UPDATE directory_group_mappings SET castellan_group = 'Administrators' WHERE castellan_group = 'Managers'");
        }
        try (CastellanStore store = Installations.open(folder)) {
            assertEquals(1, store.inTransaction(tx -> SealedRows.intactKeys(tx, "directory_group_mappings")).size(), "sealed once: a later change is seen");
        }
    }

    /** Schema 16: the members of the former object table become rows keyed by dimension and unique name, with their parents and depths. */
    @Test
    void membersOfSchema15BecomeRowsWithTheirParentsAndDepths() throws Exception {
        Path folder = dir.resolve("members");
        CastellanStore.create(folder, NewInstallation.unencrypted("Old")).close();
        try (Connection c = Installations.rawConnection(folder)) {
            dropEverything(c);
            new Migrator().migrateTo(c, 15, folder.toString());
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO installation (id, version, name) VALUES ('inst', 0, 'Old BI')");
                st.execute("INSERT INTO data_models (id, version, owner_id, position, name) VALUES ('m', 0, 'inst', 0, 'Sales')");
                st.execute("INSERT INTO dimensions (id, version, owner_id, position, unique_name) VALUES ('d', 0, 'm', 0, '[Time]')");
                st.execute("INSERT INTO dimension_members (id, version, owner_id, position, unique_name, caption) VALUES "
                        + "('y', 0, 'd', 1, '[Time].[2026]', '2026'), ('y0', 0, 'd', 0, '[Time].[2025]', NULL), "
                        + "('mo', 0, 'y', 0, '[Time].[2026].[03]', 'March'), ('dy', 0, 'mo', 0, '[Time].[2026].[03].[07]', NULL), "
                        + "('twice', 0, 'y0', 0, '[Time].[2026].[03]', 'again')");
            }
        }
        try (CastellanStore store = Installations.open(folder)) {
            assertEquals(List.of(new MemberRow("[Time].[2025]", null, null, 0, false), new MemberRow("[Time].[2026]", null, "2026", 0, false),
                    new MemberRow("[Time].[2026].[03]", "[Time].[2025]", "again", 1, false),
                    new MemberRow("[Time].[2026].[03].[07]", "[Time].[2026].[03]", null, 2, false)),
                    store.inTransaction(tx -> store.members().all(tx, "d")), "a name met twice keeps its first place, depth first (as the evaluators kept it); the members below its other place follow it");
            assertTrue(store.model().load().getDataModels().get(0).getDimensions().get(0).getMembers().isEmpty(), "the model holds no members");
            boolean former = store.inTransaction(tx -> {
                try (ResultSet rs = tx.connection().getMetaData().getTables(null, "CASTELLAN", "DIMENSION_MEMBERS", null)) {
                    return rs.next();
                }
            });
            assertTrue(!former, "the former table is gone");
        }
    }

    @Test
    void aDatabaseWrittenByANewerCastellanIsRefusedAndLeftAlone() throws Exception {
        Path folder = dir.resolve("newer");
        CastellanStore.create(folder, NewInstallation.unencrypted("Newer")).close();
        int newer = new Migrator().latestVersion() + 1;
        try (Connection c = Installations.rawConnection(folder); Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_version (version, applied_at) VALUES (" + newer + ", CURRENT_TIMESTAMP)");
        }

        StoreException e = assertThrows(StoreException.class, () -> Installations.open(folder));

        assertEquals(Problem.SCHEMA_TOO_NEW, e.problem());
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("newer Castellan"), e.getMessage());
        assertTrue(e.getMessage().contains(String.valueOf(newer)), e.getMessage());
        try (Connection c = Installations.rawConnection(folder)) {
            assertEquals(newer, versions(c).get(versions(c).size() - 1), "the refusal changed nothing");
        }
    }

    @Test
    void scriptsSplitIntoStatementsAtLineEndSemicolons() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "INSERT INTO a VALUES (1)"),
                Migrator.statements("-- comment\nCREATE TABLE a (x INT);\n\nINSERT INTO a\nVALUES (1);\n").stream()
                        .map(s -> s.replace('\n', ' ')).toList());
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

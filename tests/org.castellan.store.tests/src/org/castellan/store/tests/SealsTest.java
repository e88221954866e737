package org.castellan.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.castellan.model.Installation;
import org.castellan.model.User;
import org.castellan.model.tests.fixtures.SampleInstallation;
import org.castellan.store.CastellanStore;
import org.castellan.store.ChangeJournal;
import org.castellan.store.NewInstallation;
import org.castellan.store.SealFinding;
import org.castellan.store.SealFinding.Kind;
import org.castellan.store.SealedRows;
import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
import org.castellan.store.Transaction;
import org.castellan.store.TransactionWork;
import org.castellan.store.internal.InstallationFiles;
import org.castellan.store.internal.Migrator;
import org.castellan.store.tests.support.Installations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seals' key file, and the installations made before the seals. */
class SealsTest {

    @TempDir
    Path dir;

    @Test
    void aNewInstallationKeepsItsKeyOutsideTheDatabaseForItsOwnerOnlyAndSealsWhatItWrites() throws Exception {
        Path folder = dir.resolve("new");
        try (CastellanStore store = Installations.createWithSample(folder)) {
            Path key = folder.resolve(InstallationFiles.SEAL_KEY);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
            assertEquals(List.of(), verify(store));
            assertTrue(count(store, "SELECT COUNT(*) FROM row_seals WHERE table_name = 'users'") > 0, "the sample's users are sealed");
        }
    }

    @Test
    void anInstallationCreatedBeforeTheSealsIsSealedOnceWhenMigratedAndJournaledOnce() throws Exception {
        Path folder = dir.resolve("old");
        CastellanStore.create(folder, NewInstallation.unencrypted("Old")).close();
        Files.delete(folder.resolve(InstallationFiles.SEAL_KEY)); // as an installation made before the seals has none
        try (Connection c = Installations.rawConnection(folder)) {
            MigrationTest.dropEverything(c);
            new Migrator().migrateTo(c, Migrator.SEALS - 1, folder.toString());
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO installation (id, version, name) VALUES ('inst', 0, 'Old pharmacy')");
                st.execute("INSERT INTO users (id, version, owner_id, position, login, authorization_level) VALUES ('u1', 0, 'inst', 0, 'marie', 7)");
                st.execute("INSERT INTO roles (id, version, owner_id, position, name) VALUES ('r1', 0, 'inst', 0, 'Clerks')");
                st.execute("INSERT INTO role_assignments (id, version, owner_id, position, role_id) VALUES ('a1', 0, 'u1', 0, 'r1')");
                st.execute("INSERT INTO settings (name, setting_value) VALUES ('menu.option.billing', '5;false')");
            }
        }

        try (CastellanStore store = Installations.open(folder)) {
            assertTrue(Files.isRegularFile(folder.resolve(InstallationFiles.SEAL_KEY)), "the migration made the key");
            assertEquals(List.of(), verify(store));
            assertEquals(4, count(store, "SELECT COUNT(*) FROM row_seals"), "the user, the role, the assignment and the menu level");

            List<Map<String, ?>> journaled = new ArrayList<>();
            store.journalTo(recorder(journaled));
            store.journalTo(recorder(journaled));
            assertEquals(List.of(Map.of("rows", "4")), journaled, "\"rows sealed\" journaled once, by the first journal bound");

            store.inTransaction((TransactionWork<Void>) tx -> {
                try (Statement st = tx.connection().createStatement()) {
                    st.executeUpdate("UPDATE users SET authorization_level = 9 WHERE login = 'marie'");
                }
                return null;
            });
            List<SealFinding> found = verify(store);
            assertEquals(List.of(Kind.CHANGED), found.stream().map(SealFinding::kind).toList());
            assertEquals("users: row of login 'marie' changed outside Castellan (authorization_level).", found.get(0).message());
            assertTrue(store.model().load().getUsers().isEmpty(), "a row that does not match its seal is not read into the model");
        }
    }

    @Test
    void withoutItsKeyFileNothingIsCalledIntactAndNothingSealedIsWritten() throws Exception {
        Path folder = dir.resolve("lost");
        Installations.createWithSample(folder).close();
        Files.delete(folder.resolve(InstallationFiles.SEAL_KEY));

        try (CastellanStore store = Installations.open(folder)) {
            List<SealFinding> found = verify(store);
            assertEquals(List.of(Kind.KEY_MISSING), found.stream().map(SealFinding::kind).toList());
            assertTrue(found.get(0).message().contains(folder.resolve("seal.key").toString()), found.get(0).message());
            assertTrue(found.get(0).message().contains("castellan audit reseal --confirm"), found.get(0).message());

            Installation model = store.model().load();
            User added = SampleInstallation.user(model, "jeanne", "Jeanne", 2);
            StoreException refused = assertThrows(StoreException.class, () -> store.model().insert(added));
            assertEquals(Problem.SEALS, refused.problem());
            assertTrue(refused.getMessage().contains("seal.key"), refused.getMessage());
            assertFalse(store.model().load().getUsers().stream().anyMatch(u -> u.getLogin().equals("jeanne")), "nothing half-saved");

            store.inTransaction(SealedRows::resealAll);
            assertTrue(Files.isRegularFile(folder.resolve(InstallationFiles.SEAL_KEY)), "a reseal makes a new key");
            assertEquals(List.of(), verify(store));
        }
    }

    @Test
    void aRowWrittenWithSqlOfItsOwnThatSaysSoStaysBelieved() throws Exception {
        try (CastellanStore store = Installations.createWithSample(dir.resolve("own-sql"))) {
            User user = store.model().load().getUsers().get(0);
            store.inTransaction((TransactionWork<Void>) tx -> {
                try (var ps = tx.connection().prepareStatement("UPDATE users SET session_policy = 'oneTransaction', enabled = FALSE WHERE id = ?")) {
                    ps.setString(1, user.getId());
                    ps.executeUpdate();
                }
                SealedRows.written(tx, "users", user.getId());
                return null;
            });
            assertEquals(List.of(), verify(store));
            assertTrue(store.model().load().getUsers().stream().anyMatch(u -> u.getId().equals(user.getId())), "read into the model");
        }
    }

    @Test
    void anotherInstallationsKeyIsNamedAsTheWrongKey() throws Exception {
        Path mine = dir.resolve("mine");
        Path other = dir.resolve("other");
        Installations.createWithSample(mine).close();
        CastellanStore.create(other, NewInstallation.unencrypted("Other")).close();
        Files.copy(other.resolve(InstallationFiles.SEAL_KEY), mine.resolve(InstallationFiles.SEAL_KEY), StandardCopyOption.REPLACE_EXISTING);

        try (CastellanStore store = Installations.open(mine)) {
            List<SealFinding> found = verify(store);
            assertEquals(List.of(Kind.KEY_WRONG), found.stream().map(SealFinding::kind).toList());
            assertTrue(found.get(0).message().contains("is not the one this database was sealed with"), found.get(0).message());
        }
    }

    @Test
    void aDamagedKeyFileIsRefusedWithWhatToDo() throws Exception {
        Path folder = dir.resolve("damaged");
        CastellanStore.create(folder, NewInstallation.unencrypted("Damaged")).close();
        Files.writeString(folder.resolve(InstallationFiles.SEAL_KEY), "seal.key=not a key\n");

        StoreException e = assertThrows(StoreException.class, () -> Installations.open(folder));

        assertEquals(Problem.SEALS, e.problem());
        assertTrue(e.getMessage().contains(folder.resolve("seal.key").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("backup"), e.getMessage());
    }

    private static List<SealFinding> verify(CastellanStore store) throws StoreException {
        return store.inTransaction(SealedRows::verify);
    }

    private static long count(CastellanStore store, String sql) throws StoreException {
        return store.inTransaction(tx -> {
            try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static ChangeJournal recorder(List<Map<String, ?>> into) {
        return new ChangeJournal() {
            @Override
            public void record(Transaction tx, String topic, Map<String, ?> properties) {
                assertEquals(SealedRows.TOPIC_SEALED, topic);
                into.add(properties);
            }

            @Override
            public void rightsChanged(Transaction tx, String userId, String login, List<String> rightIds, boolean revoke) {
                throw new AssertionError("no rights change");
            }
        };
    }
}

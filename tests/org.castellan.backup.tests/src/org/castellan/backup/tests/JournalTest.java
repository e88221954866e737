package org.castellan.backup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupException.Problem;
import org.castellan.backup.BackupOptions;
import org.castellan.backup.BackupService;
import org.castellan.backup.MediumStatus;
import org.castellan.store.ChangeJournal;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Backup events go to the installation's journal in the transaction that records them. */
class JournalTest extends InstallationTest {

    /** A journal writing one row per event through the transaction it is given; it can be told to refuse a topic. */
    private static final class TableJournal implements ChangeJournal {
        String refused;

        @Override
        public void record(Transaction tx, String topic, Map<String, ?> properties) throws StoreException {
            if (topic.equals(refused)) {
                throw new StoreException(StoreException.Problem.DATABASE_ERROR, "journal full");
            }
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO test_journal (topic, actor, detail) VALUES (?, ?, ?)")) {
                ps.setString(1, topic);
                ps.setString(2, String.valueOf(properties.get("actor")));
                ps.setString(3, String.valueOf(properties.containsKey("problem") ? properties.get("problem") : properties.get("backup")));
                ps.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new StoreException(StoreException.Problem.DATABASE_ERROR, e.getMessage(), e);
            }
        }

        @Override
        public void rightsChanged(Transaction tx, String userId, String login, List<String> rightIds, boolean revoke) {
            // not a backup event
        }

        @Override
        public Optional<Path> writeHead(Path folder) throws IOException {
            return Optional.of(Files.writeString(folder.resolve("journal-head"), HEAD));
        }
    }

    private static final String HEAD = "seq=7\nhash=" + "ab".repeat(32) + "\n";

    private final TableJournal journal = new TableJournal();

    @BeforeEach
    void journal() throws Exception {
        installation.store.inTransaction(tx -> {
            try (Statement st = tx.connection().createStatement()) {
                st.execute("CREATE TABLE test_journal (seq INT GENERATED ALWAYS AS IDENTITY, topic VARCHAR(80), actor VARCHAR(40), detail VARCHAR(400))");
            }
            return null;
        });
        installation.store.journalTo(journal);
    }

    private List<String> journaled() throws Exception {
        return installation.store.inTransaction(tx -> {
            List<String> rows = new ArrayList<>();
            try (Statement st = tx.connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT topic, actor, detail FROM test_journal ORDER BY seq")) {
                while (rs.next()) {
                    rows.add(rs.getString(1).substring("org/castellan/backup/".length()) + ' ' + rs.getString(2) + ' ' + rs.getString(3));
                }
            }
            return rows;
        });
    }

    @Test
    void initialisingBackingUpFailingAndRestoringAreJournaledByWhoDidIt() throws Exception {
        Path medium = Files.createDirectories(dir.resolve("key"));
        installation.backup.initialise(installation.admin, medium);
        var good = installation.backUp().backup();
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(BackupException.class, () -> installation.backup.backUp(installation.admin, BackupOptions.DEFAULT, Optional.empty(), cancelled));
        installation.backup.restore(installation.admin, good.folder(), dir.resolve("restored"), Optional.empty(), new NullProgressMonitor());

        List<String> rows = journaled();
        assertEquals(6, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("MEDIUM_INITIALISED admin"), rows.toString());
        assertTrue(rows.get(1).startsWith("STARTED admin"), rows.toString());
        assertEquals("SUCCEEDED admin " + good.folder(), rows.get(2));
        assertTrue(rows.get(3).startsWith("STARTED admin"), rows.toString());
        assertEquals("FAILED admin CANCELLED", rows.get(4));
        assertEquals("RESTORED admin " + good.folder(), rows.get(5));
    }

    @Test
    void eachBackupKeepsTheJournalsHeadBesideItUnderItsManifest() throws Exception {
        Path medium = Files.createDirectories(dir.resolve("key"));
        installation.backup.initialise(installation.admin, medium);
        var good = installation.backUp().backup();
        assertEquals(HEAD, Files.readString(good.folder().resolve("journal-head")), "readable without opening the backup");
        assertTrue(Files.readString(good.folder().resolve("MANIFEST.sha256")).contains(" journal-head"), "covered by the manifest");
        installation.backup.verify(installation.admin, good.folder(), Optional.empty(), new NullProgressMonitor());
    }

    @Test
    void aJournalThatCannotRecordTheInitialisationLeavesTheMediumUnremembered() throws Exception {
        journal.refused = BackupService.TOPIC_MEDIUM_INITIALISED;
        Path medium = Files.createDirectories(dir.resolve("key"));
        BackupException e = assertThrows(BackupException.class, () -> installation.backup.initialise(installation.admin, medium));
        assertEquals(Problem.DATABASE, e.problem());
        assertEquals(MediumStatus.State.ABSENT, installation.backup.medium().state(), "the medium setting rolled back with the journal entry");
        assertEquals(List.of(), journaled());
    }

    @Test
    void aRestoreTheJournalCannotRecordDoesNotHappen() throws Exception {
        Path medium = Files.createDirectories(dir.resolve("key"));
        installation.backup.initialise(installation.admin, medium);
        var good = installation.backUp().backup();
        journal.refused = BackupService.TOPIC_RESTORED;
        Path target = dir.resolve("restored");
        BackupException e = assertThrows(BackupException.class,
                () -> installation.backup.restore(installation.admin, good.folder(), target, Optional.empty(), new NullProgressMonitor()));
        assertEquals(Problem.DATABASE, e.problem(), e.getMessage());
        assertTrue(!Files.exists(target), "nothing restored without its journal entry");
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".restoring-")), "no staging folder left");
        }
    }
}

package org.castellan.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.castellan.audit.AuditJournal;
import org.castellan.audit.AuditJournal.Verification;
import org.castellan.audit.ChainHead;
import org.castellan.audit.JournalEntry;
import org.castellan.audit.internal.JournalService;
import org.castellan.audit.internal.Workstation;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.ExtensionRightsCatalog;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.UserAdministrationImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.SettingsTable;
import org.castellan.store.TransactionWork;
import org.castellan.test.support.SettableClock;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the chain catches besides an edited or deleted row: a reordered pair, a row added by SQL, a tail cut off. */
class TamperEvidenceTest {

    private static final char[] PASSWORD = "Pharma-2026x".toCharArray();

    @TempDir
    Path dir;

    private final Clock clock = SettableClock.utc("2026-03-01T08:00:00Z");
    private CastellanStore store;
    private JournalService journal;
    private List<JournalEntry> rows;

    @BeforeEach
    void journalOfSomeChanges() throws Exception {
        store = CastellanStore.create(dir.resolve("audited"), NewInstallation.unencrypted("Audited"));
        journal = new JournalService(store, new AccessControlImpl(store, clock), clock, new Workstation("counter-1", "192.0.2.10", "pharmacist", "0.1.0"));
        AuthenticatedUser admin = new AccountServiceImpl(store, new ExtensionRightsCatalog(RegistryFactory.getRegistry()), PasswordHashing.OWASP_MINIMUM,
                clock).createFirstAdministrator("admin", null, PASSWORD);
        UserAdministrationImpl users = new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, clock);
        users.createUser(admin, new NewUser("paul", null, null, false, false, 2, PASSWORD));
        users.setEnabled(admin, "paul", false);
        users.setEnabled(admin, "paul", true);
        rows = journal.entries(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
        assertTrue(rows.size() >= 5, rows::toString);
        assertTrue(journal.verify().intact());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void sql(String... statements) throws Exception {
        store.inTransaction((TransactionWork<Void>) tx -> {
            try (var st = tx.connection().createStatement()) {
                for (String statement : statements) {
                    st.executeUpdate(statement);
                }
            }
            return null;
        });
    }

    @Test
    void aReorderedPairIsFoundAtTheFirstOfTheTwo() throws Exception {
        long a = rows.get(2).seq();
        long b = rows.get(3).seq();
        sql("UPDATE audit_journal SET seq = -1 WHERE seq = " + a, "UPDATE audit_journal SET seq = " + a + " WHERE seq = " + b,
                "UPDATE audit_journal SET seq = " + b + " WHERE seq = -1");
        assertEquals(Optional.of(a), journal.verify().firstBrokenRow());
    }

    @Test
    void aRowInsertedBySqlIsFoundWhereverItGoes() throws Exception {
        JournalEntry last = rows.get(rows.size() - 1);
        JournalEntry third = rows.get(2);
        // In the middle: the later rows renumbered one up (from the end, so no number is taken twice), a row put in the gap.
        store.inTransaction((TransactionWork<Void>) tx -> {
            for (long seq = last.seq(); seq >= third.seq(); seq--) {
                try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE audit_journal SET seq = seq + 1 WHERE seq = ?")) {
                    ps.setLong(1, seq);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO audit_journal (seq, recorded_at, topic, actor, details, prev_hash, row_hash) "
                    + "SELECT CAST(? AS BIGINT), recorded_at, 'org/castellan/security/user/CREATED', 'admin', 'login=ghost\n', row_hash, row_hash FROM audit_journal WHERE seq = ?")) {
                ps.setLong(1, third.seq());
                ps.setLong(2, third.seq() - 1);
                ps.executeUpdate();
            }
            return null;
        });
        assertEquals(Optional.of(third.seq()), journal.verify().firstBrokenRow());
    }

    @Test
    void aRowAppendedBySqlIsFound() throws Exception {
        JournalEntry last = rows.get(rows.size() - 1);
        sql("INSERT INTO audit_journal (seq, recorded_at, topic, actor, details, prev_hash, row_hash) SELECT seq + 1, recorded_at, topic, 'admin', "
                + "'login=ghost\n', row_hash, '" + "ab".repeat(32) + "' FROM audit_journal WHERE seq = " + last.seq());
        assertEquals(Optional.of(last.seq() + 1), journal.verify().firstBrokenRow());
    }

    @Test
    void aTailCutOffVerifiesOnItsOwnButNotAgainstTheHeadKeptOutsideTheDatabase() throws Exception {
        Path file = store.folder().orElseThrow().resolve(ChainHead.FILE);
        ChainHead anchor = ChainHead.read(file).orElseThrow(() -> new AssertionError("the head is kept in the installation folder"));
        assertEquals(journal.head(), Optional.of(anchor), "kept up to date after every commit");
        assertEquals(rows.get(rows.size() - 1).seq(), anchor.seq());
        assertTrue(journal.verify(anchor).intact());

        long firstCut = rows.get(rows.size() - 3).seq();
        sql("DELETE FROM audit_journal WHERE seq >= " + firstCut);
        assertTrue(journal.verify().intact(), "what remains is a valid chain: only the outside head shows the cut");
        assertEquals(Optional.of(firstCut), journal.verify(anchor).firstBrokenRow(), "the first missing row is named");
        assertEquals(Optional.of(anchor), ChainHead.read(file), "the outside head is not moved back by the cut");
    }

    @Test
    void aBatchIsChainedLikeSingleRowsAndMovesTheHeadOnce() throws Exception {
        List<org.castellan.audit.JournalEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) {
            events.add(new org.castellan.audit.JournalEvent(org.castellan.audit.AuditJournal.TOPIC_ENTERED, java.util.Map.of("login", "paul", "id", "v" + i)));
        }
        journal.recordAll(events);
        List<JournalEntry> after = journal.entries(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
        assertEquals(rows.size() + 250, after.size());
        assertTrue(after.get(after.size() - 1).details().contains("id=v249\n"), after.get(after.size() - 1)::details);
        assertTrue(journal.verify().intact());
        assertEquals(journal.head(), ChainHead.read(store.folder().orElseThrow().resolve(ChainHead.FILE)));
    }

    @Test
    void aRewrittenTailIsFoundAgainstTheHead() throws Exception {
        ChainHead anchor = journal.head().orElseThrow();
        // The last row replaced by one that chains correctly to its predecessor but says something else.
        sql("DELETE FROM audit_journal WHERE seq = " + anchor.seq());
        journal.entered(new AuthenticatedUser("id", "admin", null, 9), "view", "org.castellan.security.ui.users", "Users");
        assertTrue(journal.verify().intact());
        assertEquals(Optional.of(anchor.seq()), journal.verify(anchor).firstBrokenRow());
    }

    @Test
    void aHeadTheChainNoLongerReachesStaysAsEvidenceInTheInstallationFolderAndTheMirror() throws Exception {
        Path mirror = dir.resolve("another-disk");
        store.inTransaction((TransactionWork<Void>) tx -> {
            SettingsTable.write(tx, AuditJournal.SETTING_HEAD_MIRROR, mirror.toString());
            return null;
        });
        AuthenticatedUser admin = new AuthenticatedUser("id", "admin", null, 9);
        journal.entered(admin, "view", "org.castellan.security.ui.users", "Users");
        Path installationHead = store.folder().orElseThrow().resolve(ChainHead.FILE);
        Path mirrorHead = mirror.resolve("journal-head");
        assertEquals(List.of(installationHead, mirrorHead), journal.headFiles());
        ChainHead anchor = journal.head().orElseThrow();
        assertEquals(Optional.of(anchor), ChainHead.read(mirrorHead), "the mirror follows every commit");

        sql("DELETE FROM audit_journal WHERE seq >= " + (anchor.seq() - 1));
        journal.entered(admin, "view", "org.castellan.security.ui.roles", "Roles"); // takes a removed row's number
        assertEquals(Optional.of(anchor), ChainHead.read(installationHead), "not moved on over the cut");
        assertEquals(Optional.of(anchor), ChainHead.read(mirrorHead), "not moved on over the cut");
        List<Verification> both = journal.verify(List.of(ChainHead.read(installationHead).orElseThrow(), ChainHead.read(mirrorHead).orElseThrow()));
        assertTrue(both.get(0).intact(), "what is left is a valid chain");
        assertTrue(both.get(1).firstBrokenRow().isPresent() && both.get(2).firstBrokenRow().isPresent(), both::toString);

        // Whoever cut it makes the installation's head agree with what is left: that one moves on again, the mirror does not.
        journal.head().orElseThrow().write(installationHead);
        journal.entered(admin, "view", "org.castellan.security.ui.groups", "Groups");
        assertEquals(journal.head(), ChainHead.read(installationHead));
        assertEquals(Optional.of(anchor), ChainHead.read(mirrorHead));
        assertEquals(Optional.of(anchor.seq()), journal.verify(List.of(anchor)).get(1).firstBrokenRow(), "the row the mirror names was rewritten");
    }

    @Test
    void theJournalWritesItsHeadWhereABackupAsksThroughTheStore() throws Exception {
        Path beside = Files.createDirectories(dir.resolve("medium").resolve("castellan-20260301-080000"));
        Path written = store.journal().orElseThrow().writeHead(beside).orElseThrow();
        assertEquals(beside.resolve("journal-head"), written);
        assertEquals(journal.head(), ChainHead.read(written));
    }
}

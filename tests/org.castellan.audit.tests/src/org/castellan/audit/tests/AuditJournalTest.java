package org.castellan.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.castellan.audit.AuditException;
import org.castellan.audit.AuditJournal;
import org.castellan.audit.JournalEntry;
import org.castellan.audit.internal.JournalService;
import org.castellan.audit.internal.Workstation;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.ExtensionRightsCatalog;
import org.castellan.security.internal.GroupAdministrationImpl;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.RoleAdministrationImpl;
import org.castellan.security.internal.UserAdministrationImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal written by the security services in their own transactions, its chain, and the rights archive. */
class AuditJournalTest {

    private static final char[] PASSWORD = "Pharma-2026x".toCharArray();

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemUTC();
    private CastellanStore store;
    private JournalService journal;
    private AccountService accounts;
    private UserAdministrationImpl users;
    private RoleAdministrationImpl roles;
    private GroupAdministrationImpl groups;
    private AuthenticatedUser admin;

    @BeforeEach
    void installation() throws Exception {
        store = CastellanStore.create(dir.resolve("audited"), NewInstallation.unencrypted("Audited"));
        journal = new JournalService(store, new AccessControlImpl(store, clock), clock, new Workstation("counter-1", "192.0.2.10", "pharmacist", "0.1.0"));
        ExtensionRightsCatalog catalog = new ExtensionRightsCatalog(RegistryFactory.getRegistry());
        accounts = new AccountServiceImpl(store, catalog, PasswordHashing.OWASP_MINIMUM, clock);
        users = new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, clock);
        roles = new RoleAdministrationImpl(store, catalog, clock);
        groups = new GroupAdministrationImpl(store, clock);
        admin = accounts.createFirstAdministrator("admin", null, PASSWORD);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<JournalEntry> all() throws Exception {
        return journal.entries(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
    }

    private List<String> topics() throws Exception {
        return all().stream().map(JournalEntry::topic).toList();
    }

    @Test
    void aVerificationIsJournaledAndTheLastOneIsReadBackFromOneRow() throws Exception {
        assertEquals(Optional.empty(), journal.lastVerification());
        AuditJournal.Verification intact = journal.verify();
        journal.recordVerification(admin, intact);
        AuditJournal.RecordedVerification last = journal.lastVerification().orElseThrow();
        assertEquals("admin", last.login());
        assertEquals(intact, last.result());
        assertTrue(last.result().intact());
        assertEquals(AuditJournal.TOPIC_VERIFIED, topics().get(topics().size() - 1));

        journal.recordVerification(admin, new AuditJournal.Verification(12, Optional.of(7L)));
        assertEquals(new AuditJournal.Verification(12, Optional.of(7L)), journal.lastVerification().orElseThrow().result());
        assertTrue(journal.verify().intact(), "the journaled verifications are chained like every row");
    }

    @Test
    void everyChangeIsJournaledWithWhoWhereAndBeforeAfterInNames() throws Exception {
        users.createUser(admin, new NewUser("paul", "Paul", null, false, false, 2, PASSWORD));
        roles.createRole(admin, "Counter", null, Set.of(AccountService.ADMINISTER_RIGHT));
        roles.assign(admin, "paul", "Counter");
        List<String> topics = topics();
        assertTrue(topics.contains(AccountService.TOPIC_ADMINISTRATOR_CREATED), topics::toString);
        assertTrue(topics.contains("org/castellan/security/user/CREATED"), topics::toString);
        JournalEntry roleChange = all().stream().filter(e -> e.topic().equals("org/castellan/security/role/CHANGED")).reduce((a, b) -> b).orElseThrow();
        assertEquals("admin", roleChange.actor());
        assertEquals("org.castellan.security", roleChange.bundle());
        assertEquals("counter-1", roleChange.workstation());
        assertEquals("pharmacist", roleChange.osUser());
        assertTrue(roleChange.details().contains("change=assigned to paul"), roleChange.details());
        assertTrue(journal.verify().intact());
    }

    @Test
    void aFailingDatabaseIsAnAuditExceptionWithTheStoresFailureAsItsCause() throws Exception {
        store.inTransaction(tx -> {
            try (java.sql.Statement st = tx.connection().createStatement()) {
                st.execute("RENAME TABLE audit_journal TO audit_journal_moved");
            }
            return null;
        });
        AuditException e = assertThrows(AuditException.class, journal::verify);
        assertInstanceOf(StoreException.class, e.getCause());
        assertTrue(e.getMessage().startsWith("The audit journal could not be read or written"), e.getMessage());
        assertInstanceOf(StoreException.class, assertThrows(AuditException.class, () -> journal.entered(admin, "view", "v", "V")).getCause());
    }

    @Test
    void aRefusedChangeLeavesNoJournalRow() throws Exception {
        int before = all().size();
        AuthenticatedUser paul = users.createUser(admin, new NewUser("paul", null, null, false, false, 2, PASSWORD));
        int afterCreation = all().size();
        assertTrue(afterCreation > before);
        assertThrows(AccountException.class, () -> roles.createRole(paul, "Sneaky", null, Set.of(AccountService.ADMINISTER_RIGHT)));
        assertThrows(AccountException.class, () -> users.setEnabled(admin, "admin", false), "the last administrator");
        assertEquals(afterCreation, all().size(), "nothing journaled for changes that were not made");
    }

    @Test
    void aRightAddedToARoleArchivesTheRightsOfEveryMemberAndARemovalIsMarkedRevoke() throws Exception {
        users.createUser(admin, new NewUser("paul", null, null, false, false, 2, PASSWORD));
        users.createUser(admin, new NewUser("marie", null, null, false, false, 2, PASSWORD));
        roles.createRole(admin, "Counter", null, Set.of());
        groups.createGroup(admin, "Front", null, Set.of("Counter"), Set.of("paul", "marie"));
        Instant beforeGrant = clock.instant();
        roles.grant(admin, "Counter", AccountService.ADMINISTER_RIGHT);
        assertEquals(Optional.of(List.of(AccountService.ADMINISTER_RIGHT)), journal.rightsAt("paul", clock.instant()));
        assertEquals(Optional.of(List.of(AccountService.ADMINISTER_RIGHT)), journal.rightsAt("marie", clock.instant()));
        assertTrue(journal.rightsAt("paul", beforeGrant).isEmpty(), "point in time: before the grant he held nothing archived");
        groups.removeMember(admin, "Front", "marie");
        assertEquals(Optional.of(List.of()), journal.rightsAt("marie", clock.instant()));
        int revokes = store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT COUNT(*) FROM rights_archive WHERE login = ? AND is_revoke = TRUE")) {
                ps.setString(1, "marie");
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        assertEquals(1, revokes);
        assertTrue(topics().contains(JournalService.TOPIC_RIGHTS_ARCHIVED));
    }

    @Test
    void tamperingWithARowIsFoundAndNamed() throws Exception {
        users.createUser(admin, new NewUser("paul", null, null, false, false, 2, PASSWORD));
        users.setEnabled(admin, "paul", false);
        AuditJournal.Verification intact = journal.verify();
        assertTrue(intact.intact());
        long victim = all().get(1).seq();
        store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE audit_journal SET actor = 'someone else' WHERE seq = ?")) {
                ps.setLong(1, victim);
                return ps.executeUpdate();
            }
        });
        assertEquals(Optional.of(victim), journal.verify().firstBrokenRow());
    }

    @Test
    void aDeletedRowBreaksTheChainAtTheNextOne() throws Exception {
        users.createUser(admin, new NewUser("paul", null, null, false, false, 2, PASSWORD));
        List<JournalEntry> rows = all();
        long victim = rows.get(1).seq();
        store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("DELETE FROM audit_journal WHERE seq = ?")) {
                ps.setLong(1, victim);
                return ps.executeUpdate();
            }
        });
        assertEquals(Optional.of(rows.get(2).seq()), journal.verify().firstBrokenRow());
    }

    @Test
    void whichLoginsAreJournaledIsAnInstallationSetting() throws Exception {
        accounts.authenticate("admin", PASSWORD);
        assertThrows(AccountException.class, () -> accounts.authenticate("admin", "Wrong-2026x".toCharArray()));
        assertTrue(topics().contains(AccountService.TOPIC_LOGIN_SUCCEEDED), "everything by default");
        assertTrue(topics().contains(AccountService.TOPIC_LOGIN_FAILED));
        setting(AuditJournal.SETTING_LOGINS, "failures");
        int before = all().size();
        accounts.authenticate("admin", PASSWORD);
        assertEquals(before, all().size(), "failures only: a success is not journaled");
        assertThrows(AccountException.class, () -> accounts.authenticate("nobody", PASSWORD));
        assertEquals(before + 1, all().size());
        JournalEntry failure = all().get(before);
        assertTrue(failure.details().contains("reason=unknown login"), failure.details());
        setting(AuditJournal.SETTING_LOGINS, "none");
        assertThrows(AccountException.class, () -> accounts.authenticate("nobody", PASSWORD));
        assertEquals(before + 1, all().size());
        assertFalse(journal.verify().firstBrokenRow().isPresent());
    }

    @Test
    void aPurgeRemovesOldRowsAndLeavesAVerifiableChainWithACheckpoint() throws Exception {
        users.createUser(admin, new NewUser("paul", null, null, false, false, 2, PASSWORD));
        int before = all().size();
        AuditException unset = assertThrows(AuditException.class, () -> journal.purge(admin));
        assertTrue(unset.getMessage().contains(AuditJournal.SETTING_RETENTION_DAYS), unset.getMessage());
        // Everything so far becomes old: the rows are back-dated as a journal kept for years would be.
        store.inTransaction(tx -> {
            try (var st = tx.connection().createStatement()) {
                return st.executeUpdate("UPDATE audit_journal SET recorded_at = TIMESTAMP('2015-01-01 00:00:00')");
            }
        });
        setting(AuditJournal.SETTING_RETENTION_DAYS, "3650");
        users.setEnabled(admin, "paul", false); // a recent row, kept
        AuditJournal.Verification backDated = journal.verify();
        assertFalse(backDated.intact(), "back-dating the rows is itself a change the chain sees");
        assertEquals(Optional.of(1L), backDated.firstBrokenRow());
        AuthenticatedUser paulAsUser = new AuthenticatedUser("nobody", "paul", null, 0);
        assertThrows(AuditException.class, () -> journal.purge(paulAsUser), "administrators only");
        assertEquals(before, journal.purge(admin));
        AuditJournal.Verification after = journal.verify();
        assertTrue(after.intact(), () -> "broken at " + after.firstBrokenRow());
        assertEquals(AuditJournal.TOPIC_PURGED, all().get(all().size() - 1).topic());
    }

    @Test
    void copiesExportsAndWorkbenchEntriesAreJournaledWithTheRightWorkedUnder() throws Exception {
        journal.entered(admin, "view", "org.castellan.security.ui.views.users", "Users");
        journal.dataLeft(admin, AuditJournal.TOPIC_COPIED, "org.castellan.security.ui.views.users", 3, AccountService.ADMINISTER_RIGHT, null);
        journal.dataLeft(admin, AuditJournal.TOPIC_EXPORTED, "sales", 120, "org.partner.billing", "/tmp/sales.csv");
        List<JournalEntry> rows = all();
        JournalEntry copy = rows.get(rows.size() - 2);
        assertEquals(AuditJournal.TOPIC_COPIED, copy.topic());
        assertEquals("admin", copy.actor());
        assertTrue(copy.details().contains("rows=3\n") && copy.details().contains("right=" + AccountService.ADMINISTER_RIGHT), copy.details());
        assertTrue(rows.get(rows.size() - 1).details().contains("file=/tmp/sales.csv"));
        assertTrue(rows.stream().anyMatch(e -> e.topic().equals(AuditJournal.TOPIC_ENTERED) && e.details().contains("label=Users")));
        assertTrue(journal.verify().intact());
    }

    private void setting(String name, String value) throws Exception {
        store.inTransaction(tx -> {
            try (PreparedStatement delete = tx.connection().prepareStatement("DELETE FROM settings WHERE name = ?");
                    PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO settings (name, setting_value) VALUES (?, ?)")) {
                delete.setString(1, name);
                delete.executeUpdate();
                insert.setString(1, name);
                insert.setString(2, value);
                return insert.executeUpdate();
            }
        });
    }
}

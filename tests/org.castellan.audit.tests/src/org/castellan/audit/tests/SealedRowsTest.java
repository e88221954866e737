package org.castellan.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
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
import org.castellan.security.internal.RightsSynchronizer;
import org.castellan.security.internal.RoleAdministrationImpl;
import org.castellan.security.internal.UserAdministrationImpl;
import org.castellan.sessions.Ban;
import org.castellan.sessions.BanRequest;
import org.castellan.sessions.DatabaseTime;
import org.castellan.sessions.internal.SessionRegistryImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.DatabaseServer;
import org.castellan.store.NewInstallation;
import org.castellan.store.SealFinding;
import org.castellan.store.SealFinding.Kind;
import org.castellan.store.TransactionWork;
import org.castellan.test.support.SettableClock;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tampering with the security tables by someone who holds the database's credentials: the rows
 * Castellan's services wrote are sealed with a key the database does not hold, so a change made
 * with plain SQL is named by the journal's verification, refused at the next login, and grants
 * nothing; what the services change stays intact.
 */
class SealedRowsTest {

    private static final char[] PASSWORD = "Pharma-2026x".toCharArray();

    @TempDir
    Path dir;

    private final SettableClock clock = SettableClock.utc("2026-03-01T08:00:00Z");
    private CastellanStore store;
    private JournalService journal;
    private AccountServiceImpl accounts;
    private UserAdministrationImpl users;
    private RoleAdministrationImpl roles;
    private AuthenticatedUser admin;
    private AuthenticatedUser paul;

    @BeforeEach
    void installationWithAClerk() throws Exception {
        store = CastellanStore.create(dir.resolve("sealed"), NewInstallation.unencrypted("Sealed"));
        journal = new JournalService(store, new AccessControlImpl(store, clock), clock, new Workstation("office", "192.0.2.10", "owner", "0.1.0"));
        ExtensionRightsCatalog catalog = new ExtensionRightsCatalog(RegistryFactory.getRegistry());
        accounts = new AccountServiceImpl(store, catalog, PasswordHashing.OWASP_MINIMUM, clock);
        admin = accounts.createFirstAdministrator("admin", null, PASSWORD);
        users = new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, clock);
        roles = new RoleAdministrationImpl(store, catalog, clock);
        paul = users.createUser(admin, new NewUser("paul", "Paul", null, false, false, 2, PASSWORD));
        roles.createRole(admin, "Clerks", "counter work", Set.of());
        roles.assign(admin, "paul", "Clerks");
        new GroupAdministrationImpl(store, clock).createGroup(admin, "Counter", "the counter", Set.of("Clerks"), Set.of("paul"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void whatTheServicesWriteStaysIntact() throws Exception {
        users.setEnabled(admin, "paul", false);
        users.setEnabled(admin, "paul", true);
        roles.grant(admin, "Clerks", AccountService.ADMINISTER_RIGHT);
        roles.revoke(admin, "Clerks", AccountService.ADMINISTER_RIGHT);
        new GroupAdministrationImpl(store, clock).deleteGroup(admin, "Counter"); // its memberships go by the database's cascade
        roles.copyRole(admin, "Clerks", "Trainees");
        roles.deleteRole(admin, "Trainees");
        Ban ban = sessions().block(admin, new BanRequest(Ban.ALL_COMPANIES, clock.instant(), clock.instant().plus(Duration.ofHours(2)), "inventory"));
        sessions().lift(admin, ban.id());
        accounts.changePassword("paul", PASSWORD, "Counter-2026y".toCharArray());

        assertEquals(List.of(), journal.verifySeals());
        assertEquals("paul", accounts.authenticate("paul", "Counter-2026y".toCharArray()).login());
    }

    @Test
    void aLevelRaisedOverTheClientDriverIsFoundRefusedAtLoginAndGrantsNothing() throws Exception {
        // Another workstation holding only the database's credentials, through the real network server.
        try (DatabaseServer server = store.startServer("localhost", 0);
                CastellanStore outsider = CastellanStore.connect(server.address(), store.credentials())) {
            outsider.inTransaction((TransactionWork<Void>) tx -> {
                try (Statement st = tx.connection().createStatement()) {
                    assertEquals(1, st.executeUpdate("UPDATE users SET authorization_level = 9 WHERE login = 'paul'"));
                }
                return null;
            });
        }

        List<SealFinding> found = journal.verifySeals();
        assertEquals(1, found.size(), found::toString);
        assertEquals(Kind.CHANGED, found.get(0).kind());
        assertEquals(List.of("authorization_level"), found.get(0).columns());
        assertEquals("users: row of login 'paul' changed outside Castellan (authorization_level).", found.get(0).message());

        AccountException refused = assertThrows(AccountException.class, () -> accounts.authenticate("paul", PASSWORD));
        assertTrue(refused.getMessage().contains("administrator"), refused.getMessage());
        assertTrue(lastLoginFailure().contains("authorization_level"), "the refusal is journaled with what was found");
        assertTrue(new AccessControlImpl(store, clock).rightsOf(paul.id()).isEmpty(), "a user row not believed grants nothing");
        assertEquals("admin", accounts.authenticate("admin", PASSWORD).login(), "others still log in");
    }

    @Test
    void aRoleAssignmentAddedOutsideIsFoundAndGrantsNothing() throws Exception {
        sql("INSERT INTO role_assignments (id, version, owner_id, position, role_id) "
                + "SELECT 'forged', 0, '" + paul.id() + "', 9, role_id FROM role_assignments WHERE owner_id = '" + admin.id() + "'");

        List<SealFinding> found = journal.verifySeals();
        assertEquals(1, found.size(), found::toString);
        assertEquals(Kind.ADDED, found.get(0).kind());
        assertTrue(found.get(0).message().startsWith("role_assignments: row of owner_id 'paul', role_id '"), found.get(0).message());
        assertFalse(new AccessControlImpl(store, clock).hasRight(paul.id(), AccountService.ADMINISTER_RIGHT), "the forged assignment is ignored");
        assertThrows(AccountException.class, () -> accounts.authenticate("paul", PASSWORD));
    }

    @Test
    void aBanLiftedBySqlIsFound() throws Exception {
        Ban ban = sessions().block(admin, new BanRequest(Ban.ALL_COMPANIES, clock.instant(), clock.instant().plus(Duration.ofHours(2)), "inventory"));
        assertEquals(List.of(), journal.verifySeals());

        sql("DELETE FROM bans WHERE id = '" + ban.id() + "'");

        List<SealFinding> found = journal.verifySeals();
        assertEquals(1, found.size(), found::toString);
        assertEquals(Kind.REMOVED, found.get(0).kind());
        assertTrue(found.get(0).message().startsWith("bans: row of company_code '***', author_login 'admin' removed outside Castellan"),
                found.get(0).message());
    }

    @Test
    void aRowRemovedTogetherWithItsSealStillDoesNotAddUp() throws Exception {
        sql("DELETE FROM memberships WHERE owner_id = '" + paul.id() + "'",
                "DELETE FROM row_seals WHERE table_name = 'memberships'");

        List<SealFinding> found = journal.verifySeals();
        assertEquals(List.of(Kind.TOTALS), found.stream().map(SealFinding::kind).toList(), found::toString);
        assertEquals("memberships", found.get(0).table());
    }

    @Test
    void anAdministratorResealsAfterReviewAndTheResealIsJournaled() throws Exception {
        sql("UPDATE users SET display_name = 'Paul (repaired by hand)' WHERE login = 'paul'");
        assertEquals(1, journal.verifySeals().size());

        AuditException notAdmin = assertThrows(AuditException.class, () -> journal.reseal(paul));
        assertTrue(notAdmin.getMessage().contains("Administer security"), notAdmin.getMessage());
        assertEquals(1, journal.verifySeals().size(), "a refused reseal changes nothing");

        List<SealFinding> accepted = journal.reseal(admin);

        assertEquals(1, accepted.size());
        assertEquals(List.of(), journal.verifySeals());
        JournalEntry last = entries().get(entries().size() - 1);
        assertEquals(AuditJournal.TOPIC_RESEALED, last.topic());
        assertTrue(last.details().contains("display_name"), last.details());
        assertTrue(journal.verify().intact());
        assertEquals("paul", accounts.authenticate("paul", PASSWORD).login());
    }

    @Test
    void theAdministratorsRoleChangedOutsideLocksThemOutUntilTheKeyIsMovedAsideAndTheyReseal() throws Exception {
        sql("UPDATE roles SET description = 'edited by hand' WHERE id IN (SELECT role_id FROM role_assignments WHERE owner_id = '" + admin.id() + "')");
        assertFalse(new AccessControlImpl(store, clock).hasRight(admin.id(), AccountService.ADMINISTER_RIGHT), "a role not believed grants nothing");
        int roles = store.model().load().getRoles().size();
        store.inTransaction(tx -> new RightsSynchronizer(store, new ExtensionRightsCatalog(RegistryFactory.getRegistry())).synchronize(tx, new Date()));
        // the next start neither fails nor makes the predefined role a second time
        assertEquals(roles, store.model().load().getRoles().size());
        assertThrows(AuditException.class, () -> journal.reseal(admin));

        Path folder = store.folder().orElseThrow();
        store.close();
        Files.move(folder.resolve("seal.key"), dir.resolve("seal.key.aside"));
        store = CastellanStore.open(folder, Optional.empty());
        journal = new JournalService(store, new AccessControlImpl(store, clock), clock, new Workstation("office", "192.0.2.10", "owner", "0.1.0"));
        assertEquals(List.of(Kind.KEY_MISSING), journal.verifySeals().stream().map(SealFinding::kind).toList());

        assertEquals(1, journal.reseal(new AccountServiceImpl(store, new ExtensionRightsCatalog(RegistryFactory.getRegistry()),
                PasswordHashing.OWASP_MINIMUM, clock).authenticate("admin", PASSWORD)).size());
        assertTrue(Files.isRegularFile(folder.resolve("seal.key")), "a new key");
        assertEquals(List.of(), journal.verifySeals());
        assertTrue(new AccessControlImpl(store, clock).hasRight(admin.id(), AccountService.ADMINISTER_RIGHT));
    }

    private SessionRegistryImpl sessions() {
        return new SessionRegistryImpl(store, new AccessControlImpl(store, clock), clock, DatabaseTime.of(clock), null);
    }

    private String lastLoginFailure() throws Exception {
        return entries().stream().filter(e -> e.topic().equals(AccountService.TOPIC_LOGIN_FAILED)).reduce((a, b) -> b).orElseThrow().details();
    }

    private List<JournalEntry> entries() throws Exception {
        return journal.entries(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
    }

    /** Plain SQL with the installation's credentials, outside every service. */
    private void sql(String... statements) throws Exception {
        store.inTransaction((TransactionWork<Void>) tx -> {
            Connection c = tx.connection();
            for (String statement : statements) {
                try (PreparedStatement ps = c.prepareStatement(statement)) {
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }
}

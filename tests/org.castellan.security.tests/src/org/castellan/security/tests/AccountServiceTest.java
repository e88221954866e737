package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;

import org.castellan.model.Installation;
import org.castellan.model.Role;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.RightsCatalog;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountServiceTest {

    private static final char[] GOOD = "Pharma-2026x".toCharArray();

    @TempDir
    Path dir;

    private CastellanStore store;
    private AccountService accounts;

    @BeforeEach
    void newInstallation() throws Exception {
        store = CastellanStore.create(dir.resolve("accounts"), NewInstallation.unencrypted("Accounts"));
        accounts = new AccountServiceImpl(store, Contributions.catalog(), PasswordHashing.OWASP_MINIMUM, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewInstallationHasNoUserAndNoDefaultPassword() throws Exception {
        assertTrue(accounts.needsFirstAdministrator());
        assertThrows(AccountException.class, () -> accounts.authenticate("admin", "admin".toCharArray()));
        assertThrows(AccountException.class, () -> accounts.authenticate("admin", new char[0]));
    }

    @Test
    void theFirstAdministratorHasTheTopLevelAndTheAdministratorRole() throws Exception {
        AuthenticatedUser admin = accounts.createFirstAdministrator("admin", "Anne Admin", GOOD);

        assertEquals(9, admin.authorizationLevel());
        assertFalse(accounts.needsFirstAdministrator());
        Installation model = store.model().load();
        User stored = model.getUsers().get(0);
        assertEquals("Anne Admin", stored.getDisplayName());
        assertTrue(stored.getPasswordHash().startsWith("$argon2id$"), "only a hash is stored");
        Role role = stored.getRoleAssignments().get(0).getRole();
        assertEquals(AccountService.ADMINISTER_RIGHT, role.getGrants().get(0).getRight().getRightId());
        assertTrue(role.isPredefined());
        assertEquals(RightsCatalog.ADMINISTRATOR_ROLE, role.getContributionId());
        assertEquals("Administrator", role.getName(), "named from the declaring bundle's plugin.properties");
    }

    @Test
    void aSecondFirstAdministratorIsRefused() throws Exception {
        accounts.createFirstAdministrator("admin", null, GOOD);
        AccountException e = assertThrows(AccountException.class, () -> accounts.createFirstAdministrator("other", null, GOOD));
        assertTrue(e.getMessage().contains("already has users"), e.getMessage());
        assertEquals(2, store.model().load().getUsers().size(), "the administrator and the guest");
    }

    @Test
    void aWeakPasswordIsRefusedWithEveryBrokenRuleAndNothingIsSaved() throws Exception {
        AccountException e = assertThrows(AccountException.class, () -> accounts.createFirstAdministrator("admin", null, "short".toCharArray()));
        assertTrue(e.getMessage().contains("10 characters"), e.getMessage());
        assertTrue(e.getMessage().contains("digit"), e.getMessage());
        assertTrue(accounts.needsFirstAdministrator(), "nothing was saved");
        assertTrue(store.model().load().getUsers().isEmpty(), "no user was half-created");
    }

    @Test
    void badLoginsAreRefusedWithAClearMessage() {
        assertThrows(AccountException.class, () -> accounts.createFirstAdministrator("   ", null, GOOD));
        assertThrows(AccountException.class, () -> accounts.createFirstAdministrator(" admin", null, GOOD));
        assertThrows(AccountException.class, () -> accounts.createFirstAdministrator("ad\u0007min", null, GOOD));
        AccountException tooLong = assertThrows(AccountException.class, () -> accounts.createFirstAdministrator("a".repeat(65), null, GOOD));
        assertTrue(tooLong.getMessage().contains("64"), tooLong.getMessage());
    }

    @Test
    void loginChecksThePasswordAndTheExactLogin() throws Exception {
        accounts.createFirstAdministrator("Admin", null, GOOD);

        assertEquals("Admin", accounts.authenticate("Admin", GOOD).login());
        AccountException wrong = assertThrows(AccountException.class, () -> accounts.authenticate("Admin", "Pharma-2026X".toCharArray()));
        AccountException unknown = assertThrows(AccountException.class, () -> accounts.authenticate("admin", GOOD));
        assertEquals(wrong.getMessage(), unknown.getMessage(), "the refusal does not tell whether the login exists");
    }

    @Test
    void aDisabledUserCannotLogIn() throws Exception {
        accounts.createFirstAdministrator("admin", null, GOOD);
        store.inTransaction(tx -> {
            try (Statement st = tx.connection().createStatement()) {
                return st.executeUpdate("UPDATE users SET enabled = FALSE");
            }
        });
        AccountException e = assertThrows(AccountException.class, () -> accounts.authenticate("admin", GOOD));
        assertTrue(e.getMessage().contains("disabled"), e.getMessage());
    }

    @Test
    void aHashMadeWithWeakerParametersIsRedoneAtLogin() throws Exception {
        accounts.createFirstAdministrator("admin", null, GOOD);
        String before = storedHash();
        assertTrue(before.contains("m=19456,t=2"), before);

        AccountService stronger = new AccountServiceImpl(store, Contributions.catalog(), PasswordHashing.DEFAULT, Clock.systemUTC());
        stronger.authenticate("admin", GOOD);

        String after = storedHash();
        assertTrue(after.contains("m=65536,t=2,p=1"), after);
        assertTrue(PasswordHashing.verify(GOOD, after));
        stronger.authenticate("admin", GOOD);
        assertEquals(after, storedHash(), "a hash at the current parameters is kept");
    }

    private String storedHash() throws Exception {
        return store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT password_hash FROM users"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}

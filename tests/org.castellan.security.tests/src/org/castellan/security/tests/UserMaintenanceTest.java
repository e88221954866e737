package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.castellan.model.SessionPolicy;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserChange;
import org.castellan.security.UserView;
import org.castellan.test.support.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Listing and changing users: one save per change, conflicts, seats, the last administrator. */
class UserMaintenanceTest {

    private static final char[] GOOD = "Pharma-2026x".toCharArray();

    private final SettableClock clock = SettableClock.utc("2026-11-22T08:00:00Z");

    @RegisterExtension
    final AdministeredInstallation installation = new AdministeredInstallation("maintenance", clock);

    @BeforeEach
    void paulACounterGroupAndACashierRole() throws Exception {
        installation.createPaul("Paul", GOOD);
        installation.groups.createGroup(installation.admin, "Counter", null);
        installation.roles.createRole(installation.admin, "Cashier", null, Set.of(Contributions.CASH));
    }

    private UserView paul() throws AccountException {
        return installation.users.user(installation.admin, "paul");
    }

    @Test
    void aSaveChangesProfileRolesAndGroupsTogether() throws Exception {
        installation.users.updateUser(installation.admin, new UserChange("paul", paul().version(), "Paul Éluard", "paul@example.org", false, 5,
                true, SessionPolicy.ONE_TRANSACTION, Set.of("Cashier"), Set.of("Counter")));
        UserView paul = paul();
        assertEquals("Paul Éluard", paul.displayName());
        assertEquals(5, paul.authorizationLevel());
        assertEquals(SessionPolicy.ONE_TRANSACTION, paul.sessionPolicy());
        assertEquals(List.of("Cashier"), paul.roles());
        assertEquals(List.of("Counter"), paul.groups());
    }

    @Test
    void aSaveOnAnOlderVersionIsRefusedAndSavesNothing() throws Exception {
        UserView openedByFirst = paul();
        UserView openedBySecond = paul();
        installation.users.updateUser(installation.admin, UserChange.of(openedByFirst).withRoles(Set.of("Cashier")));
        AccountException conflict = assertThrows(AccountException.class,
                () -> installation.users.updateUser(installation.admin, UserChange.of(openedBySecond).withGroups(Set.of("Counter"))));
        assertTrue(conflict.getMessage().contains("Another administrator saved") && conflict.getMessage().contains("Reload"), conflict.getMessage());
        assertEquals(List.of(), paul().groups());
        assertEquals(List.of("Cashier"), paul().roles());
    }

    @Test
    void aUserCreatedWithRolesAndGroupsGetsThemInTheSameTransaction() throws Exception {
        installation.users.createUser(installation.admin, new NewUser("marie", null, null, false, false, 1, GOOD, SessionPolicy.ONE_TRANSACTION,
                Set.of("Cashier"), Set.of("Counter")));
        UserView marie = installation.users.user(installation.admin, "marie");
        assertEquals(List.of("Cashier"), marie.roles());
        assertEquals(List.of("Counter"), marie.groups());
        assertEquals(SessionPolicy.ONE_TRANSACTION, marie.sessionPolicy());
        AccountException refused = assertThrows(AccountException.class, () -> installation.users.createUser(installation.admin,
                new NewUser("luc", null, null, false, false, 1, GOOD, SessionPolicy.NORMAL, Set.of("Nobody"), Set.of())));
        assertTrue(refused.getMessage().contains("Nobody"), refused.getMessage());
        assertThrows(AccountException.class, () -> installation.users.user(installation.admin, "luc"), "no user half-made");
    }

    @Test
    void anUnknownRoleOrBadFieldSavesNothing() throws Exception {
        UserView paul = paul();
        AccountException role = assertThrows(AccountException.class,
                () -> installation.users.updateUser(installation.admin, UserChange.of(paul).withRoles(Set.of("Cashier", "Nobody"))));
        assertTrue(role.getMessage().contains("Nobody"), role.getMessage());
        AccountException email = assertThrows(AccountException.class, () -> installation.users.updateUser(installation.admin,
                new UserChange("paul", paul.version(), "Paul", "not an address", false, 2, true, SessionPolicy.NORMAL, Set.of(), Set.of())));
        assertTrue(email.getMessage().contains("e-mail"), email.getMessage());
        assertEquals(List.of(), paul().roles());
    }

    @Test
    void theLastAdministratorCannotBeDisabledNorLoseTheRight() throws Exception {
        AccountException disabled = assertThrows(AccountException.class, () -> installation.users.setEnabled(installation.admin, "admin", false));
        assertTrue(disabled.getMessage().contains("without an enabled user"), disabled.getMessage());
        UserView admin = installation.users.user(installation.admin, "admin");
        assertThrows(AccountException.class, () -> installation.users.updateUser(installation.admin, UserChange.of(admin).withRoles(Set.of())));
        assertTrue(installation.users.user(installation.admin, "admin").enabled());
    }

    @Test
    void aDisabledUserCannotLogIn() throws Exception {
        installation.users.setEnabled(installation.admin, "paul", false);
        assertThrows(AccountException.class, () -> installation.accounts.authenticate("paul", GOOD));
        installation.users.setEnabled(installation.admin, "paul", true);
        assertEquals("paul", installation.accounts.authenticate("paul", GOOD).login());
    }

    @Test
    void turningAnExternalUserInternalNeedsASeat() throws Exception {
        installation.users.createUser(installation.admin, new NewUser("auditor", null, "audit@example.org", true, false, 0, GOOD));
        installation.setting(UserAdministration.SETTING_SEATS, "2"); // admin and paul take both
        UserView auditor = installation.users.user(installation.admin, "auditor");
        AccountException full = assertThrows(AccountException.class, () -> installation.users.updateUser(installation.admin,
                new UserChange("auditor", auditor.version(), null, "audit@example.org", false, 0, true, SessionPolicy.NORMAL, Set.of(), Set.of())));
        assertTrue(full.getMessage().contains("seats"), full.getMessage());
        assertTrue(installation.users.user(installation.admin, "auditor").external());
    }

    @Test
    void theListShowsLastLoginAndLastFailureToAdministratorsOnly() throws Exception {
        installation.accounts.authenticate("paul", GOOD);
        clock.advance(Duration.ofMinutes(5));
        assertThrows(AccountException.class, () -> installation.accounts.authenticate("paul", "Wrong-2026x".toCharArray()));
        UserView paul = installation.users.users(installation.admin).stream().filter(u -> u.login().equals("paul")).findFirst().orElseThrow();
        assertEquals(clock.instant().minus(Duration.ofMinutes(5)), paul.lastLogin().orElseThrow());
        assertEquals(clock.instant(), paul.lastFailure().orElseThrow());
        assertEquals(List.of("admin", "guest", "paul"), installation.users.users(installation.admin).stream().map(UserView::login).toList());
        AuthenticatedUser asPaul = installation.accounts.authenticate("paul", GOOD);
        assertThrows(AccountException.class, () -> installation.users.users(asPaul));
    }

    @Test
    void aOneTransactionSessionEndsWhenTheHostClosesATransaction() throws Exception {
        AuthenticatedUser normal = installation.accounts.authenticate("paul", GOOD);
        assertFalse(installation.accounts.transactionClosed(normal));
        installation.users.updateUser(installation.admin, new UserChange("paul", paul().version(), "Paul", null, false, 2, true,
                SessionPolicy.ONE_TRANSACTION, Set.of(), Set.of()));
        assertTrue(installation.accounts.transactionClosed(installation.accounts.authenticate("paul", GOOD)));
    }
}

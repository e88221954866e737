package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;

import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.EffectiveRights;
import org.castellan.security.NewUser;
import org.castellan.security.RightsCatalog;
import org.castellan.security.UserAdministration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The guest: the user someone is without a password, with a role like anyone else. */
class GuestTest {

    private static final char[] GOOD = "Pharma-2026x".toCharArray();

    @RegisterExtension
    final AdministeredInstallation installation = new AdministeredInstallation("guest", Clock.systemUTC());

    @Test
    void theFirstStartCreatesAGuestWithoutPasswordWithGuestAccessOff() throws Exception {
        User guest = installation.store.model().load().getUsers().stream().filter(User::isGuest).findFirst().orElseThrow();
        assertEquals(AccountService.GUEST_LOGIN, guest.getLogin());
        assertNull(guest.getPasswordHash(), "the guest has no password");
        assertFalse(guest.isEnabled());
        assertEquals(RightsCatalog.GUEST_ROLE, guest.getRoleAssignments().get(0).getRole().getContributionId());
        AccountException off = assertThrows(AccountException.class, installation.accounts::loginAsGuest);
        assertTrue(off.getMessage().contains("Guest access is off"), off.getMessage());
    }

    @Test
    void theGuestHoldsEveryRightButTheProtectedOnesOnceAccessIsOn() throws Exception {
        installation.users.setGuestAccess(installation.admin, true);
        AuthenticatedUser guest = installation.accounts.loginAsGuest();

        EffectiveRights rights = EffectiveRights.compile(installation.store.model().load());
        assertTrue(rights.hasRight(guest.id(), "org.castellan.security.tests.cash"), "the pharmacy practice: everything...");
        assertFalse(rights.hasRight(guest.id(), AccountService.ADMINISTER_RIGHT), "...except what a password protects");
        assertThrows(AccountException.class, () -> installation.users.createUser(guest, new NewUser("paul", null, null, false, false, 1, GOOD)));
    }

    @Test
    void guestAccessFollowsTheGuestRowsEnabledFlag() throws Exception {
        assertFalse(installation.accounts.guestAccess(), "off after the first start");
        installation.users.setGuestAccess(installation.admin, true);
        assertTrue(installation.accounts.guestAccess());
        assertTrue(installation.users.user(installation.admin, AccountService.GUEST_LOGIN).lastLogin().isEmpty());
        installation.accounts.loginAsGuest(); // what the login dialog's guest button then does
        assertTrue(installation.users.user(installation.admin, AccountService.GUEST_LOGIN).lastLogin().isPresent(),
                "the guest's logins are recorded as anyone's");
        installation.users.setGuestAccess(installation.admin, false);
        assertFalse(installation.accounts.guestAccess());
    }

    @Test
    void theGuestNeverLogsInWithAPassword() throws Exception {
        installation.users.setGuestAccess(installation.admin, true);
        assertThrows(AccountException.class, () -> installation.accounts.authenticate(AccountService.GUEST_LOGIN, new char[0]));
        assertThrows(AccountException.class, () -> installation.accounts.authenticate(AccountService.GUEST_LOGIN, "anything".toCharArray()));
    }

    @Test
    void onlyAdministratorsTurnGuestAccessOnAndTheGuestTakesNoSeat() throws Exception {
        AuthenticatedUser paul = installation.users.createUser(installation.admin, new NewUser("paul", null, null, false, false, 1, GOOD));
        assertThrows(AccountException.class, () -> installation.users.setGuestAccess(paul, true));
        assertThrows(AccountException.class, installation.accounts::loginAsGuest);
        assertEquals(2, installation.users.seats().occupied(), "admin and paul; the guest is not counted");
    }

    @Test
    void noAccountMayBeConfusedWithTheGuest() {
        assertThrows(AccountException.class, () -> installation.users.createUser(installation.admin, new NewUser("Guest", null, null, false, false, 1, GOOD)));
    }
}

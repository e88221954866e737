package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;

import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.security.Seats;
import org.castellan.security.UserAdministration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserAdministrationTest {

    private static final char[] GOOD = "Pharma-2026x".toCharArray();

    @RegisterExtension
    final AdministeredInstallation installation = new AdministeredInstallation("users", Clock.systemUTC());

    private static NewUser user(String login) {
        return new NewUser(login, null, null, false, false, 3, GOOD);
    }

    @Test
    void aCreatedUserCanLogInWithTheLoginExactlyAsTyped() throws Exception {
        installation.users.createUser(installation.admin, new NewUser("Paul", "Paul Éluard", "paul@example.org", false, false, 4, GOOD));
        AuthenticatedUser paul = installation.accounts.authenticate("Paul", GOOD);
        assertEquals(4, paul.authorizationLevel());
        assertThrows(AccountException.class, () -> installation.accounts.authenticate("paul", GOOD), "logins are case-sensitive");
    }

    @Test
    void onlyAdministratorsCreateUsersEvenWhenTheUiIsBypassed() throws Exception {
        AuthenticatedUser paul = installation.users.createUser(installation.admin, user("paul"));
        AccountException e = assertThrows(AccountException.class, () -> installation.users.createUser(paul, user("jeanne")));
        assertTrue(e.getMessage().contains("Administer security"), e.getMessage());
        assertThrows(AccountException.class, () -> installation.users.checkLoginAvailable(paul, "jeanne", false));
        AuthenticatedUser forged = new AuthenticatedUser("not-a-user", "admin", null, 9);
        assertThrows(AccountException.class, () -> installation.users.createUser(forged, user("jeanne")), "a level alone is not a right");
        assertEquals(3, installation.store.model().load().getUsers().size(), "admin, guest and paul");
    }

    @Test
    void aTakenOrConfusableLoginIsRefusedBeforeTheRestOfTheForm() throws Exception {
        installation.users.createUser(installation.admin, user("Helene"));
        assertTrue(assertThrows(AccountException.class, () -> installation.users.checkLoginAvailable(installation.admin, "Helene", false)).getMessage()
                .contains("already taken"));
        AccountException accents = assertThrows(AccountException.class, () -> installation.users.checkLoginAvailable(installation.admin, "Hélène", false));
        assertTrue(accents.getMessage().contains("Helene"), accents.getMessage());
        assertThrows(AccountException.class, () -> installation.users.checkLoginAvailable(installation.admin, "HELENE", false));
        assertDoesNotThrow(() -> installation.users.checkLoginAvailable(installation.admin, "Helena", false));
    }

    @Test
    void domainLoginsUseOnlyTheAllowedCharacters() throws Exception {
        AccountException polish = assertThrows(AccountException.class, () -> installation.users.checkLoginAvailable(installation.admin, "łukasz", true));
        assertTrue(polish.getMessage().contains("A-Za-z0-9._-"), polish.getMessage());
        assertDoesNotThrow(() -> installation.users.checkLoginAvailable(installation.admin, "lukasz", true));
        assertDoesNotThrow(() -> installation.users.checkLoginAvailable(installation.admin, "łukasz", false), "a non-domain user may use any letter");
        installation.setting(UserAdministration.SETTING_DOMAIN_CHARACTERS, "a-zł");
        assertDoesNotThrow(() -> installation.users.checkLoginAvailable(installation.admin, "łukasz", true), "the allowed set is a per-installation setting");
    }

    @Test
    void theSeatLimitCountsOnlyInternalUsers() throws Exception {
        installation.setting(UserAdministration.SETTING_SEATS, "2");
        installation.users.createUser(installation.admin, user("paul"));
        assertEquals(new Seats(2, 2), installation.users.seats());
        AccountException full = assertThrows(AccountException.class, () -> installation.users.createUser(installation.admin, user("jeanne")));
        assertTrue(full.getMessage().contains("2 licence seats"), full.getMessage());
        installation.users.createUser(installation.admin, new NewUser("client", null, "client@example.org", true, false, 0, GOOD));
        assertEquals(new Seats(2, 2), installation.users.seats(), "external users are counted apart");
    }

    @Test
    void badFieldsAreRefusedWithWhatIsWrongAndNothingIsSaved() {
        assertRefused(new NewUser(" ", null, null, false, false, 1, GOOD), "Type a login");
        assertRefused(new NewUser("x".repeat(65), null, null, false, false, 1, GOOD), "64");
        assertRefused(new NewUser("ok", "n".repeat(121), null, false, false, 1, GOOD), "120");
        assertRefused(new NewUser("ok", "Line\nbreak", null, false, false, 1, GOOD), "control characters");
        assertRefused(new NewUser("ok", null, "not an address", false, false, 1, GOOD), "e-mail");
        assertRefused(new NewUser("ok", null, null, true, false, 1, GOOD), "external user needs");
        assertRefused(new NewUser("ok", null, null, false, false, 10, GOOD), "0 to 9");
        assertRefused(new NewUser("ok", null, null, false, false, 1, "weak".toCharArray()), "10 characters");
    }

    private void assertRefused(NewUser request, String expected) {
        AccountException e = assertThrows(AccountException.class, () -> installation.users.createUser(installation.admin, request));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertDoesNotThrow(() -> assertEquals(2, installation.store.model().load().getUsers().size(), "nothing was saved"));
    }
}

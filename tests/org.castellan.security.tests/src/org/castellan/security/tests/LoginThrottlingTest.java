package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.LoginThrottling;
import org.castellan.security.NewUser;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.UserAdministrationImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.test.support.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failed logins slow down, then lock, one account; time is a clock the test moves, never a sleep. */
class LoginThrottlingTest {

    private static final char[] GOOD = "Pharma-2026x".toCharArray();
    private static final char[] WRONG = "Wrong-2026x".toCharArray();

    @TempDir
    Path dir;

    private final SettableClock clock = SettableClock.utc("2026-11-22T08:00:00Z");
    private CastellanStore store;
    private AccountService accounts;
    private AuthenticatedUser admin;
    private UserAdministrationImpl users;

    @BeforeEach
    void installation() throws Exception {
        store = CastellanStore.create(dir.resolve("throttle"), NewInstallation.unencrypted("Throttle"));
        accounts = new AccountServiceImpl(store, Contributions.catalog(), PasswordHashing.OWASP_MINIMUM, clock, LoginThrottling.DEFAULT);
        users = new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, clock);
        admin = accounts.createFirstAdministrator("admin", null, GOOD);
        users.createUser(admin, new NewUser("paul", null, null, false, false, 2, GOOD));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertTrue(assertThrows(AccountException.class, () -> accounts.authenticate("paul", WRONG)).getMessage().contains("wrong password"));
            clock.advance(Duration.ofMinutes(2)); // past any delay
        }
    }

    @Test
    void afterThreeFailuresTheNextAttemptWaitsEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThrows(AccountException.class, () -> accounts.authenticate("paul", WRONG));
        }
        AccountException wait = assertThrows(AccountException.class, () -> accounts.authenticate("paul", GOOD));
        assertTrue(wait.getMessage().contains("wait 2 seconds"), wait.getMessage());
        clock.advance(Duration.ofSeconds(2));
        assertEquals("paul", accounts.authenticate("paul", GOOD).login());
        assertThrows(AccountException.class, () -> accounts.authenticate("paul", WRONG));
        assertThrows(AccountException.class, () -> accounts.authenticate("paul", WRONG));
        assertThrows(AccountException.class, () -> accounts.authenticate("paul", WRONG));
        assertThrows(AccountException.class, () -> accounts.authenticate("paul", WRONG), "a success reset the count: no wait yet");
    }

    @Test
    void tenFailuresLockTheAccountForFifteenMinutes() throws Exception {
        fail(10);
        AccountException locked = assertThrows(AccountException.class, () -> accounts.authenticate("paul", GOOD));
        assertTrue(locked.getMessage().contains("locked"), locked.getMessage());
        assertTrue(locked.getMessage().contains("administrator"), locked.getMessage());
        clock.advance(Duration.ofMinutes(12)); // 14 minutes after the tenth failure (fail() moved 2 already)
        assertThrows(AccountException.class, () -> accounts.authenticate("paul", GOOD));
        clock.advance(Duration.ofMinutes(1));
        assertEquals("paul", accounts.authenticate("paul", GOOD).login());
    }

    @Test
    void anAdministratorUnlocksAtOnce() throws Exception {
        fail(10);
        users.unlock(admin, "paul");
        assertEquals("paul", accounts.authenticate("paul", GOOD).login());
        assertThrows(AccountException.class, () -> users.unlock(accounts.authenticate("paul", GOOD), "paul"), "only administrators unlock");
    }

    @Test
    void anotherAccountIsNotSlowedDown() throws Exception {
        fail(10);
        assertEquals("admin", accounts.authenticate("admin", GOOD).login());
    }

    @Test
    void delaysDoubleUpToTheirMaximum() {
        LoginThrottling t = LoginThrottling.DEFAULT;
        assertEquals(Duration.ZERO, t.delayAfter(3));
        assertEquals(Duration.ofSeconds(2), t.delayAfter(4));
        assertEquals(Duration.ofSeconds(4), t.delayAfter(5));
        assertEquals(Duration.ofSeconds(60), t.delayAfter(40));
    }

    @Test
    void settingsAllowingMoreThanAHundredFailuresAnHourAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottling(3, Duration.ofSeconds(1), Duration.ofSeconds(1), 100, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottling(3, Duration.ofSeconds(1), Duration.ofSeconds(1), 25, Duration.ofMinutes(15)));
    }
}

package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.castellan.security.AccountException;
import org.castellan.security.AccountsOverview;
import org.castellan.security.NewUser;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.Seats;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.security.internal.AccountsOverviewImpl;
import org.castellan.test.support.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The home's account counts, read by aggregate queries on a real Derby installation. */
class AccountsOverviewTest {

    private final SettableClock clock = SettableClock.utc("2026-11-22T08:00:00Z");

    @RegisterExtension
    final AdministeredInstallation installation = new AdministeredInstallation("Overview", clock).withPaul();

    private AccountsOverview overview;

    @BeforeEach
    void overview() {
        overview = new AccountsOverviewImpl(installation.store, new AccessControlImpl(installation.store, clock), clock);
    }

    @Test
    void seatsLocksAndExpiringPasswordsAreCounted() throws Exception {
        assertEquals(new AccountsOverview.Summary(new Seats(Seats.UNLIMITED, 2), 0, 0), overview.summary(installation.admin));

        installation.policies.setInstallationPolicy(installation.admin, new PasswordPolicy(10, true, true, true, true, 90, 14));
        clock.advance(Duration.ofDays(40));
        installation.users.createUser(installation.admin, new NewUser("bert", null, null, false, false, 1, AdministeredInstallation.PASSWORD));
        installation.users.createUser(installation.admin, new NewUser("ext", null, "ext@example.org", true, false, 1, AdministeredInstallation.PASSWORD));
        clock.advance(Duration.ofDays(40));
        // admin and paul changed theirs 80 days ago: within the last 14 of 90; bert 40 days ago, ext too.
        assertEquals(2, overview.summary(installation.admin).passwordsExpiring());
        assertEquals(3, overview.summary(installation.admin).seats().occupied(), "the external user takes no seat");

        // bert's group expires passwords after 45 days with 7 days' warning: 40 days is within them.
        installation.groups.createGroup(installation.admin, "Night", null, Set.of(), Set.of("bert"));
        installation.policies.setGroupPolicy(installation.admin, "Night", Optional.of(new PasswordPolicy(10, true, true, true, true, 45, 7)));
        assertEquals(3, overview.summary(installation.admin).passwordsExpiring());

        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(2));
            assertThrows(AccountException.class, () -> installation.accounts.authenticate("paul", "Wrong-2026x".toCharArray()));
        }
        assertEquals(1, overview.summary(installation.admin).locked());
    }

    @Test
    void onlyAdministratorsReadTheSummaryAndEveryoneReadsHisOwn() throws Exception {
        AccountException refused = assertThrows(AccountException.class, () -> overview.summary(installation.paul));
        assertTrue(refused.getMessage().contains("Administer security"), refused.getMessage());

        installation.policies.setInstallationPolicy(installation.admin, new PasswordPolicy(10, true, true, true, true, 90, 14));
        Instant created = clock.instant();
        clock.advance(Duration.ofHours(1));
        installation.accounts.authenticate("paul", AdministeredInstallation.PASSWORD);
        Instant loggedIn = clock.instant();
        clock.advance(Duration.ofHours(1));
        assertThrows(AccountException.class, () -> installation.accounts.authenticate("paul", "Wrong-2026x".toCharArray()));

        AccountsOverview.OwnAccount own = overview.own(installation.paul);
        assertEquals(2, own.level());
        assertEquals(Optional.of(created.plus(Duration.ofDays(90))), own.password().expiresAt());
        assertEquals(Optional.of(loggedIn), own.lastLogin());
        assertEquals(Optional.of(clock.instant()), own.lastFailure());
        assertEquals(1, own.failures());
    }
}

package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.test.support.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Right checks on a compiled snapshot that follows changes, including another workstation's. */
class AccessControlTest {

    private final SettableClock clock = SettableClock.utc("2026-11-22T08:00:00Z");

    @RegisterExtension
    final AdministeredInstallation installation = new AdministeredInstallation("access", clock);

    private AccessControl access;
    private AuthenticatedUser paul;

    @BeforeEach
    void paulACashierRoleAndAccessControl() throws Exception {
        paul = installation.createPaul(null, AdministeredInstallation.PASSWORD);
        installation.roles.createRole(installation.admin, "Cashier", null, Set.of(Contributions.CASH));
        access = new AccessControlImpl(installation.store, clock);
    }

    @Test
    void aChangeIsSeenOnceTheRevisionIsReadAgain() throws Exception {
        assertFalse(access.hasRight(paul.id(), Contributions.CASH));
        assertTrue(access.hasRight(installation.admin.id(), AccountService.ADMINISTER_RIGHT));
        // As if made on another workstation: no event reaches this one.
        installation.roles.assign(installation.admin, "paul", "Cashier");
        assertFalse(access.hasRight(paul.id(), Contributions.CASH), "the snapshot is kept within the refresh interval");
        clock.advance(Duration.ofMillis(AccessControl.REFRESH_INTERVAL_MILLIS));
        assertTrue(access.hasRight(paul.id(), Contributions.CASH));
        assertEquals(Set.of(Contributions.CASH), access.rightsOf(paul.id()));
    }

    @Test
    void aLocalChangeEventRefreshesAtOnce() throws Exception {
        assertFalse(access.hasRight(paul.id(), Contributions.CASH));
        installation.roles.assign(installation.admin, "paul", "Cashier");
        ((AccessControlImpl) access).handleEvent(null);
        assertTrue(access.hasRight(paul.id(), Contributions.CASH));
    }

    @Test
    void aDisabledUserHoldsNothing() throws Exception {
        installation.roles.assign(installation.admin, "paul", "Cashier");
        installation.users.setEnabled(installation.admin, "paul", false);
        clock.advance(Duration.ofSeconds(2));
        assertFalse(access.hasRight(paul.id(), Contributions.CASH));
        assertFalse(access.hasRight("no-such-user", Contributions.CASH));
    }
}

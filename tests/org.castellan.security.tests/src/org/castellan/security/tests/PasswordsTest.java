package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.security.PasswordExpiredException;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.PasswordStatus;
import org.castellan.test.support.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Changing, resetting and expiring passwords; per-group policies where the strictest wins. */
class PasswordsTest {

    private static final char[] GOOD = "Pharma-2026x".toCharArray();
    private static final char[] NEXT = "Officine-2027y".toCharArray();

    private final SettableClock clock = SettableClock.utc("2026-11-22T08:00:00Z");

    @RegisterExtension
    final AdministeredInstallation installation = new AdministeredInstallation("passwords", clock);

    @BeforeEach
    void withPaul() throws Exception {
        installation.createPaul(null, GOOD);
    }

    @Test
    void theOwnerChangesHisPasswordWithTheCurrentOne() throws Exception {
        installation.accounts.changePassword("paul", GOOD, NEXT);
        assertEquals("paul", installation.accounts.authenticate("paul", NEXT).login());
        assertThrows(AccountException.class, () -> installation.accounts.authenticate("paul", GOOD));
    }

    @Test
    void aWrongCurrentPasswordIsAFailedLoginAndChangesNothing() throws Exception {
        AccountException refused = assertThrows(AccountException.class,
                () -> installation.accounts.changePassword("paul", "Wrong-2026x".toCharArray(), NEXT));
        assertTrue(refused.getMessage().contains("wrong password"), refused.getMessage());
        assertTrue(installation.users.user(installation.admin, "paul").lastFailure().isPresent());
        assertEquals("paul", installation.accounts.authenticate("paul", GOOD).login());
    }

    @Test
    void theNewPasswordFollowsThePolicyAndDiffersFromTheCurrentOne() {
        AccountException weak = assertThrows(AccountException.class, () -> installation.accounts.changePassword("paul", GOOD, "short".toCharArray()));
        assertTrue(weak.getMessage().contains("10 characters") && weak.getMessage().contains("digit") && weak.getMessage().contains("upper-case"),
                weak.getMessage());
        AccountException same = assertThrows(AccountException.class, () -> installation.accounts.changePassword("paul", GOOD, GOOD));
        assertTrue(same.getMessage().contains("same as the current"), same.getMessage());
    }

    @Test
    void anAdministratorSetsAForgottenPasswordAndLiftsTheLock() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThrows(AccountException.class, () -> installation.accounts.authenticate("paul", "Wrong-2026x".toCharArray()));
            clock.advance(Duration.ofMinutes(2));
        }
        installation.users.setPassword(installation.admin, "paul", NEXT);
        assertEquals("paul", installation.accounts.authenticate("paul", NEXT).login());
    }

    @Test
    void onlyAdministratorsSetPasswordsAndTheGuestHasNone() throws Exception {
        AuthenticatedUser paul = installation.accounts.authenticate("paul", GOOD);
        AccountException refused = assertThrows(AccountException.class, () -> installation.users.setPassword(paul, "admin", NEXT));
        assertTrue(refused.getMessage().contains("Administer security"), refused.getMessage());
        assertEquals("admin", installation.accounts.authenticate("admin", GOOD).login(), "nothing changed");
        AccountException guest = assertThrows(AccountException.class, () -> installation.users.setPassword(installation.admin, "guest", NEXT));
        assertTrue(guest.getMessage().contains("without a password"), guest.getMessage());
    }

    @Test
    void aGroupPolicyStricterThanTheInstallationsAppliesToItsMembersOnly() throws Exception {
        installation.groups.createGroup(installation.admin, "Pharmacists", null);
        installation.groups.addMember(installation.admin, "Pharmacists", "paul");
        installation.policies.setGroupPolicy(installation.admin, "Pharmacists", Optional.of(new PasswordPolicy(16, false, false, false, false)));
        assertEquals(new PasswordPolicy(16, true, true, true, true), installation.policies.policyFor("paul"));
        assertEquals(PasswordPolicy.DEFAULT, installation.policies.policyFor("admin"));
        AccountException refused = assertThrows(AccountException.class, () -> installation.users.setPassword(installation.admin, "paul", NEXT));
        assertTrue(refused.getMessage().contains("16 characters"), refused.getMessage());
        installation.users.setPassword(installation.admin, "paul", "Officine-2027-long".toCharArray());
        installation.users.setPassword(installation.admin, "admin", NEXT);
    }

    @Test
    void aUserCreatedInAGroupAnswersToItsPolicyFromHisFirstPassword() throws Exception {
        installation.groups.createGroup(installation.admin, "Pharmacists", null);
        installation.policies.setGroupPolicy(installation.admin, "Pharmacists", Optional.of(new PasswordPolicy(16, false, false, false, false)));
        AccountException refused = assertThrows(AccountException.class, () -> installation.users.createUser(installation.admin,
                new NewUser("pia", null, null, false, false, 2, NEXT, null, Set.of(), Set.of("Pharmacists"))));
        assertTrue(refused.getMessage().contains("16 characters"), refused.getMessage());
        assertThrows(AccountException.class, () -> installation.users.user(installation.admin, "pia"), "a refused creation saves nothing");
        installation.users.createUser(installation.admin, new NewUser("pia", null, null, false, false, 2, "Officine-2027-long".toCharArray(), null,
                Set.of(), Set.of("Pharmacists")));
        // outside the group, the installation's policy: NEXT passes it
        installation.users.createUser(installation.admin, new NewUser("pol", null, null, false, false, 2, NEXT));
    }

    @Test
    void aWeakerGroupPolicyDoesNotLoosenTheInstallations() throws Exception {
        installation.groups.createGroup(installation.admin, "Counter", null);
        installation.groups.addMember(installation.admin, "Counter", "paul");
        installation.policies.setGroupPolicy(installation.admin, "Counter", Optional.of(PasswordPolicy.PHARMACY_PRESET));
        assertEquals(PasswordPolicy.DEFAULT, installation.policies.policyFor("paul"));
        installation.policies.setInstallationPolicy(installation.admin, PasswordPolicy.PHARMACY_PRESET);
        assertEquals(PasswordPolicy.PHARMACY_PRESET, installation.policies.policyFor("paul"));
        installation.users.setPassword(installation.admin, "paul", "aB3$ef".toCharArray());
    }

    @Test
    void onlyAdministratorsChangePolicies() throws Exception {
        AuthenticatedUser paul = installation.accounts.authenticate("paul", GOOD);
        assertThrows(AccountException.class, () -> installation.policies.setInstallationPolicy(paul, PasswordPolicy.PHARMACY_PRESET));
        assertEquals(PasswordPolicy.DEFAULT, installation.policies.installationPolicy());
    }

    @Test
    void aPasswordExpiresAfterThePoliciesAgeWithAWarningBefore() throws Exception {
        installation.policies.setInstallationPolicy(installation.admin, new PasswordPolicy(10, true, true, true, true, 90, 14));
        AuthenticatedUser paul = installation.accounts.authenticate("paul", GOOD);
        assertFalse(installation.accounts.passwordStatus(paul).warn());
        clock.advance(Duration.ofDays(80));
        PasswordStatus status = installation.accounts.passwordStatus(paul);
        assertTrue(status.warn());
        assertEquals(Optional.of(10L), status.daysLeft(clock.instant()));
        clock.advance(Duration.ofDays(10));
        AccountException expired = assertThrows(AccountException.class, () -> installation.accounts.authenticate("paul", GOOD));
        assertInstanceOf(PasswordExpiredException.class, expired);
        assertTrue(expired.getMessage().contains("expired"), expired.getMessage());
        installation.accounts.changePassword("paul", GOOD, NEXT);
        assertFalse(installation.accounts.passwordStatus(installation.accounts.authenticate("paul", NEXT)).warn());
    }

    @Test
    void anAdministratorSeesWhereAnotherUsersPasswordStandsAsHisLoginWould() throws Exception {
        installation.policies.setInstallationPolicy(installation.admin, new PasswordPolicy(10, true, true, true, true, 90, 14));
        clock.advance(Duration.ofDays(80));
        PasswordStatus own = installation.accounts.passwordStatus(installation.accounts.authenticate("paul", GOOD));
        assertEquals(own, installation.users.passwordStatus(installation.admin, "paul"));
        assertTrue(own.warn());
        installation.users.setPassword(installation.admin, "paul", NEXT);
        assertEquals(Optional.of(clock.instant().plus(Duration.ofDays(90))), installation.users.passwordStatus(installation.admin, "paul").expiresAt(),
                "a new password starts a new period");
        assertEquals(PasswordStatus.NEVER_EXPIRES, installation.users.passwordStatus(installation.admin, "guest"), "the guest has no password");

        AuthenticatedUser paul = installation.accounts.authenticate("paul", NEXT);
        AccountException refused = assertThrows(AccountException.class, () -> installation.users.passwordStatus(paul, "admin"));
        assertTrue(refused.getMessage().contains("Administer security"), refused.getMessage());
        AccountException unknown = assertThrows(AccountException.class, () -> installation.users.passwordStatus(installation.admin, "ghost"));
        assertTrue(unknown.getMessage().contains("ghost"), unknown.getMessage());
    }

    @Test
    void withoutExpiryAPasswordNeverExpires() throws Exception {
        clock.advance(Duration.ofDays(3650));
        assertEquals(PasswordStatus.NEVER_EXPIRES, installation.accounts.passwordStatus(installation.accounts.authenticate("paul", GOOD)));
    }

    @Test
    void strictestCombinesEveryRule() {
        PasswordPolicy a = new PasswordPolicy(8, true, false, false, false, 90, 7);
        PasswordPolicy b = new PasswordPolicy(12, false, true, false, true, 30, 3);
        assertEquals(new PasswordPolicy(12, true, true, false, true, 30, 7), a.strictest(b));
        assertEquals(new PasswordPolicy(8, true, false, false, false, 90, 7), a.strictest(PasswordPolicy.NONE));
        assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(-1, false, false, false, false));
    }
}

package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.castellan.security.AccountException;
import org.castellan.security.GroupAdministration.GroupView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Groups: a role given to a group reaches its members, and only administrators change them. */
class GroupAdministrationTest {

    private static final String CASH = Contributions.CASH;

    @RegisterExtension
    final AdministeredInstallation installation = new AdministeredInstallation("groups", Clock.systemUTC()).withPaul();

    @BeforeEach
    void aCounterGroupWithTheCashierRole() throws Exception {
        installation.roles.createRole(installation.admin, "Cashier", null, Set.of(CASH));
        installation.groups.createGroup(installation.admin, "Counter", "Everyone at the counter");
        installation.groups.assignRole(installation.admin, "Counter", "Cashier");
    }

    private boolean paulHasCash() throws Exception {
        return installation.hasRight(installation.paul, CASH);
    }

    @Test
    void membersHoldTheRolesOfTheirGroupUntilTheyLeaveIt() throws Exception {
        assertFalse(paulHasCash());
        installation.groups.addMember(installation.admin, "Counter", "paul");
        assertTrue(paulHasCash());
        GroupView counter = installation.groups.groups().get(0);
        assertEquals(new GroupView("Counter", "Everyone at the counter", List.of("Cashier"), List.of("paul"), counter.version()), counter);
        assertEquals(1, installation.groups.groups().size());
        installation.groups.removeMember(installation.admin, "Counter", "paul");
        assertFalse(paulHasCash());
    }

    @Test
    void deletingAGroupTakesItsRolesFromItsMembers() throws Exception {
        installation.groups.addMember(installation.admin, "Counter", "paul");
        installation.groups.deleteGroup(installation.admin, "Counter");
        assertFalse(paulHasCash());
        assertTrue(installation.store.model().load().getUsers().stream().allMatch(u -> u.getMemberships().isEmpty()));
    }

    @Test
    void onlyAdministratorsChangeGroupsEvenWhenTheUiIsBypassed() {
        assertThrows(AccountException.class, () -> installation.groups.addMember(installation.paul, "Counter", "paul"));
        assertThrows(AccountException.class, () -> installation.groups.createGroup(installation.paul, "Mine", null));
        assertThrows(AccountException.class, () -> installation.groups.assignRole(installation.paul, "Counter", "Administrator"));
    }

    @Test
    void badInputIsRefusedWithWhatIsWrong() {
        assertTrue(assertThrows(AccountException.class, () -> installation.groups.createGroup(installation.admin, "counter", null))
                .getMessage().contains("already exists"));
        assertTrue(assertThrows(AccountException.class, () -> installation.groups.addMember(installation.admin, "Nope", "paul"))
                .getMessage().contains("no group named"));
        assertTrue(assertThrows(AccountException.class, () -> installation.groups.addMember(installation.admin, "Counter", "nobody"))
                .getMessage().contains("no user"));
        assertTrue(assertThrows(AccountException.class, () -> installation.groups.createGroup(installation.admin, " ", null))
                .getMessage().contains("Type a name"));
    }
}

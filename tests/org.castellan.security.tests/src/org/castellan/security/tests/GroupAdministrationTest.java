package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.castellan.security.AccountException;
import org.castellan.security.GroupAdministration.GroupPage;
import org.castellan.security.GroupAdministration.GroupView;
import org.castellan.security.NaturalOrder;
import org.castellan.security.NewUser;
import org.castellan.security.RoleAdministration.RoleView;
import org.castellan.security.UserView;
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

    /** The Users, Groups and Roles views list what the services give: in the order a person looks for a name. */
    @Test
    void usersGroupsRolesAndMembersComeInNaturalOrder() throws Exception {
        for (String login : List.of("c10", "C2", "c100", "c1")) {
            installation.users.createUser(installation.admin, new NewUser(login, null, null, false, false, 1, AdministeredInstallation.PASSWORD));
            installation.groups.addMember(installation.admin, "Counter", login);
        }
        installation.groups.createGroup(installation.admin, "Till 10", null);
        installation.groups.createGroup(installation.admin, "till 9", null);
        installation.roles.createRole(installation.admin, "Area 12", null, Set.of());
        installation.roles.createRole(installation.admin, "Area 3", null, Set.of());

        assertEquals(List.of("admin", "c1", "C2", "c10", "c100", "paul"),
                installation.users.users(installation.admin).stream().map(UserView::login).filter(l -> !l.equals("guest")).toList());
        assertEquals(List.of("Counter", "till 9", "Till 10"), installation.groups.groups().stream().map(GroupView::name).toList());
        assertEquals(List.of("c1", "C2", "c10", "c100"), installation.groups.groups().get(0).members());
        List<String> roles = installation.roles.roles().stream().map(RoleView::name).toList();
        assertTrue(roles.indexOf("Area 3") < roles.indexOf("Area 12") && roles.indexOf("Area 12") < roles.indexOf("Cashier"), roles.toString());
        assertEquals(List.of("x", "x007", "x8", "x9", "X10", "x00010"), List.of("X10", "x9", "x00010", "x8", "x", "x007").stream()
                .sorted(NaturalOrder.INSTANCE).toList(), "leading zeros count for nothing; the plain text orders equal values");
    }

    /** The groups view's page, read from the rows, says what the whole list says, filtered on names, roles and members. */
    @Test
    void aPageOfGroupsIsTheWholeListsFirstMatchingGroups() throws Exception {
        installation.groups.addMember(installation.admin, "Counter", "paul");
        for (String name : List.of("Till 10", "till 9", "Back office")) {
            installation.groups.createGroup(installation.admin, name, null);
        }
        installation.roles.createRole(installation.admin, "Stock keeper", null, Set.of());
        installation.groups.assignRole(installation.admin, "Back office", "Stock keeper");
        List<GroupView> all = installation.groups.groups();

        GroupPage whole = installation.groups.groups(installation.admin, "", 10);
        assertEquals(all, whole.groups());
        assertTrue(whole.complete());
        GroupPage first = installation.groups.groups(installation.admin, " ", 2);
        assertEquals(all.subList(0, 2), first.groups());
        assertEquals(4, first.matching());
        assertFalse(first.complete());
        assertEquals(List.of("till 9", "Till 10"), installation.groups.groups(installation.admin, "TILL", 10).groups().stream().map(GroupView::name).toList());
        assertEquals(List.of("Counter"), installation.groups.groups(installation.admin, "PAU", 10).groups().stream().map(GroupView::name).toList(),
                "by a member's login");
        assertEquals(List.of("Back office", "Counter"),
                installation.groups.groups(installation.admin, "e", 10).groups().stream().map(GroupView::name).toList(),
                "by name, description (Everyone) or a role's name (Stock keeper)");
        assertEquals(List.of("Back office"), installation.groups.groups(installation.admin, "keeper", 10).groups().stream().map(GroupView::name).toList());
        assertEquals(new GroupPage(List.of(), 0), installation.groups.groups(installation.admin, "nobody", 10));
    }

    @Test
    void onlyAdministratorsListGroupsPageByPage() {
        assertThrows(AccountException.class, () -> installation.groups.groups(installation.paul, "", 10));
        assertThrows(AccountException.class, () -> installation.groups.groups(null, "", 10));
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

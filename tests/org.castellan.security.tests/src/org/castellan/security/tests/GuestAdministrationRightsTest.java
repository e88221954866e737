package org.castellan.security.tests;

import static org.castellan.security.tests.Contributions.BLOCK;
import static org.castellan.security.tests.Contributions.CASH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.castellan.model.Installation;
import org.castellan.model.Right;
import org.castellan.model.RightGrant;
import org.castellan.model.Role;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.EffectiveRights;
import org.castellan.security.GuestRights;
import org.castellan.security.NewUser;
import org.castellan.security.RoleAdministration.RightView;
import org.castellan.security.RoleAdministration.RoleView;
import org.castellan.security.UserChange;
import org.castellan.security.UserView;
import org.castellan.store.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * The built-in guest never holds a right marked administrative: every way there (a role, a group,
 * a right added to a role he has, a package, guest access turned on) is refused by the services
 * with the right and the way named, and nothing of the refused change is saved.
 */
class GuestAdministrationRightsTest {

    private static final String ADMINISTER_LABEL = "Administer security";

    @RegisterExtension
    final AdministeredInstallation installation = new AdministeredInstallation("guest-rights", Clock.systemUTC());

    /** A role that administers, and a harmless one, as an administrator would have made them. */
    @BeforeEach
    void supervisorsAndCashiers() throws Exception {
        installation.roles.createRole(installation.admin, "Supervisors", null, Set.of(AccountService.ADMINISTER_RIGHT, CASH));
        installation.roles.createRole(installation.admin, "Cashier", null, Set.of(CASH));
    }

    /** Runs a change the rule must refuse; returns its message once checked that nothing of it was saved. */
    private String refused(Executable change) throws Exception {
        String before = snapshot();
        AccountException e = assertThrows(AccountException.class, change);
        assertEquals(before, snapshot(), "nothing of a refused change is saved");
        return e.getMessage();
    }

    /** Everything the rule looks at, with versions: any write would change it. */
    private String snapshot() throws StoreException {
        Installation model = installation.store.model().load();
        StringBuilder text = new StringBuilder();
        model.getUsers().forEach(u -> text.append(u.getLogin()).append(u.getVersion()).append(u.isEnabled()).append(u.getAuthorizationLevel())
                .append(u.getRoleAssignments().stream().map(a -> a.getRole().getName()).toList())
                .append(u.getMemberships().stream().map(m -> m.getGroup().getName()).toList()).append('\n'));
        model.getRoles().forEach(r -> text.append(r.getName()).append(r.getVersion())
                .append(r.getGrants().stream().map(g -> g.getRight().getRightId()).toList()).append('\n'));
        model.getGroups().forEach(g -> text.append(g.getName()).append(g.getVersion())
                .append(g.getRoleAssignments().stream().map(a -> a.getRole().getName()).toList()).append('\n'));
        return text.toString();
    }

    /** The guest's rights, counted as if guest access were on. */
    private Set<String> guestRights() throws StoreException {
        Installation model = installation.store.model().load();
        model.getUsers().stream().filter(User::isGuest).forEach(u -> u.setEnabled(true));
        User guest = model.getUsers().stream().filter(User::isGuest).findFirst().orElseThrow();
        return EffectiveRights.compile(model).rightsOf(guest.getId());
    }

    private UserChange guest() throws AccountException {
        return UserChange.of(installation.users.user(installation.admin, AccountService.GUEST_LOGIN));
    }

    private static Set<String> plus(List<String> names, String name) {
        Set<String> all = new HashSet<>(names);
        all.add(name);
        return all;
    }

    private RoleView role(String name) throws AccountException {
        return installation.roles.roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void rightsCarryTheirBundlesAdministrativeFlagAndTheGuestRoleLeavesThemOut() throws Exception {
        List<RightView> rights = installation.roles.rights();
        assertTrue(rights.stream().filter(r -> r.id().equals(AccountService.ADMINISTER_RIGHT)).allMatch(RightView::administrative));
        assertTrue(rights.stream().filter(r -> r.id().equals(BLOCK)).allMatch(RightView::administrative));
        assertTrue(rights.stream().filter(r -> r.id().equals(CASH)).noneMatch(RightView::administrative));
        Installation stored = installation.store.model().load();
        assertTrue(stored.getRights().stream().filter(r -> r.getRightId().equals(BLOCK)).allMatch(Right::isAdministrative), "stored with the right");

        List<String> guestRole = role("Guest").rights();
        assertTrue(guestRole.contains(CASH), "allRights: everything...");
        assertFalse(guestRole.contains(BLOCK), "...but what administers the installation, excepted or not");
        assertEquals(List.of(), GuestRights.ways(stored));
    }

    @Test
    void aRoleThatAdministersIsNeverGivenToTheGuestDirectly() throws Exception {
        String expected = "The guest cannot hold the right \u201cAdminister security\u201d: the role \u201cSupervisors\u201d gives it. "
                + "Remove the right from the role or the role from the guest.";
        assertEquals(expected, refused(() -> installation.roles.assign(installation.admin, AccountService.GUEST_LOGIN, "Supervisors")));
        UserChange change = guest();
        assertEquals(expected, refused(() -> installation.users.updateUser(installation.admin,
                change.withRoles(plus(List.copyOf(change.roles()), "Supervisors")))));

        installation.roles.assign(installation.admin, AccountService.GUEST_LOGIN, "Cashier");
        assertTrue(guestRights().contains(CASH), "a role that administers nothing is given as before");
        assertFalse(guestRights().contains(AccountService.ADMINISTER_RIGHT));
    }

    @Test
    void aGroupGivesTheGuestNoAdministrativeRightByAnyPath() throws Exception {
        String expected = "The guest cannot hold the right \u201cAdminister security\u201d: the role \u201cSupervisors\u201d of the group \u201cManagers\u201d "
                + "gives it. Remove the right from the role, the role from the group or the guest from the group.";
        installation.groups.createGroup(installation.admin, "Managers", null, Set.of("Supervisors"), Set.of());
        assertEquals(expected, refused(() -> installation.groups.addMember(installation.admin, "Managers", AccountService.GUEST_LOGIN)));
        UserChange change = guest();
        assertEquals(expected, refused(() -> installation.users.updateUser(installation.admin, change.withGroups(Set.of("Managers")))));
        long version = installation.groups.groups().stream().filter(g -> g.name().equals("Managers")).findFirst().orElseThrow().version();
        assertEquals(expected, refused(() -> installation.groups.updateGroup(installation.admin, "Managers", version, "Managers", null,
                Set.of("Supervisors"), Set.of(AccountService.GUEST_LOGIN))));
        assertTrue(refused(() -> installation.groups.createGroup(installation.admin, "Night shift", null, Set.of("Supervisors"),
                Set.of(AccountService.GUEST_LOGIN))).contains("the group \u201cNight shift\u201d"));
    }

    @Test
    void aGroupTheGuestIsInGetsNoRoleThatAdministersAndItsRolesNoSuchRight() throws Exception {
        installation.groups.createGroup(installation.admin, "Counter", null, Set.of("Cashier"), Set.of(AccountService.GUEST_LOGIN));
        assertTrue(guestRights().contains(CASH));

        // Group first, then the role changed under it.
        String block = refused(() -> installation.roles.grant(installation.admin, "Cashier", BLOCK));
        assertEquals("The guest cannot hold the right \u201cBlock openings\u201d: the role \u201cCashier\u201d of the group \u201cCounter\u201d gives it. "
                + "Remove the right from the role, the role from the group or the guest from the group.", block);
        RoleView cashier = role("Cashier");
        assertEquals(block, refused(() -> installation.roles.updateRole(installation.admin, "Cashier", cashier.version(), "Cashier", null,
                plus(cashier.rights(), BLOCK))));
        assertEquals(block, refused(() -> installation.roles.applyRoles(installation.admin,
                List.of(new RoleView("Cashier", "from the central", false, List.of(CASH, BLOCK), 0)))), "a menu package goes the same way");
        // Or another role given to the group.
        assertTrue(refused(() -> installation.groups.assignRole(installation.admin, "Counter", "Supervisors"))
                .contains("the role \u201cSupervisors\u201d of the group \u201cCounter\u201d"));
    }

    @Test
    void aRoleTheGuestHoldsGetsNoAdministrativeRightWhateverItIsCalledOrCopiedFrom() throws Exception {
        installation.roles.assign(installation.admin, AccountService.GUEST_LOGIN, "Cashier");
        // Role first, then the right added to it: by grant, by the editor's save, by a package.
        String expected = "The guest cannot hold the right \u201cAdminister security\u201d: the role \u201cCashier\u201d gives it. "
                + "Remove the right from the role or the role from the guest.";
        assertEquals(expected, refused(() -> installation.roles.grant(installation.admin, "Cashier", AccountService.ADMINISTER_RIGHT)));
        RoleView cashier = role("Cashier");
        assertEquals(expected, refused(() -> installation.roles.updateRole(installation.admin, "Cashier", cashier.version(), "Cashier", null,
                plus(cashier.rights(), AccountService.ADMINISTER_RIGHT))));
        assertEquals(expected, refused(() -> installation.roles.applyRoles(installation.admin,
                List.of(new RoleView("Cashier", null, false, List.of(CASH, AccountService.ADMINISTER_RIGHT), 0)))));
        // The guest's own predefined role, copied: the copy may administer, but never reaches the guest.
        installation.roles.copyRole(installation.admin, "Guest", "Guest with bans");
        installation.roles.grant(installation.admin, "Guest with bans", BLOCK);
        assertTrue(refused(() -> installation.roles.assign(installation.admin, AccountService.GUEST_LOGIN, "Guest with bans"))
                .contains("\u201cBlock openings\u201d: the role \u201cGuest with bans\u201d gives it"));
        RoleView guestRole = role("Guest");
        assertTrue(refused(() -> installation.roles.updateRole(installation.admin, "Guest", guestRole.version(), "Guest", null,
                plus(guestRole.rights(), BLOCK))).contains("the role \u201cGuest\u201d gives it"));
    }

    @Test
    void guestAccessIsNotTurnedOnWhileAnOlderInstallationsGuestStillAdministers() throws Exception {
        // An installation made before the flag: its Guest role was given every right, "Block openings" included.
        Installation model = installation.store.model().load();
        Role guestRole = model.getRoles().stream().filter(r -> r.getName().equals("Guest")).findFirst().orElseThrow();
        RightGrant grant = org.castellan.model.CastellanFactory.eINSTANCE.createRightGrant();
        grant.setRight(model.getRights().stream().filter(r -> r.getRightId().equals(BLOCK)).findFirst().orElseThrow());
        guestRole.getGrants().add(grant);
        installation.store.model().update(guestRole);

        installation.users.createUser(installation.admin, new NewUser("paul", null, null, false, false, 2, AdministeredInstallation.PASSWORD));
        installation.roles.assign(installation.admin, "paul", "Cashier");
        assertEquals("The guest cannot hold the right \u201cBlock openings\u201d: the role \u201cGuest\u201d gives it. "
                + "Remove the right from the role or the role from the guest.",
                refused(() -> installation.users.setGuestAccess(installation.admin, true)), "other changes go on; guest access does not");
        UserView guest = installation.users.user(installation.admin, AccountService.GUEST_LOGIN);
        assertFalse(guest.enabled());

        // The user editor's question before Save: turning guest access on in it is refused the same way.
        UserChange access = guest().withEnabled(true);
        assertEquals(List.of("The guest cannot hold the right \u201cBlock openings\u201d: the role \u201cGuest\u201d gives it. "
                + "Remove the right from the role or the role from the guest."), messages(installation.users.wouldGiveGuest(installation.admin, access)));
        assertEquals(List.of(), installation.users.wouldGiveGuest(installation.admin, guest().withRoles(Set.of("Guest", "Cashier"))),
                "while access stays off, the older way is left for an administrator to remove, not a reason to refuse");

        installation.roles.revoke(installation.admin, "Guest", BLOCK);
        installation.users.setGuestAccess(installation.admin, true);
        assertFalse(guestRights().contains(BLOCK));
    }

    private static List<String> messages(List<GuestRights.Way> ways) {
        return ways.stream().map(GuestRights.Way::message).toList();
    }

    @Test
    void editorsAskTheServicesRuleBeforeSaveAndGetWhatSaveWouldBeRefusedForWithNothingSaved() throws Exception {
        installation.roles.assign(installation.admin, AccountService.GUEST_LOGIN, "Cashier");
        installation.groups.createGroup(installation.admin, "Counter", null, Set.of("Cashier"), Set.of(AccountService.GUEST_LOGIN));
        String before = snapshot();

        // A right added to the role he holds directly and through his group: both ways, his own first, as the refusal names it.
        RoleView cashier = role("Cashier");
        Set<String> withAdminister = plus(cashier.rights(), AccountService.ADMINISTER_RIGHT);
        List<GuestRights.Way> ways = installation.roles.wouldGiveGuest(installation.admin, "Cashier", "Cashier", withAdminister);
        assertEquals(List.of(new GuestRights.Way(AccountService.ADMINISTER_RIGHT, ADMINISTER_LABEL, "Cashier", null),
                new GuestRights.Way(AccountService.ADMINISTER_RIGHT, ADMINISTER_LABEL, "Cashier", "Counter")), ways);
        assertEquals(before, snapshot(), "a question saves nothing");
        assertEquals(ways.get(0).message(), refused(() -> installation.roles.updateRole(installation.admin, "Cashier", cashier.version(), "Cashier",
                null, withAdminister)));
        assertEquals(List.of(), installation.roles.wouldGiveGuest(installation.admin, "Cashier", "Till", Set.copyOf(cashier.rights())));

        // A role given to his group; the same group without him.
        Set<String> managed = Set.of("Cashier", "Supervisors");
        Set<String> guestOnly = Set.of(AccountService.GUEST_LOGIN);
        assertEquals(List.of("The guest cannot hold the right \u201cAdminister security\u201d: the role \u201cSupervisors\u201d of the group \u201cCounter\u201d "
                + "gives it. Remove the right from the role, the role from the group or the guest from the group."),
                messages(installation.groups.wouldGiveGuest(installation.admin, "Counter", "Counter", managed, guestOnly)));
        assertEquals(List.of(), installation.groups.wouldGiveGuest(installation.admin, "Counter", "Counter", managed, Set.of()));

        // His own editor: a role; and anyone else's change never concerns the rule.
        UserChange supervisor = guest().withRoles(plus(List.copyOf(guest().roles()), "Supervisors"));
        List<String> asked = messages(installation.users.wouldGiveGuest(installation.admin, supervisor));
        assertEquals(List.of(refused(() -> installation.users.updateUser(installation.admin, supervisor))), asked);
        installation.users.createUser(installation.admin, new NewUser("paul", null, null, false, false, 2, AdministeredInstallation.PASSWORD));
        UserChange paul = UserChange.of(installation.users.user(installation.admin, "paul")).withRoles(Set.of("Supervisors"));
        assertEquals(List.of(), installation.users.wouldGiveGuest(installation.admin, paul));

        AuthenticatedUser clerk = installation.accounts.authenticate("paul", AdministeredInstallation.PASSWORD);
        assertThrows(AccountException.class, () -> installation.roles.wouldGiveGuest(clerk, "Cashier", "Cashier", withAdminister),
                "administrators only, as the save");
    }
}

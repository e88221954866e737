package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.castellan.model.CastellanFactory;
import org.castellan.model.Installation;
import org.castellan.model.Right;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.GroupAdministration.GroupView;
import org.castellan.security.RoleAdministration.RightView;
import org.castellan.security.RoleAdministration.RoleView;
import org.castellan.test.support.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the role and group editors save: whole sets in one transaction, conflicts, rights of uninstalled bundles. */
class RoleEditingTest {

    private static final String BILLING = "org.partner.billing";

    private final SettableClock clock = SettableClock.utc("2026-11-22T08:00:00Z");

    @RegisterExtension
    final AdministeredInstallation installation = new AdministeredInstallation("editing", clock);

    @BeforeEach
    void aCashierRoleAndPaul() throws Exception {
        installation.roles.createRole(installation.admin, "Cashier", null, Set.of(Contributions.CASH));
        installation.createPaul(null, AdministeredInstallation.PASSWORD);
    }

    private RoleView role(String name) throws AccountException {
        return installation.roles.roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /** A right stored by a partner bundle that has since been uninstalled. */
    private void rightOfAnUninstalledBundle() throws Exception {
        Installation model = installation.store.model().load();
        Right billing = CastellanFactory.eINSTANCE.createRight();
        billing.setRightId(BILLING);
        billing.setLabel("Billing");
        billing.setCategory("Partner");
        model.getRights().add(billing);
        installation.store.model().insert(billing);
    }

    @Test
    void aSaveReplacesNameDescriptionAndRights() throws Exception {
        installation.roles.updateRole(installation.admin, "Cashier", role("Cashier").version(), "Counter cashier", "Till and prices",
                Set.of(Contributions.CASH, Contributions.PRICING));
        RoleView saved = role("Counter cashier");
        assertEquals("Till and prices", saved.description());
        assertEquals(Set.of(Contributions.CASH, Contributions.PRICING), Set.copyOf(saved.rights()));
    }

    @Test
    void aSaveOnAnOlderVersionOrWithAnUnknownRightSavesNothing() throws Exception {
        long opened = role("Cashier").version();
        installation.roles.grant(installation.admin, "Cashier", Contributions.PRICING);
        AccountException conflict = assertThrows(AccountException.class,
                () -> installation.roles.updateRole(installation.admin, "Cashier", opened, "Cashier", null, Set.of()));
        assertTrue(conflict.getMessage().contains("Another administrator saved the role"), conflict.getMessage());
        long current = role("Cashier").version();
        AccountException unknown = assertThrows(AccountException.class,
                () -> installation.roles.updateRole(installation.admin, "Cashier", current, "Renamed", null, Set.of("no.such.right")));
        assertTrue(unknown.getMessage().contains("no.such.right"), unknown.getMessage());
        assertEquals(Set.of(Contributions.CASH, Contributions.PRICING), Set.copyOf(role("Cashier").rights()));
    }

    @Test
    void revokingARightNobodyKnowsIsRefusedByName() {
        AccountException refused = assertThrows(AccountException.class,
                () -> installation.roles.revoke(installation.admin, "Cashier", "org.castellan.security.tests.cahs"));
        assertTrue(refused.getMessage().contains("org.castellan.security.tests.cahs"), refused.getMessage());
    }

    @Test
    void aPredefinedRoleKeepsItsNameAndAdministeringStaysWithSomeone() throws Exception {
        RoleView administrator = installation.roles.roles().stream().filter(RoleView::predefined)
                .filter(r -> r.rights().contains(AccountService.ADMINISTER_RIGHT)).findFirst().orElseThrow();
        assertThrows(AccountException.class, () -> installation.roles.updateRole(installation.admin, administrator.name(), administrator.version(),
                "Boss", null, Set.copyOf(administrator.rights())));
        AccountException lockout = assertThrows(AccountException.class, () -> installation.roles.updateRole(installation.admin,
                administrator.name(), administrator.version(), administrator.name(), null, Set.of()));
        assertTrue(lockout.getMessage().contains("without an enabled user"), lockout.getMessage());
    }

    @Test
    void aRightNoInstalledBundleDeclaresIsShownAsSuchAndKeptThroughSaves() throws Exception {
        rightOfAnUninstalledBundle();
        installation.roles.grant(installation.admin, "Cashier", BILLING);
        RightView billing = installation.roles.rights().stream().filter(r -> r.id().equals(BILLING)).findFirst().orElseThrow();
        assertFalse(billing.declared());
        assertTrue(installation.roles.rights().stream().filter(r -> r.id().equals(Contributions.CASH)).findFirst().orElseThrow().declared());
        installation.roles.updateRole(installation.admin, "Cashier", role("Cashier").version(), "Cashier", "kept", Set.copyOf(role("Cashier").rights()));
        assertTrue(role("Cashier").rights().contains(BILLING));
    }

    @Test
    void aGroupSaveReplacesItsRolesAndMembers() throws Exception {
        installation.groups.createGroup(installation.admin, "Counter", null);
        GroupView opened = installation.groups.groups().get(0);
        installation.groups.updateGroup(installation.admin, "Counter", opened.version(), "Front counter", "Everyone serving", Set.of("Cashier"),
                Set.of("paul"));
        GroupView saved = installation.groups.groups().get(0);
        assertEquals(new GroupView("Front counter", "Everyone serving", List.of("Cashier"), List.of("paul"), saved.version()), saved);
        installation.groups.createGroup(installation.admin, "Night counter", null, Set.of("Cashier"), Set.of("paul"));
        assertEquals(List.of("Front counter", "Night counter"), installation.users.user(installation.admin, "paul").groups());
        assertThrows(AccountException.class,
                () -> installation.groups.createGroup(installation.admin, "Ghosts", null, Set.of(), Set.of("nobody")));
        assertEquals(2, installation.groups.groups().size(), "a refused creation leaves no group");
        AccountException conflict = assertThrows(AccountException.class, () -> installation.groups.updateGroup(installation.admin, "Front counter",
                opened.version(), "Front counter", null, Set.of(), Set.of()));
        assertTrue(conflict.getMessage().contains("Another administrator saved the group"), conflict.getMessage());
    }
}

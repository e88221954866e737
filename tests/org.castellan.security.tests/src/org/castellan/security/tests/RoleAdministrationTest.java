package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.RightContribution;
import org.castellan.security.RightsCatalog;
import org.castellan.security.RoleAdministration.RoleLabel;
import org.castellan.security.RoleAdministration.RoleView;
import org.castellan.security.RoleContribution;
import org.castellan.security.internal.RoleAdministrationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Roles made of rights, checked in the service: the iPharma practice and its refusals. */
class RoleAdministrationTest {

    private static final String CASH = Contributions.CASH;
    private static final String PRICING = Contributions.PRICING;

    @RegisterExtension
    final AdministeredInstallation installation = new AdministeredInstallation("roles", Clock.systemUTC()).withPaul();

    private boolean paulHas(String right) throws Exception {
        return installation.hasRight(installation.paul, right);
    }

    @Test
    void aRoleGivenToAUserGivesHimItsRightsAndARightAddedLaterReachesHimToo() throws Exception {
        installation.roles.createRole(installation.admin, "Cashier", "At the counter", Set.of(CASH));
        installation.roles.assign(installation.admin, "paul", "Cashier");
        assertTrue(paulHas(CASH));
        assertFalse(paulHas(PRICING));

        installation.roles.grant(installation.admin, "Cashier", PRICING);
        assertTrue(paulHas(PRICING), "a right added to a role changes the rights of every member");
        installation.roles.revoke(installation.admin, "Cashier", CASH);
        assertFalse(paulHas(CASH));
    }

    @Test
    void predefinedRolesAreCopiedNeverDeleted() throws Exception {
        AccountException e = assertThrows(AccountException.class, () -> installation.roles.deleteRole(installation.admin, "Guest"));
        assertTrue(e.getMessage().contains("Copy it"), e.getMessage());
        installation.roles.copyRole(installation.admin, "Guest", "Counter guest");
        RoleView copy = view("Counter guest");
        assertFalse(copy.predefined());
        assertEquals(view("Guest").rights(), copy.rights());
        installation.roles.deleteRole(installation.admin, "Counter guest");
        assertTrue(installation.roles.roles().stream().noneMatch(r -> r.name().equals("Counter guest")));
    }

    @Test
    void onlyAdministratorsChangeRolesEvenWhenTheUiIsBypassed() throws Exception {
        assertThrows(AccountException.class, () -> installation.roles.createRole(installation.paul, "Mine", null, Set.of(CASH)));
        assertThrows(AccountException.class, () -> installation.roles.assign(installation.paul, "paul", "Administrator"));
        assertThrows(AccountException.class, () -> installation.roles.grant(installation.paul, "Guest", AccountService.ADMINISTER_RIGHT));
        assertFalse(paulHas(AccountService.ADMINISTER_RIGHT));
    }

    @Test
    void badInputIsRefusedWithWhatIsWrongAndNothingIsSaved() throws Exception {
        int before = installation.roles.roles().size();
        assertRefused(() -> installation.roles.createRole(installation.admin, "  ", null, Set.of()), "Type a name");
        assertRefused(() -> installation.roles.createRole(installation.admin, "guest", null, Set.of()), "already exists");
        assertRefused(() -> installation.roles.createRole(installation.admin, "r".repeat(121), null, Set.of()), "120");
        assertRefused(() -> installation.roles.createRole(installation.admin, "Typo", null, Set.of(CASH, "org.castellan.nope")),
                "org.castellan.nope");
        assertRefused(() -> installation.roles.grant(installation.admin, "No such role", CASH), "no role named");
        assertEquals(before, installation.roles.roles().size(), "no role was half-created");
        assertEquals(List.of(), installation.roles.roles().stream().filter(r -> r.name().equals("Typo")).toList());
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable change, String expected) {
        AccountException e = assertThrows(AccountException.class, change);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private RoleView view(String name) throws AccountException {
        return installation.roles.roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * A predefined role keeps its stored name (its identity) while screens show the name its
     * bundle declares in the user's language: here a catalog translated after the installation
     * was created, as a French workbench reads the bundles' string tables.
     */
    @Test
    void predefinedRolesAreLabelledAsTheirBundlesDeclareThemNowAndOthersByTheirName() throws Exception {
        installation.roles.createRole(installation.admin, "Cashier", "At the counter", Set.of(CASH));
        RightsCatalog english = Contributions.catalog();
        RightsCatalog french = new RightsCatalog() {
            @Override
            public List<RightContribution> rights() {
                return english.rights();
            }

            @Override
            public List<RoleContribution> roles() {
                return english.roles().stream().map(r -> new RoleContribution(r.id(), "FR " + r.name(), "FR " + r.description(), r.allRights(),
                        r.granted(), r.excepted(), r.contributor())).toList();
            }
        };
        Map<String, RoleLabel> labels = new RoleAdministrationImpl(installation.store, french, Clock.systemUTC()).predefinedLabels();
        RoleView administrator = installation.roles.roles().stream().filter(r -> r.name().equals("Administrator")).findFirst().orElseThrow();
        assertTrue(administrator.predefined());
        assertEquals("FR Administrator", labels.get("Administrator").name(), labels.toString());
        assertTrue(labels.get("Administrator").description().startsWith("FR "), labels.toString());
        assertFalse(labels.containsKey("Cashier"), "a role an administrator made is shown by its own name");
        assertEquals(installation.roles.roles().stream().filter(RoleView::predefined).count(), labels.size());
    }
}

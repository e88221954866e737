package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.castellan.security.AccountService;
import org.castellan.security.RightContribution;
import org.castellan.security.RightsCatalog;
import org.castellan.security.RoleContribution;
import org.junit.jupiter.api.Test;

/** Declarations read through the real extension registry: this bundle's and the test fragment's. */
class RightsCatalogTest {

    private final RightsCatalog catalog = Contributions.catalog();

    @Test
    void theSecurityBundleDeclaresTheAdministerRightAndTheAdministratorRole() {
        RightContribution administer = catalog.right(AccountService.ADMINISTER_RIGHT).orElseThrow();
        assertEquals("Administer security", administer.label(), "labels come from plugin.properties");
        assertEquals("Security", administer.category(), "the category's label, not its id");
        assertEquals("org.castellan.security", administer.contributor());
        RoleContribution administrator = role(RightsCatalog.ADMINISTRATOR_ROLE);
        assertEquals(Set.of(AccountService.ADMINISTER_RIGHT), administrator.granted());
    }

    @Test
    void aPartnersRightsAndRolesAreReadWithTheirCategory() {
        RightContribution cash = catalog.right("org.castellan.security.tests.cash").orElseThrow();
        assertEquals("Sales", cash.category());
        assertTrue(catalog.isDeclared("org.castellan.security.tests.pricing"), "a right without category is fine");
    }

    @Test
    void incompleteAndDuplicateDeclarationsAreIgnored() {
        assertFalse(catalog.isDeclared("org.castellan.security.tests.incomplete"), "a right without label is skipped");
        assertEquals(1, catalog.rights().stream().filter(r -> r.id().equals(AccountService.ADMINISTER_RIGHT)).count());
        assertEquals("Administer security", catalog.right(AccountService.ADMINISTER_RIGHT).orElseThrow().label(),
                "the first declaration of an id stays");
    }

    @Test
    void anAllRightsRoleHoldsEveryRightButTheExceptedOnes() {
        RoleContribution guest = role("org.castellan.security.tests.role.guest");
        assertEquals(Set.of("org.castellan.security.tests.cash", "org.castellan.security.tests.pricing"),
                guest.rightsAmong(List.of(AccountService.ADMINISTER_RIGHT, "org.castellan.security.tests.cash",
                        "org.castellan.security.tests.pricing")));
    }

    private RoleContribution role(String id) {
        return catalog.roles().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}

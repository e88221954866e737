package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.castellan.model.Installation;
import org.castellan.model.Right;
import org.castellan.model.Role;
import org.castellan.security.RightContribution;
import org.castellan.security.RightsCatalog;
import org.castellan.security.RoleContribution;
import org.castellan.security.internal.RightsSynchronizer;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the installed bundles declare reaches the installation, and nothing stored is lost when
 * declarations change or disappear. The catalog here is a list the test edits, standing for
 * bundles being installed, updated and removed between two starts.
 */
class RightsSynchronizerTest {

    private static final Date NOW = new Date(1_700_000_000_000L);

    @TempDir
    Path dir;

    private CastellanStore store;
    private final List<RightContribution> rights = new ArrayList<>();
    private final List<RoleContribution> roles = new ArrayList<>();
    private final RightsCatalog catalog = new RightsCatalog() {
        @Override
        public List<RightContribution> rights() {
            return List.copyOf(rights);
        }

        @Override
        public List<RoleContribution> roles() {
            return List.copyOf(roles);
        }
    };

    @BeforeEach
    void installation() throws Exception {
        store = CastellanStore.create(dir.resolve("sync"), NewInstallation.unencrypted("Sync"));
        rights.add(new RightContribution("p.cash", "Cash register", "Sales", "Take payments", "p"));
        rights.add(new RightContribution("p.pricing", "Pricing", "Stock", null, "p"));
        rights.add(new RightContribution("p.admin", "Administer", "Security", null, "p"));
        roles.add(new RoleContribution("p.role.guest", "Guest", null, true, Set.of(), Set.of("p.admin"), "p"));
        roles.add(new RoleContribution("p.role.owner", "Owner", null, false, Set.of("p.cash", "p.pricing", "p.admin"), Set.of(), "p"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Installation synchronize() throws Exception {
        return store.inTransaction(tx -> new RightsSynchronizer(store, catalog).synchronize(tx, NOW));
    }

    @Test
    void declaredRightsAndPredefinedRolesAreStored() throws Exception {
        synchronize();
        Installation stored = store.model().load();
        assertEquals(List.of("p.cash", "p.pricing", "p.admin"), stored.getRights().stream().map(Right::getRightId).toList());
        Role guest = role(stored, "p.role.guest");
        assertEquals("Guest", guest.getName());
        assertTrue(guest.isPredefined());
        assertEquals(Set.of("p.cash", "p.pricing"), rightIds(guest), "everything but what must be protected");
        assertEquals(NOW, guest.getGrants().get(0).getGrantedAt());
        assertEquals(Set.of("p.cash", "p.pricing", "p.admin"), rightIds(role(stored, "p.role.owner")));
    }

    @Test
    void aSecondStartChangesNothing() throws Exception {
        synchronize();
        Installation first = store.model().load();
        synchronize();
        Installation second = store.model().load();
        assertEquals(first.getRights().size(), second.getRights().size());
        assertEquals(first.getRoles().size(), second.getRoles().size());
        assertTrue(second.getRights().stream().allMatch(r -> r.getVersion() == 0), "no right was rewritten");
    }

    @Test
    void labelsFollowTheBundleAndRightsOfARemovedBundleStay() throws Exception {
        synchronize();
        rights.set(0, new RightContribution("p.cash", "Till", "Sales", "Take payments", "p"));
        rights.remove(1);
        synchronize();
        Installation stored = store.model().load();
        assertEquals("Till", right(stored, "p.cash").getLabel());
        assertEquals("Pricing", right(stored, "p.pricing").getLabel(), "a right no bundle declares any more is kept");
        assertTrue(rightIds(role(stored, "p.role.guest")).contains("p.pricing"), "and roles keep it");
    }

    @Test
    void aPredefinedRoleChangedByAnAdministratorKeepsTheChanges() throws Exception {
        synchronize();
        Installation stored = store.model().load();
        Role owner = role(stored, "p.role.owner");
        owner.setName("Pharmacist in charge");
        owner.getGrants().remove(0);
        store.model().update(owner);

        synchronize();

        Role again = role(store.model().load(), "p.role.owner");
        assertEquals("Pharmacist in charge", again.getName());
        assertEquals(2, again.getGrants().size());
    }

    @Test
    void theAdministrativeFlagIsStoredFollowsTheBundleAndKeepsAllRightsRolesFromTheRight() throws Exception {
        rights.add(new RightContribution("p.block", "Block openings", "Security", null, "p", true));
        synchronize();
        Installation stored = store.model().load();
        assertTrue(right(stored, "p.block").isAdministrative());
        assertTrue(!right(stored, "p.cash").isAdministrative());
        assertEquals(Set.of("p.cash", "p.pricing"), rightIds(role(stored, "p.role.guest")), "neither excepted nor needed: it administers");

        rights.set(0, new RightContribution("p.cash", "Cash register", "Sales", "Take payments", "p", true));
        synchronize();
        assertTrue(right(store.model().load(), "p.cash").isAdministrative(), "an update of the bundle marks it");
    }

    @Test
    void aBundleInstalledLaterAddsItsRightsAndRoles() throws Exception {
        synchronize();
        rights.add(new RightContribution("q.billing", "Billing", "Sales", null, "q"));
        roles.add(new RoleContribution("q.role.biller", "Biller", null, false, Set.of("q.billing"), Set.of(), "q"));
        synchronize();
        Installation stored = store.model().load();
        assertEquals(Set.of("q.billing"), rightIds(role(stored, "q.role.biller")));
        assertTrue(rightIds(role(stored, "p.role.guest")).size() == 2, "existing roles are not given the new right");
    }

    @Test
    void aRightOrRoleAddedLaterIsStoredAfterTheOthers() throws Exception {
        synchronize();
        rights.remove(1); // a right no bundle declares any more is not read, yet stays before the new one
        rights.add(0, new RightContribution("q.billing", "Billing", "Sales", null, "q"));
        synchronize();
        roles.add(0, new RoleContribution("q.role.biller", "Biller", null, false, Set.of("q.billing"), Set.of(), "q"));
        synchronize();
        Installation stored = store.model().load();
        assertEquals(List.of("p.cash", "p.pricing", "p.admin", "q.billing"), stored.getRights().stream().map(Right::getRightId).toList(),
                "read as a part, the rights stored before still come first");
        assertEquals("q.role.biller", stored.getRoles().get(stored.getRoles().size() - 1).getContributionId());
    }

    @Test
    void aPredefinedRoleWhoseNameIsTakenGetsANumber() throws Exception {
        roles.clear();
        synchronize();
        Installation stored = store.model().load();
        Role mine = org.castellan.model.CastellanFactory.eINSTANCE.createRole();
        mine.setName("Guest");
        stored.getRoles().add(mine);
        store.model().insert(mine);
        roles.add(new RoleContribution("p.role.guest", "Guest", null, true, Set.of(), Set.of(), "p"));

        synchronize();

        assertEquals("Guest (2)", role(store.model().load(), "p.role.guest").getName());
    }

    private static Role role(Installation model, String contributionId) {
        return model.getRoles().stream().filter(r -> contributionId.equals(r.getContributionId())).findFirst().orElseThrow();
    }

    private static Right right(Installation model, String id) {
        return model.getRights().stream().filter(r -> r.getRightId().equals(id)).findFirst().orElseThrow();
    }

    private static Set<String> rightIds(Role role) {
        return Set.copyOf(role.getGrants().stream().map(g -> g.getRight().getRightId()).toList());
    }
}

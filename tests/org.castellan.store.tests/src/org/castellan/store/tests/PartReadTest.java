package org.castellan.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.castellan.model.CastellanFactory;
import org.castellan.model.CastellanPackage;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Installation;
import org.castellan.model.User;
import org.castellan.store.CastellanStore;
import org.castellan.store.TransactionWork;
import org.castellan.store.tests.support.Installations;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading part of the model: the objects named with their contents, those chosen references lead to, and the seals checked as a whole load checks them. */
class PartReadTest {

    private static final Set<EReference> FOLLOW = Set.of(CastellanPackage.Literals.MEMBERSHIP__GROUP, CastellanPackage.Literals.DATA_MODEL_GRANT__MODEL,
            CastellanPackage.Literals.DIMENSION_GRANT__DIMENSION);

    @TempDir
    Path dir;

    @Test
    void aUsersPartHoldsHimHisGroupsTheRightsTheyHoldAndTheModelsThoseName() throws Exception {
        try (CastellanStore store = Installations.createWithSample(dir.resolve("part"))) {
            Installation whole = store.model().load();
            User paul = user(whole, "Paul");
            String counter = paul.getMemberships().get(0).getGroup().getId();

            Set<String> rights = store.inTransaction(tx -> store.model().referrers(tx, CastellanPackage.Literals.DATA_RIGHT__HOLDERS, List.of(counter)));
            assertEquals(Set.of(whole.getDataRights().get(0).getId()), rights, "the group holds Counter sales");

            Installation part = store.inTransaction(tx -> store.model().loadPart(tx, union(rights, paul.getId()), FOLLOW));
            assertEquals(whole.getName(), part.getName());
            assertEquals(List.of("Paul"), part.getUsers().stream().map(User::getLogin).toList(), "only the user named");
            assertEquals(List.of("Counter staff"), part.getGroups().stream().map(g -> g.getName()).toList(), "his group, by his membership");
            assertSame(part.getGroups().get(0), part.getUsers().get(0).getMemberships().get(0).getGroup());
            assertTrue(part.getRoles().isEmpty(), "roles are not followed");
            DataRight right = part.getDataRights().get(0);
            assertEquals(2, right.getHolders().size(), "its holders of the part: the group and Paul");
            DataModelGrant grant = right.getModelGrants().get(0);
            assertSame(part.getDataModels().get(0), grant.getModel(), "the model the grant names, read with it");
            DimensionGrant time = grant.getDimensionGrants().get(0);
            assertSame(grant.getModel().getDimensions().get(0), time.getDimension());
            assertEquals(List.of("[Time].[2026]", "[Time].[2027]"), time.getMemberUniqueNames());
            assertEquals(whole.getDataModels().get(0).getMeasures().size(), grant.getModel().getMeasures().size());
        }
    }

    @Test
    void aGroupChangedBySqlIsLeftOutWithTheMembershipsOfIt() throws Exception {
        try (CastellanStore store = Installations.createWithSample(dir.resolve("tampered"))) {
            Installation whole = store.model().load();
            String paul = user(whole, "Paul").getId();
            store.inTransaction((TransactionWork<Void>) tx -> {
                try (Statement st = tx.connection().createStatement()) {
                    st.executeUpdate("UPDATE user_groups SET description = 'changed' WHERE name = 'Counter staff'");
                }
                return null;
            });
            Installation part = store.inTransaction(tx -> store.model().loadPart(tx, Set.of(paul), FOLLOW));
            assertEquals(1, part.getUsers().size());
            assertTrue(part.getGroups().isEmpty(), "the group no longer matches its seal");
            assertTrue(part.getUsers().get(0).getMemberships().isEmpty(), "a membership of a group not believed grants nothing");
            assertTrue(store.model().load().getUsers().stream().filter(u -> u.getId().equals(paul)).findFirst().orElseThrow().getMemberships()
                    .isEmpty(), "as in the whole load");
        }
    }

    /** A part's list holds only some of the stored objects: what is added to it is stored after the last one, not at its index in the part. */
    @Test
    void objectsAddedToAPartAreStoredAfterTheLastOnes() throws Exception {
        try (CastellanStore store = Installations.createWithSample(dir.resolve("append"))) {
            Installation whole = store.model().load();
            for (String name : List.of("Stored second", "Stored third")) {
                whole.getDataRights().add(dataRight(name));
                store.model().insert(whole.getDataRights().get(whole.getDataRights().size() - 1));
            }
            List<String> before = store.model().load().getDataRights().stream().map(DataRight::getName).toList();
            assertEquals(3, before.size());
            DataRight first = whole.getDataRights().get(0);
            store.inTransaction(tx -> {
                Installation part = store.model().loadClosure(tx, Set.of(first.getId()), Set.of());
                assertEquals(1, part.getDataRights().size(), "the first right only: an index in the part would collide with the second's place");
                for (String name : List.of("Added first", "Added second")) {
                    DataRight added = dataRight(name);
                    part.getDataRights().add(added);
                    store.model().insert(tx, added);
                }
                return null;
            });
            List<String> after = store.model().load().getDataRights().stream().map(DataRight::getName).toList();
            List<String> expected = new ArrayList<>(before);
            expected.addAll(List.of("Added first", "Added second"));
            assertEquals(expected, after, "in the stored order, after the rights the part did not hold");
        }
    }

    private static DataRight dataRight(String name) {
        DataRight right = CastellanFactory.eINSTANCE.createDataRight();
        right.setName(name);
        return right;
    }

    private static User user(Installation model, String login) {
        return model.getUsers().stream().filter(u -> u.getLogin().equals(login)).findFirst().orElseThrow();
    }

    private static Set<String> union(Set<String> ids, String more) {
        Set<String> all = new java.util.HashSet<>(ids);
        all.add(more);
        return all;
    }
}

package org.castellan.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import org.castellan.model.CastellanPackage;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Installation;
import org.castellan.model.Role;
import org.castellan.model.User;
import org.castellan.store.CastellanStore;
import org.castellan.store.TransactionWork;
import org.castellan.store.UserRoles;
import org.castellan.store.tests.support.Installations;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading part of the model: the objects named with their contents, those chosen references lead to, and the seals checked as a whole load checks them;
 * and the roles of some users read as rows ({@code userRoles}), checked alike.
 */
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

    @Test
    void theRolesOfUsersReadAsRowsAreThoseAWholeLoadBelieves() throws Exception {
        try (CastellanStore store = Installations.createWithSample(dir.resolve("roles"))) {
            assertRolesAsLoaded(store, "as saved");
            String paul = user(store.model().load(), "Paul").getId();
            assertTrue(rolesOf(store, paul).size() > 0, "Paul holds his group's role");
            sql(store, "INSERT INTO role_assignments (id, version, owner_id, position, role_id) SELECT 'forged', 0, u.id, 9, r.id "
                    + "FROM users u, roles r WHERE u.login = 'Paul' AND r.id = (SELECT MIN(id) FROM roles)");
            assertRolesAsLoaded(store, "a role given by a row written by SQL");
            sql(store, "UPDATE right_grants SET right_id = (SELECT MAX(id) FROM rights) WHERE id = (SELECT MIN(id) FROM right_grants)");
            assertRolesAsLoaded(store, "a grant moved by SQL");
            sql(store, "UPDATE user_groups SET description = 'changed' WHERE name = 'Counter staff'");
            assertRolesAsLoaded(store, "a group changed by SQL");
            assertTrue(rolesOf(store, paul).isEmpty(), "a membership of a group not believed gives no role");
            sql(store, "UPDATE users SET display_name = 'changed' WHERE login = 'Paul'");
            assertRolesAsLoaded(store, "a user changed by SQL");
        }
    }

    /** {@code userRoles} of every user (and an unknown id) against the roles and rights of the whole load. */
    private static void assertRolesAsLoaded(CastellanStore store, String when) throws Exception {
        Installation whole = store.model().load();
        Set<String> ids = new java.util.HashSet<>(List.of("no-such-user"));
        store.inTransaction(tx -> {
            try (Statement st = tx.connection().createStatement(); java.sql.ResultSet rs = st.executeQuery("SELECT id FROM users")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return null;
        });
        UserRoles rows = store.inTransaction(tx -> store.model().userRoles(tx, ids));
        assertEquals(whole.getUsers().stream().map(User::getId).toList(), rows.users().stream().map(UserRoles.Held::id).toList(),
                when + ": the users believed, in their stored order");
        for (User user : whole.getUsers()) {
            Set<Role> roles = new java.util.HashSet<>();
            user.getRoleAssignments().forEach(a -> roles.add(a.getRole()));
            user.getMemberships().stream().filter(m -> m.getGroup() != null)
                    .forEach(m -> m.getGroup().getRoleAssignments().forEach(a -> roles.add(a.getRole())));
            roles.remove(null);
            UserRoles.Held held = rows.users().stream().filter(h -> h.id().equals(user.getId())).findFirst().orElseThrow();
            assertEquals(user.getLogin(), held.login(), when);
            assertEquals(user.isEnabled(), held.enabled(), when);
            assertEquals(user.isGuest(), held.guest(), when);
            assertEquals(roles.stream().map(Role::getId).collect(java.util.stream.Collectors.toSet()), held.roleIds(), when + ": the roles of " + user.getLogin());
            for (Role role : roles) {
                assertEquals(role.getGrants().stream().filter(g -> g.getRight() != null).map(g -> g.getRight().getRightId())
                        .collect(java.util.stream.Collectors.toSet()), rows.rightsOfRole().get(role.getId()), when + ": the rights of " + role.getName());
            }
        }
    }

    private static Set<String> rolesOf(CastellanStore store, String userId) throws Exception {
        return store.inTransaction(tx -> store.model().userRoles(tx, Set.of(userId))).users().stream().findFirst().map(UserRoles.Held::roleIds)
                .orElse(Set.of());
    }

    private static void sql(CastellanStore store, String statement) throws Exception {
        store.inTransaction((TransactionWork<Void>) tx -> {
            try (Statement st = tx.connection().createStatement()) {
                st.executeUpdate(statement);
            }
            return null;
        });
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

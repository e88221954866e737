package org.castellan.benchmarks;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.castellan.model.CastellanFactory;
import org.castellan.model.Entity;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Membership;
import org.castellan.model.Right;
import org.castellan.model.RightGrant;
import org.castellan.model.Role;
import org.castellan.model.RoleAssignment;
import org.castellan.model.User;

/**
 * Builds the security model of a large installation, shaped like a real one: every role grants
 * about 20 rights, every group has 2 roles, every user belongs to 1 or 2 groups and has 1 role of
 * its own. A fixed seed makes every run build the same model.
 */
final class SecurityModelGenerator {

    static final int USERS = 10_000;
    static final int ROLES = 500;
    static final int RIGHTS = 2_000;
    static final int GROUPS = 200;
    static final int RIGHTS_PER_ROLE = 20;
    static final int ROLES_PER_GROUP = 2;

    /** What an Argon2id hash stored by org.castellan.security looks like (length matters for I/O). */
    private static final String PASSWORD_HASH =
            "$argon2id$v=19$m=65536,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$5xY3p0y2n0QmS1i8tGmE2l4r8wq0b0Jr1cXo5u0n8mQ";

    private static final String[] CATEGORIES = { "Accounts", "Sales", "Stock", "Reports", "Audit", "Backup" };

    /** How large a model to build. */
    record Size(int users, int roles, int rights, int groups) {
    }

    /** The benchmarks' usual installation. */
    static final Size USUAL = new Size(USERS, ROLES, RIGHTS, GROUPS);

    /** The large installation of issue 19: 100,000 users, 2,000 roles, 5,000 rights, 1,000 groups. */
    static final Size LARGE = new Size(100_000, 2_000, 5_000, 1_000);

    private final CastellanFactory factory = CastellanFactory.eINSTANCE;
    private final Random random = new Random(20261122L);
    private final Size size;

    SecurityModelGenerator() {
        this(USUAL);
    }

    SecurityModelGenerator(Size size) {
        this.size = size;
    }
    private final Date granted = new Date(1_700_000_000_000L);

    /**
     * Fills an installation object (one whose id is that of the stored installation) with the model.
     *
     * @return the top-level objects to insert, in insertion order (rights before what refers to them)
     */
    List<Entity> populate(Installation installation) {
        List<Right> rights = new ArrayList<>(size.rights());
        for (int i = 0; i < size.rights(); i++) {
            Right right = factory.createRight();
            String category = CATEGORIES[i % CATEGORIES.length];
            right.setRightId("org.castellan.bench." + category.toLowerCase() + ".right" + i);
            right.setLabel(category + " right " + i);
            right.setCategory(category);
            right.setContributor("org.castellan.bench");
            rights.add(right);
        }
        List<Role> roles = new ArrayList<>(size.roles());
        for (int i = 0; i < size.roles(); i++) {
            Role role = factory.createRole();
            role.setName("Role " + i);
            role.setDescription("Benchmark role " + i);
            role.setPredefined(i < 10);
            for (Right right : pick(rights, RIGHTS_PER_ROLE)) {
                RightGrant grant = factory.createRightGrant();
                grant.setRight(right);
                grant.setGrantedAt(granted);
                role.getGrants().add(grant);
            }
            roles.add(role);
        }
        List<Group> groups = new ArrayList<>(size.groups());
        for (int i = 0; i < size.groups(); i++) {
            Group group = factory.createGroup();
            group.setName("Group " + i);
            group.setDescription("Benchmark group " + i);
            for (Role role : pick(roles, ROLES_PER_GROUP)) {
                group.getRoleAssignments().add(assignment(role));
            }
            groups.add(group);
        }
        List<User> users = new ArrayList<>(size.users());
        for (int i = 0; i < size.users(); i++) {
            User user = factory.createUser();
            user.setLogin("user" + i);
            user.setDisplayName("User Number " + i);
            user.setEmail("user" + i + "@example.org");
            user.setAuthorizationLevel(random.nextInt(10));
            user.setExternal(i % 50 == 0);
            user.setPasswordHash(PASSWORD_HASH);
            for (Group group : pick(groups, 1 + random.nextInt(2))) {
                Membership membership = factory.createMembership();
                membership.setGroup(group);
                membership.setGrantedAt(granted);
                user.getMemberships().add(membership);
            }
            user.getRoleAssignments().add(assignment(roles.get(random.nextInt(size.roles()))));
            users.add(user);
        }
        installation.getRights().addAll(rights);
        installation.getRoles().addAll(roles);
        installation.getGroups().addAll(groups);
        installation.getUsers().addAll(users);

        List<Entity> all = new ArrayList<>(size.rights() + size.roles() + size.groups() + size.users());
        all.addAll(rights);
        all.addAll(roles);
        all.addAll(groups);
        all.addAll(users);
        return all;
    }

    private RoleAssignment assignment(Role role) {
        RoleAssignment assignment = factory.createRoleAssignment();
        assignment.setRole(role);
        assignment.setGrantedAt(granted);
        return assignment;
    }

    /** {@code count} distinct elements chosen at random. */
    private <T> List<T> pick(List<T> from, int count) {
        List<T> picked = new ArrayList<>(count);
        while (picked.size() < count) {
            T candidate = from.get(random.nextInt(from.size()));
            if (!picked.contains(candidate)) {
                picked.add(candidate);
            }
        }
        return picked;
    }
}

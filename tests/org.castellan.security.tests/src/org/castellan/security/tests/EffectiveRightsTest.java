package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

import org.castellan.model.CastellanFactory;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Membership;
import org.castellan.model.Right;
import org.castellan.model.RightGrant;
import org.castellan.model.Role;
import org.castellan.model.RoleAssignment;
import org.castellan.model.User;
import org.castellan.security.EffectiveRights;
import org.junit.jupiter.api.Test;

class EffectiveRightsTest {

    private static final CastellanFactory F = CastellanFactory.eINSTANCE;

    private final Installation model = F.createInstallation();
    private final Right cash = right("cash");
    private final Right pricing = right("pricing");
    private final Right billing = right("billing");
    private final Role cashier = role("Cashier", cash);
    private final Role manager = role("Manager", pricing, billing);
    private final Group counter = group("Counter", cashier);

    @Test
    void aUserHoldsTheRightsOfHisRolesAndOfHisGroupsRoles() {
        User paul = user("paul", manager);
        member(paul, counter);

        EffectiveRights rights = EffectiveRights.compile(model);

        assertTrue(rights.hasRight("paul", "cash"), "through the group's role");
        assertTrue(rights.hasRight("paul", "billing"), "through his own role");
        assertEquals(Set.of("cash", "pricing", "billing"), rights.rightsOf("paul"));
    }

    @Test
    void aUserWithoutRolesHoldsNothing() {
        user("guest");
        EffectiveRights rights = EffectiveRights.compile(model);
        assertFalse(rights.hasRight("guest", "cash"));
        assertEquals(Set.of(), rights.rightsOf("guest"));
    }

    @Test
    void aDisabledUserHoldsNothing() {
        User marie = user("marie", manager);
        marie.setEnabled(false);
        assertFalse(EffectiveRights.compile(model).hasRight("marie", "pricing"));
    }

    @Test
    void theLevelIsAnEnabledUsersOwnAndNobodyElseHasOne() {
        User paul = user("paul");
        paul.setAuthorizationLevel(6);
        User marie = user("marie");
        marie.setAuthorizationLevel(9);
        marie.setEnabled(false);
        EffectiveRights rights = EffectiveRights.compile(model);
        assertEquals(OptionalInt.of(6), rights.authorizationLevel("paul"));
        assertEquals(OptionalInt.empty(), rights.authorizationLevel("marie"), "a disabled user runs nothing, whatever his level");
        assertEquals(OptionalInt.empty(), rights.authorizationLevel("nobody"));
    }

    @Test
    void unknownUsersAndRightsAreRefused() {
        user("paul", manager);
        EffectiveRights rights = EffectiveRights.compile(model);
        assertFalse(rights.hasRight("nobody", "pricing"));
        assertFalse(rights.hasRight("paul", "not.a.right"));
    }

    @Test
    void aRightRemovedFromARoleIsGoneForEveryMemberOnceRecompiled() {
        User paul = user("paul");
        member(paul, counter);
        assertTrue(EffectiveRights.compile(model).hasRight("paul", "cash"));
        cashier.getGrants().clear();
        assertFalse(EffectiveRights.compile(model).hasRight("paul", "cash"));
    }

    @Test
    void moreThanSixtyFourRightsUseSeveralWords() {
        Role all = role("All");
        for (int i = 0; i < 130; i++) {
            RightGrant grant = F.createRightGrant();
            grant.setRight(right("r" + i));
            all.getGrants().add(grant);
        }
        user("big", all);
        EffectiveRights rights = EffectiveRights.compile(model);
        assertTrue(rights.hasRight("big", "r129"));
        assertTrue(rights.hasRight("big", "r64"));
        assertFalse(rights.hasRight("big", "cash"));
        assertEquals(130, rights.rightsOf("big").size());
    }

    /** The set is a view of the compiled bits: the model's order, every word, nothing else, and read-only. */
    @Test
    void theRightsHeldAreTheModelsOrderAcrossWordsAndCannotBeChanged() {
        Role some = role("Some");
        for (int i = 0; i < 130; i++) {
            if (i % 3 == 0) {
                RightGrant grant = F.createRightGrant();
                grant.setRight(right("r" + i));
                some.getGrants().add(grant);
            } else {
                right("r" + i);
            }
        }
        user("some", some);
        Set<String> held = EffectiveRights.compile(model).rightsOf("some");
        List<String> expected = IntStream.range(0, 130).filter(i -> i % 3 == 0).mapToObj(i -> "r" + i).toList();
        assertEquals(expected, List.copyOf(held), "in the model's order, across the three words");
        assertEquals(Set.copyOf(expected), held);
        assertEquals(Set.copyOf(expected).hashCode(), held.hashCode());
        assertTrue(held.contains("r129"));
        assertFalse(held.contains("r128"), "declared, not held");
        assertFalse(held.contains("cash"), "held by no role of his");
        assertFalse(held.contains("unknown"));
        assertFalse(held.contains(Integer.valueOf(0)));
        assertThrows(UnsupportedOperationException.class, () -> held.add("r1"));
        assertThrows(UnsupportedOperationException.class, () -> held.remove("r0"));
        assertThrows(UnsupportedOperationException.class, held::clear);
        var iterator = held.iterator();
        iterator.next();
        assertThrows(UnsupportedOperationException.class, iterator::remove);
        assertEquals(44, held.size());
    }

    private Right right(String id) {
        Right right = F.createRight();
        right.setRightId(id);
        model.getRights().add(right);
        return right;
    }

    private Role role(String name, Right... rights) {
        Role role = F.createRole();
        role.setName(name);
        for (Right right : rights) {
            RightGrant grant = F.createRightGrant();
            grant.setRight(right);
            role.getGrants().add(grant);
        }
        model.getRoles().add(role);
        return role;
    }

    private Group group(String name, Role... roles) {
        Group group = F.createGroup();
        group.setName(name);
        for (Role role : roles) {
            group.getRoleAssignments().add(assignment(role));
        }
        model.getGroups().add(group);
        return group;
    }

    private User user(String id, Role... roles) {
        User user = F.createUser();
        user.setId(id);
        user.setLogin(id);
        for (Role role : roles) {
            user.getRoleAssignments().add(assignment(role));
        }
        model.getUsers().add(user);
        return user;
    }

    private static void member(User user, Group group) {
        Membership membership = F.createMembership();
        membership.setGroup(group);
        user.getMemberships().add(membership);
    }

    private static RoleAssignment assignment(Role role) {
        RoleAssignment assignment = F.createRoleAssignment();
        assignment.setRole(role);
        return assignment;
    }
}

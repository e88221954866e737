package org.castellan.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.castellan.model.CastellanFactory;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Membership;
import org.castellan.model.Principal;
import org.castellan.model.Right;
import org.castellan.model.RightGrant;
import org.castellan.model.Role;
import org.castellan.model.RoleAssignment;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.SecurityRules;

/**
 * Brings a user's or a group's roles, and a user's groups, to a wanted set: grants kept keep
 * their date, new ones are dated {@code now}. Names that do not exist are refused before
 * anything changes.
 */
public final class Assignments {

    private Assignments() {
    }

    public static void setRoles(Installation model, Principal principal, Set<String> roleNames, Date now) throws AccountException {
        for (String name : roleNames) {
            Lookups.role(model, name);
        }
        principal.getRoleAssignments().removeIf(a -> !roleNames.contains(a.getRole().getName()));
        for (String name : roleNames) {
            if (principal.getRoleAssignments().stream().noneMatch(a -> a.getRole().getName().equals(name))) {
                principal.getRoleAssignments().add(assignment(Lookups.role(model, name), now));
            }
        }
    }

    public static void setGroups(Installation model, User user, Set<String> groupNames, Date now) throws AccountException {
        for (String name : groupNames) {
            Lookups.group(model, name);
        }
        user.getMemberships().removeIf(m -> !groupNames.contains(m.getGroup().getName()));
        for (String name : groupNames) {
            if (user.getMemberships().stream().noneMatch(m -> m.getGroup().getName().equals(name))) {
                user.getMemberships().add(membership(Lookups.group(model, name), now));
            }
        }
    }

    /** Gives a role exactly these rights (ids the installation knows); grants kept keep their date. */
    public static void setRights(Installation model, Role role, Collection<String> rightIds, Date now) throws AccountException {
        List<Right> wanted = new ArrayList<>();
        for (String rightId : rightIds) {
            wanted.add(SecurityRules.right(model, rightId));
        }
        role.getGrants().removeIf(g -> !rightIds.contains(g.getRight().getRightId()));
        for (Right right : wanted) {
            if (role.getGrants().stream().noneMatch(g -> g.getRight() == right)) {
                role.getGrants().add(grant(right, now));
            }
        }
    }

    static RightGrant grant(Right right, Date now) {
        RightGrant grant = CastellanFactory.eINSTANCE.createRightGrant();
        grant.setRight(right);
        grant.setGrantedAt(now);
        return grant;
    }

    static RoleAssignment assignment(Role role, Date now) {
        RoleAssignment assignment = CastellanFactory.eINSTANCE.createRoleAssignment();
        assignment.setRole(role);
        assignment.setGrantedAt(now);
        return assignment;
    }

    static Membership membership(Group group, Date now) {
        Membership membership = CastellanFactory.eINSTANCE.createMembership();
        membership.setGroup(group);
        membership.setGrantedAt(now);
        return membership;
    }
}

package org.castellan.security.internal;

import java.util.Date;
import java.util.Set;

import org.castellan.model.CastellanFactory;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Membership;
import org.castellan.model.Principal;
import org.castellan.model.Role;
import org.castellan.model.RoleAssignment;
import org.castellan.model.User;
import org.castellan.security.AccountException;

/**
 * Brings a user's or a group's roles, and a user's groups, to a wanted set: grants kept keep
 * their date, new ones are dated {@code now}. Names that do not exist are refused before
 * anything changes.
 */
final class Assignments {

    private Assignments() {
    }

    static void setRoles(Installation model, Principal principal, Set<String> roleNames, Date now) throws AccountException {
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

    static void setGroups(Installation model, User user, Set<String> groupNames, Date now) throws AccountException {
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

package org.castellan.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Right;
import org.castellan.model.RoleAssignment;
import org.castellan.model.User;
import org.castellan.security.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The rule that the built-in guest never holds a right marked administrative, and how he would
 * hold one: the administration services refuse a change that adds such a way, and editors ask
 * the same question of what they are about to save.
 * <p>
 * Roles and groups are known by name; a disabled guest (guest access off) counts as holding the
 * rights of his roles, so that turning guest access on gives him nothing administrative.
 *
 * @since 0.1
 */
public final class GuestRights {

    private GuestRights() {
    }

    /**
     * One way the guest holds an administrative right.
     *
     * @param rightId    the right
     * @param rightLabel its name as administrators see it
     * @param role       the role that gives it
     * @param group      the group that gives the role, or null when the guest holds the role himself
     */
    public record Way(String rightId, String rightLabel, String role, String group) {

        public Way {
            Objects.requireNonNull(rightId);
            Objects.requireNonNull(rightLabel);
            Objects.requireNonNull(role);
        }

        /** The refusal: the right, how it comes, and what to remove. */
        public String message() {
            return group == null ? NLS.bind(Messages.guestAdministrativeByRole, rightLabel, role)
                    : NLS.bind(Messages.guestAdministrativeByGroup, new Object[] { rightLabel, role, group });
        }
    }

    /**
     * Every way a guest with these roles and groups would hold an administrative right, his own
     * roles first, each in the order given.
     *
     * @param roles          the guest's roles
     * @param groups         the guest's groups
     * @param rightsOfRole   by role: the right ids it holds
     * @param rolesOfGroup   by group: the roles it gives its members
     * @param administrative by administrative right id: its name as administrators see it
     */
    public static List<Way> ways(Collection<String> roles, Collection<String> groups, Map<String, ? extends Collection<String>> rightsOfRole,
            Map<String, ? extends Collection<String>> rolesOfGroup, Map<String, String> administrative) {
        List<Way> ways = new ArrayList<>();
        for (String role : roles) {
            addWays(ways, role, null, rightsOfRole, administrative);
        }
        for (String group : groups) {
            for (String role : named(rolesOfGroup, group)) {
                addWays(ways, role, group, rightsOfRole, administrative);
            }
        }
        return ways;
    }

    private static void addWays(List<Way> ways, String role, String group, Map<String, ? extends Collection<String>> rightsOfRole,
            Map<String, String> administrative) {
        for (String right : named(rightsOfRole, role)) {
            String label = administrative.get(right);
            if (label != null) {
                ways.add(new Way(right, label, role, group));
            }
        }
    }

    private static Collection<String> named(Map<String, ? extends Collection<String>> byName, String name) {
        Collection<String> found = byName.get(name);
        return found == null ? List.of() : found;
    }

    /** Every way the installation's guest holds an administrative right; none when it has no guest. */
    public static List<Way> ways(Installation model) {
        User guest = model.getUsers().stream().filter(User::isGuest).findFirst().orElse(null);
        if (guest == null) {
            return List.of();
        }
        Map<String, List<String>> rightsOfRole = new LinkedHashMap<>();
        model.getRoles().forEach(role -> rightsOfRole.put(role.getName(), role.getGrants().stream().map(g -> g.getRight().getRightId()).toList()));
        Map<String, List<String>> rolesOfGroup = new LinkedHashMap<>();
        model.getGroups().forEach(group -> rolesOfGroup.put(group.getName(), roleNames(group.getRoleAssignments())));
        Map<String, String> administrative = new LinkedHashMap<>();
        for (Right right : model.getRights()) {
            if (right.isAdministrative()) {
                administrative.put(right.getRightId(), right.getLabel() == null ? right.getRightId() : right.getLabel());
            }
        }
        List<String> groups = guest.getMemberships().stream().map(m -> m.getGroup()).map(Group::getName).toList();
        return ways(roleNames(guest.getRoleAssignments()), groups, rightsOfRole, rolesOfGroup, administrative);
    }

    private static List<String> roleNames(List<RoleAssignment> assignments) {
        return assignments.stream().map(a -> a.getRole().getName()).toList();
    }
}

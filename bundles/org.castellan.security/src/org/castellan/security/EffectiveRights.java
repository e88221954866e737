package org.castellan.security;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Membership;
import org.castellan.model.Principal;
import org.castellan.model.Right;
import org.castellan.model.RightGrant;
import org.castellan.model.Role;
import org.castellan.model.RoleAssignment;
import org.castellan.model.User;

/**
 * The rights each user holds, compiled once from a model: the union of the rights of the roles
 * given to the user and of the roles given to the user's groups. A disabled user holds none.
 * <p>
 * A check is two hash lookups and a bit test, never a query, so it can guard every function a
 * host runs. The snapshot is immutable: compile a new one after the model changes.
 *
 * @since 0.1
 */
public final class EffectiveRights {

    private final List<String> rightIds;
    private final Map<String, Integer> bitOfRight;
    private final Map<String, long[]> bitsOfUser;

    private EffectiveRights(List<String> rightIds, Map<String, Integer> bitOfRight, Map<String, long[]> bitsOfUser) {
        this.rightIds = rightIds;
        this.bitOfRight = bitOfRight;
        this.bitsOfUser = bitsOfUser;
    }

    /** Compiles the rights of every user of a model (users are known by their id). */
    public static EffectiveRights compile(Installation model) {
        List<Right> rights = model.getRights();
        Map<String, Integer> bitOfRight = new HashMap<>(rights.size() * 2);
        Map<Right, Integer> bitOfObject = new IdentityHashMap<>(rights.size());
        for (int i = 0; i < rights.size(); i++) {
            bitOfRight.put(rights.get(i).getRightId(), i);
            bitOfObject.put(rights.get(i), i);
        }
        int words = (rights.size() + 63) >>> 6;
        Map<Role, long[]> roleBits = new IdentityHashMap<>();
        for (Role role : model.getRoles()) {
            long[] bits = new long[words];
            for (RightGrant grant : role.getGrants()) {
                Integer bit = bitOfObject.get(grant.getRight());
                if (bit != null) {
                    bits[bit >>> 6] |= 1L << bit;
                }
            }
            roleBits.put(role, bits);
        }
        Map<Group, long[]> groupBits = new IdentityHashMap<>();
        for (Group group : model.getGroups()) {
            groupBits.put(group, rolesOf(group, roleBits, words));
        }
        Map<String, long[]> bitsOfUser = new HashMap<>(model.getUsers().size() * 2);
        for (User user : model.getUsers()) {
            long[] bits = user.isEnabled() ? rolesOf(user, roleBits, words) : new long[words];
            if (user.isEnabled()) {
                for (Membership membership : user.getMemberships()) {
                    or(bits, groupBits.get(membership.getGroup()));
                }
            }
            bitsOfUser.put(user.getId(), bits);
        }
        return new EffectiveRights(rights.stream().map(Right::getRightId).toList(), bitOfRight, bitsOfUser);
    }

    private static long[] rolesOf(Principal principal, Map<Role, long[]> roleBits, int words) {
        long[] bits = new long[words];
        for (RoleAssignment assignment : principal.getRoleAssignments()) {
            or(bits, roleBits.get(assignment.getRole()));
        }
        return bits;
    }

    private static void or(long[] into, long[] from) {
        if (from != null) {
            for (int i = 0; i < into.length; i++) {
                into[i] |= from[i];
            }
        }
    }

    /** Whether the user holds the right; false for an unknown user or right. */
    public boolean hasRight(String userId, String rightId) {
        long[] bits = bitsOfUser.get(userId);
        Integer bit = bitOfRight.get(rightId);
        return bits != null && bit != null && (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    /** Every right the user holds, in the model's order. */
    public Set<String> rightsOf(String userId) {
        long[] bits = bitsOfUser.get(userId);
        if (bits == null) {
            return Set.of();
        }
        Set<String> held = new LinkedHashSet<>();
        for (int i = 0; i < rightIds.size(); i++) {
            if ((bits[i >>> 6] & (1L << i)) != 0) {
                held.add(rightIds.get(i));
            }
        }
        return Collections.unmodifiableSet(held);
    }
}

package org.castellan.security;

import java.util.AbstractSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.castellan.model.Company;
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
    /** Company codes, upper case, of the users limited to some companies; a user not here works in every one. */
    private final Map<String, Set<String>> worksIn;
    /** The same for administration: a user not here is a global administrator. */
    private final Map<String, Set<String>> administers;
    /** The authorization level of each enabled user. */
    private final Map<String, Integer> levels;

    private EffectiveRights(List<String> rightIds, Map<String, Integer> bitOfRight, Map<String, long[]> bitsOfUser,
            Map<String, Set<String>> worksIn, Map<String, Set<String>> administers, Map<String, Integer> levels) {
        this.rightIds = rightIds;
        this.bitOfRight = bitOfRight;
        this.bitsOfUser = bitsOfUser;
        this.worksIn = worksIn;
        this.administers = administers;
        this.levels = levels;
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
        Map<String, Set<String>> worksIn = new HashMap<>();
        Map<String, Set<String>> administers = new HashMap<>();
        Map<String, Integer> levels = new HashMap<>(model.getUsers().size() * 2);
        for (User user : model.getUsers()) {
            if (!user.getCompanies().isEmpty()) {
                worksIn.put(user.getId(), codes(user.getCompanies()));
            }
            if (!user.getAdministeredCompanies().isEmpty()) {
                administers.put(user.getId(), codes(user.getAdministeredCompanies()));
            }
            long[] bits = user.isEnabled() ? rolesOf(user, roleBits, words) : new long[words];
            if (user.isEnabled()) {
                levels.put(user.getId(), user.getAuthorizationLevel());
                for (Membership membership : user.getMemberships()) {
                    or(bits, groupBits.get(membership.getGroup()));
                }
            }
            bitsOfUser.put(user.getId(), bits);
        }
        return new EffectiveRights(rights.stream().map(Right::getRightId).toList(), bitOfRight, bitsOfUser, worksIn, administers, levels);
    }

    private static Set<String> codes(List<Company> companies) {
        return companies.stream().map(c -> normalCode(c.getCode())).collect(Collectors.toUnmodifiableSet());
    }

    /** Company codes compare without letter case. */
    private static String normalCode(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
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

    /** Whether a known user may work in the company; see {@link AccessControl#mayWorkIn}. */
    public boolean mayWorkIn(String userId, String companyCode) {
        Set<String> limited = worksIn.get(userId);
        return bitsOfUser.containsKey(userId) && companyCode != null && (limited == null || limited.contains(normalCode(companyCode)));
    }

    /** Whether a known user's administration reaches the company; see {@link AccessControl#administersCompany}. */
    public boolean administersCompany(String userId, String companyCode) {
        Set<String> limited = administers.get(userId);
        return bitsOfUser.containsKey(userId) && (limited == null || companyCode != null && limited.contains(normalCode(companyCode)));
    }

    /** The authorization level of an enabled user; empty for a disabled or unknown one. */
    public OptionalInt authorizationLevel(String userId) {
        Integer level = levels.get(userId);
        return level == null ? OptionalInt.empty() : OptionalInt.of(level);
    }

    /**
     * Every right the user holds, in the model's order: a read-only view of the snapshot's bits,
     * made in constant time (the decision API asks it once per request; copying a clerk's 500
     * rights into a new set cost more than the rest of the check).
     */
    public Set<String> rightsOf(String userId) {
        long[] bits = bitsOfUser.get(userId);
        return bits == null ? Set.of() : new HeldRights(bits);
    }

    /** The rights whose bit is set, as an unmodifiable set; the bits never change once compiled. */
    private final class HeldRights extends AbstractSet<String> {
        private final long[] bits;
        private int size = -1;

        HeldRights(long[] bits) {
            this.bits = bits;
        }

        @Override
        public boolean contains(Object right) {
            Integer bit = right instanceof String id ? bitOfRight.get(id) : null;
            return bit != null && (bits[bit >>> 6] & (1L << bit)) != 0;
        }

        @Override
        public int size() {
            if (size < 0) {
                int count = 0;
                for (long word : bits) {
                    count += Long.bitCount(word);
                }
                size = count;
            }
            return size;
        }

        @Override
        public Iterator<String> iterator() {
            return new Iterator<>() {
                private int next = following(0);

                private int following(int from) {
                    for (int i = from; i < rightIds.size(); i++) {
                        if ((bits[i >>> 6] & (1L << i)) != 0) {
                            return i;
                        }
                    }
                    return -1;
                }

                @Override
                public boolean hasNext() {
                    return next >= 0;
                }

                @Override
                public String next() {
                    if (next < 0) {
                        throw new NoSuchElementException();
                    }
                    String right = rightIds.get(next);
                    next = following(next + 1);
                    return right;
                }
            };
        }
    }
}

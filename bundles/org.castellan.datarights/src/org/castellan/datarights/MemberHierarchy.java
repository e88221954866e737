package org.castellan.datarights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.castellan.model.Dimension;
import org.castellan.model.Member;

/**
 * The members of one dimension as loaded, by unique name: each member's parent and level (0 for
 * the top members). Immutable; a model reload compiles a new one.
 * <p>
 * A hierarchy compiled from the store's member rows holds only the members data rights name and
 * those above them (a dimension may have millions); it answers for any other member by asking the
 * store for its line of ancestors once ({@link Builder#othersFrom}).
 *
 * @since 0.1
 */
public final class MemberHierarchy {

    private final Map<String, Integer> indexOf;
    private final int[] parent;
    private final byte[] level;
    private final String[] names;
    /** The line of a member not held here, self first (empty: no such member); null when every member is held. */
    private final Function<String, List<String>> others;
    private final Map<String, List<String>> othersSeen = new ConcurrentHashMap<>();

    /** How many lines of other members are kept: a host asking for every member does not fill the memory. */
    private static final int OTHERS_KEPT = 100_000;

    private MemberHierarchy(Map<String, Integer> indexOf, int[] parent, byte[] level, String[] names, Function<String, List<String>> others) {
        this.indexOf = indexOf;
        this.parent = parent;
        this.level = level;
        this.names = names;
        this.others = others;
    }

    /** The line of a member not held here, self first; empty for a member the dimension does not have. */
    private List<String> other(String uniqueName) {
        if (others == null) {
            return List.of();
        }
        List<String> seen = othersSeen.get(uniqueName);
        if (seen != null) {
            return seen;
        }
        List<String> line = List.copyOf(others.apply(uniqueName));
        if (othersSeen.size() < OTHERS_KEPT) {
            othersSeen.put(uniqueName, line);
        }
        return line;
    }

    /** The members of a dimension of the model. */
    public static MemberHierarchy of(Dimension dimension) {
        Builder builder = new Builder();
        for (Member member : dimension.getMembers()) {
            add(builder, member, null);
        }
        return builder.build();
    }

    private static void add(Builder builder, Member member, String parent) {
        builder.member(member.getUniqueName(), parent);
        for (Member child : member.getChildren()) {
            add(builder, child, member.getUniqueName());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether a member of this unique name is loaded. */
    public boolean contains(String uniqueName) {
        return indexOf.containsKey(uniqueName) || !other(uniqueName).isEmpty();
    }

    /** The member's level (0 at the top), empty for a unique name that is not loaded. */
    public OptionalInt levelOf(String uniqueName) {
        Integer index = indexOf.get(uniqueName);
        if (index == null) {
            List<String> line = other(uniqueName);
            return line.isEmpty() ? OptionalInt.empty() : OptionalInt.of(line.size() - 1);
        }
        return OptionalInt.of(level[index]);
    }

    /** The number of members held here (for a hierarchy compiled from the store: those data rights name and those above them). */
    public int size() {
        return names.length;
    }

    /** The unique names of the member and of its ancestors, the member first; empty for an unknown name. */
    public List<String> ancestorsOrSelf(String uniqueName) {
        Integer index = indexOf.get(uniqueName);
        if (index == null) {
            return other(uniqueName);
        }
        List<String> chain = new ArrayList<>();
        for (int at = index == null ? -1 : index; at >= 0; at = parent[at]) {
            chain.add(names[at]);
        }
        return chain;
    }

    /** Whether the member or one of its ancestors is among the names (an unknown name only if listed itself). */
    boolean underAny(String uniqueName, java.util.Set<String> roots) {
        if (roots.isEmpty()) {
            return false;
        }
        if (roots.contains(uniqueName)) {
            return true;
        }
        Integer index = indexOf.get(uniqueName);
        if (index == null) {
            return other(uniqueName).stream().anyMatch(roots::contains);
        }
        for (int at = parent[index]; at >= 0; at = parent[at]) {
            if (roots.contains(names[at])) {
                return true;
            }
        }
        return false;
    }

    /** Members as a host loads them: a parent before its children. */
    public static final class Builder {
        private final Map<String, Integer> indexOf = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private int[] parent = new int[64];
        private byte[] level = new byte[64];
        private Function<String, List<String>> others;

        private Builder() {
        }

        /**
         * Where the hierarchy finds a member it was not given: the member's unique name and those
         * of its ancestors, self first, or an empty list for a member the dimension does not have.
         * Asked once per member (a line found is kept).
         *
         * @since 0.1
         */
        public Builder othersFrom(Function<String, List<String>> lineOf) {
            this.others = lineOf;
            return this;
        }

        /**
         * Adds a member below a parent already added (null at the top). A unique name added twice
         * keeps its first place.
         */
        public Builder member(String uniqueName, String parentUniqueName) {
            if (indexOf.containsKey(uniqueName)) {
                return this;
            }
            Integer parentIndex = parentUniqueName == null ? null : indexOf.get(parentUniqueName);
            if (parentUniqueName != null && parentIndex == null) {
                throw new IllegalArgumentException("Add the parent " + parentUniqueName + " before " + uniqueName); //$NON-NLS-1$ //$NON-NLS-2$
            }
            int at = names.size();
            if (at == parent.length) {
                parent = java.util.Arrays.copyOf(parent, at * 2);
                level = java.util.Arrays.copyOf(level, at * 2);
            }
            names.add(uniqueName);
            indexOf.put(uniqueName, at);
            parent[at] = parentIndex == null ? -1 : parentIndex;
            level[at] = parentIndex == null ? 0 : (byte) (level[parentIndex] + 1);
            return this;
        }

        public MemberHierarchy build() {
            int n = names.size();
            return new MemberHierarchy(Map.copyOf(indexOf), java.util.Arrays.copyOf(parent, n), java.util.Arrays.copyOf(level, n),
                    names.toArray(String[]::new), others);
        }
    }
}

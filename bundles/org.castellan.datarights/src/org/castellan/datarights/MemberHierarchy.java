package org.castellan.datarights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.castellan.model.Dimension;
import org.castellan.model.Member;

/**
 * The members of one dimension as loaded, by unique name: each member's parent and level (0 for
 * the top members). Immutable; a model reload compiles a new one.
 *
 * @since 0.1
 */
public final class MemberHierarchy {

    private final Map<String, Integer> indexOf;
    private final int[] parent;
    private final byte[] level;
    private final String[] names;

    private MemberHierarchy(Map<String, Integer> indexOf, int[] parent, byte[] level, String[] names) {
        this.indexOf = indexOf;
        this.parent = parent;
        this.level = level;
        this.names = names;
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
        return indexOf.containsKey(uniqueName);
    }

    /** The member's level (0 at the top), empty for a unique name that is not loaded. */
    public OptionalInt levelOf(String uniqueName) {
        Integer index = indexOf.get(uniqueName);
        return index == null ? OptionalInt.empty() : OptionalInt.of(level[index]);
    }

    /** The number of members loaded. */
    public int size() {
        return names.length;
    }

    /** The unique names of the member and of its ancestors, the member first; empty for an unknown name. */
    public List<String> ancestorsOrSelf(String uniqueName) {
        Integer index = indexOf.get(uniqueName);
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
        for (int at = index == null ? -1 : parent[index]; at >= 0; at = parent[at]) {
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

        private Builder() {
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
                    names.toArray(String[]::new));
        }
    }
}

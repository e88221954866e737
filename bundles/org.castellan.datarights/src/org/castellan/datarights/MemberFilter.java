package org.castellan.datarights;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which members of one dimension a user may see, kept compact: no expansion into the members
 * below a selection.
 * <ul>
 * <li>{@link #everything()}: the dimension is allowed without a member filter;</li>
 * <li>{@link #subtrees()}: members selected with the eraser option; each one means itself and
 * everything below it, including members added after the grant;</li>
 * <li>{@link #members()}: members selected one by one; each means itself only;</li>
 * <li>{@link #unknown()}: the unique names of either set that the loaded model does not have (typed
 * before a reload, or gone): they are kept, flagged, and match only a member of that very name
 * once it is loaded.</li>
 * </ul>
 * An empty filter that is not {@code everything} allows no member.
 *
 * @since 0.1
 */
public final class MemberFilter {

    private final MemberHierarchy hierarchy;
    private final boolean everything;
    private final Set<String> subtrees;
    private final Set<String> members;

    MemberFilter(MemberHierarchy hierarchy, boolean everything, Set<String> subtrees, Set<String> members) {
        this.hierarchy = Objects.requireNonNull(hierarchy);
        this.everything = everything;
        this.subtrees = everything ? Set.of() : Set.copyOf(subtrees);
        Set<String> exact = new HashSet<>();
        if (!everything) {
            for (String member : members) {
                if (!hierarchy.underAny(member, this.subtrees)) {
                    exact.add(member);
                }
            }
        }
        this.members = Set.copyOf(exact);
    }

    static MemberFilter everything(MemberHierarchy hierarchy) {
        return new MemberFilter(hierarchy, true, Set.of(), Set.of());
    }

    static MemberFilter nothing(MemberHierarchy hierarchy) {
        return new MemberFilter(hierarchy, false, Set.of(), Set.of());
    }

    public boolean everything() {
        return everything;
    }

    /** Whether no member at all is allowed. */
    public boolean nothing() {
        return !everything && subtrees.isEmpty() && members.isEmpty();
    }

    public Set<String> subtrees() {
        return subtrees;
    }

    public Set<String> members() {
        return members;
    }

    /** The selected unique names the loaded model does not have, sorted. */
    public Set<String> unknown() {
        Set<String> unknown = new TreeSet<>();
        for (String name : subtrees) {
            if (!hierarchy.contains(name)) {
                unknown.add(name);
            }
        }
        for (String name : members) {
            if (!hierarchy.contains(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    /** The hierarchy the filter was computed on (for a member's level). */
    public MemberHierarchy hierarchy() {
        return hierarchy;
    }

    /** Whether the member (by unique name) is allowed. */
    public boolean allows(String uniqueName) {
        return everything || members.contains(uniqueName) || hierarchy.underAny(uniqueName, subtrees);
    }

    /** What both filters allow, still compact (least privilege across roles). */
    public MemberFilter and(MemberFilter other) {
        if (everything) {
            return other;
        }
        if (other.everything) {
            return this;
        }
        Set<String> roots = new HashSet<>();
        for (String root : subtrees) {
            if (hierarchy.underAny(root, other.subtrees)) {
                roots.add(root);
            }
        }
        for (String root : other.subtrees) {
            if (hierarchy.underAny(root, subtrees)) {
                roots.add(root);
            }
        }
        Set<String> exact = new HashSet<>();
        for (String member : members) {
            if (other.allows(member)) {
                exact.add(member);
            }
        }
        for (String member : other.members) {
            if (allows(member)) {
                exact.add(member);
            }
        }
        return new MemberFilter(hierarchy, false, roots, exact);
    }

    @Override
    public String toString() {
        return everything ? "everything" : "subtrees " + new TreeSet<>(subtrees) + ", members " + new TreeSet<>(members); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}

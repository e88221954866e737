package org.castellan.security;

import java.util.Set;

/**
 * What the directory says of a domain user's Castellan groups: {@code managed} are the groups the
 * directory's group mapping names (their membership follows the directory), {@code held} those of
 * them he belongs to. Groups that no mapping names are left as administrators set them.
 *
 * @since 0.1
 */
public record DomainGroups(Set<String> managed, Set<String> held) {

    public DomainGroups {
        managed = Set.copyOf(managed);
        held = Set.copyOf(held);
        if (!managed.containsAll(held)) {
            throw new IllegalArgumentException("held groups must be managed ones: " + held); //$NON-NLS-1$
        }
    }

    /** Nothing managed: the user's groups are left as they are. */
    public static final DomainGroups NONE = new DomainGroups(Set.of(), Set.of());
}

package org.castellan.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A predefined role declared by a bundle through the extension point
 * {@code org.castellan.security.rights}: created in every installation, copied but never deleted
 * by administrators.
 *
 * @param id          stable identifier of the contribution (kept with the role)
 * @param name        name given to the role when it is created
 * @param description what the role is for
 * @param allRights   whether the role holds every right except {@code excepted}
 * @param granted     the rights the role holds when not {@code allRights}
 * @param excepted    the rights an {@code allRights} role does not hold
 * @param contributor symbolic name of the declaring bundle
 *
 * @since 0.1
 */
public record RoleContribution(String id, String name, String description, boolean allRights, Set<String> granted,
        Set<String> excepted, String contributor) {

    public RoleContribution {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        granted = Set.copyOf(granted);
        excepted = Set.copyOf(excepted);
    }

    /** The rights of this role among those an installation knows, in the order given. */
    public Set<String> rightsAmong(Collection<String> known) {
        Set<String> held = new LinkedHashSet<>();
        for (String right : known) {
            if (allRights ? !excepted.contains(right) : granted.contains(right)) {
                held.add(right);
            }
        }
        return held;
    }
}

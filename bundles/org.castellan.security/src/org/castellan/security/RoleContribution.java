package org.castellan.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A predefined role declared by a bundle through the extension point
 * {@code org.castellan.security.rights}: created in every installation, copied but never deleted
 * by administrators.
 *
 * @param id          stable identifier of the contribution (kept with the role)
 * @param name        name given to the role when it is created
 * @param description what the role is for
 * @param allRights   whether the role holds every right except {@code excepted} and the
 *                    administrative ones
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

    /** The rights of this role among those an installation knows, in the order given, none of them administrative. */
    public Set<String> rightsAmong(Collection<String> known) {
        return rightsAmong(known, right -> false);
    }

    /**
     * The rights of this role among those an installation knows, in the order given. An
     * {@code allRights} role never holds an administrative right: it is the guest's kind of role,
     * and administration is given by name only.
     *
     * @param administrative which of the known rights administer the installation
     * @since 0.1
     */
    public Set<String> rightsAmong(Collection<String> known, Predicate<String> administrative) {
        Set<String> held = new LinkedHashSet<>();
        for (String right : known) {
            if (allRights ? !excepted.contains(right) && !administrative.test(right) : granted.contains(right)) {
                held.add(right);
            }
        }
        return held;
    }
}

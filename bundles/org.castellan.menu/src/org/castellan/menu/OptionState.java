package org.castellan.menu;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A menu option with the values in force on this installation.
 *
 * @param option           the option as its bundle declares it
 * @param level            the minimum level in force (the override, else the declared one)
 * @param askPassword      whether the supervisor's password is asked (the override, else the declared one)
 * @param overridden       whether an administrator changed it
 * @param available        whether it exists on this installation (its scope, versions and editions)
 * @param rights           the rights in force (the override, else the declared ones) that a user must all hold
 * @param undeclaredRights those of {@code rights} no installed bundle declares: while there is one,
 *                         nobody may open the option (it fails closed until an administrator corrects it)
 *
 * @since 0.1
 */
public record OptionState(MenuOption option, int level, boolean askPassword, boolean overridden, boolean available, List<String> rights,
        List<String> undeclaredRights) {

    public OptionState {
        Objects.requireNonNull(option);
        rights = List.copyOf(rights);
        undeclaredRights = List.copyOf(undeclaredRights);
    }

    /** An option the level alone decides. */
    public OptionState(MenuOption option, int level, boolean askPassword, boolean overridden, boolean available) {
        this(option, level, askPassword, overridden, available, List.of(), List.of());
    }

    /** Whether a user of that level holding those rights may see and open it. */
    public boolean allows(int userLevel, Set<String> heldRights) {
        return available && level <= userLevel && undeclaredRights.isEmpty() && heldRights.containsAll(rights);
    }

    /** Whether a user of that level who holds no right may see and open it. */
    public boolean allows(int userLevel) {
        return allows(userLevel, Set.of());
    }

    /** The rights in force the user lacks, in their order. */
    public List<String> missingRights(Set<String> heldRights) {
        return rights.stream().filter(right -> !heldRights.contains(right)).toList();
    }
}

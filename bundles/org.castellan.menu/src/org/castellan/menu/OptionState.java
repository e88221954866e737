package org.castellan.menu;

import java.util.Objects;

/**
 * A menu option with the values in force on this installation.
 *
 * @param option      the option as its bundle declares it
 * @param level       the minimum level in force (the override, else the declared one)
 * @param askPassword whether the supervisor's password is asked (the override, else the declared one)
 * @param overridden  whether an administrator changed it
 * @param available   whether it exists on this installation (its scope, versions and editions)
 *
 * @since 0.1
 */
public record OptionState(MenuOption option, int level, boolean askPassword, boolean overridden, boolean available) {

    public OptionState {
        Objects.requireNonNull(option);
    }

    /** Whether a user of that level may see and open it. */
    public boolean allows(int userLevel) {
        return available && level <= userLevel;
    }
}

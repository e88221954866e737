package org.castellan.menu;

import java.util.Objects;

/**
 * What an administrator sets for one option in the Main menu definition.
 *
 * @param optionId    the option
 * @param level       the new minimum level, 0 to 9
 * @param askPassword whether the supervisor's password is asked
 * @param details     the order, description, versions and scope set in expert mode, or null to keep
 *                    the declared ones
 *
 * @since 0.1
 */
public record LevelChange(String optionId, int level, boolean askPassword, OptionDetails details) {

    public LevelChange {
        Objects.requireNonNull(optionId);
    }

    /** A change of the level and ask password only. */
    public LevelChange(String optionId, int level, boolean askPassword) {
        this(optionId, level, askPassword, null);
    }
}

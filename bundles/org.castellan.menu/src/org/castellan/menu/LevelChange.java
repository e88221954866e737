package org.castellan.menu;

import java.util.Objects;

/**
 * What an administrator sets for one option in the Main menu definition.
 *
 * @param optionId    the option
 * @param level       the new minimum level, 0 to 9
 * @param askPassword whether the supervisor's password is asked
 *
 * @since 0.1
 */
public record LevelChange(String optionId, int level, boolean askPassword) {

    public LevelChange {
        Objects.requireNonNull(optionId);
    }
}

package org.castellan.menu;

import java.util.List;
import java.util.Objects;

/**
 * What an administrator sets for one option in the Main menu definition.
 *
 * @param optionId    the option
 * @param level       the new minimum level, 0 to 9
 * @param askPassword whether the supervisor's password is asked
 * @param details     the order, description, versions and scope set in expert mode, or null to keep
 *                    the declared ones
 * @param rights      the rights a user must hold besides the level, or null to keep the declared ones
 *
 * @since 0.1
 */
public record LevelChange(String optionId, int level, boolean askPassword, OptionDetails details, List<String> rights) {

    public LevelChange {
        Objects.requireNonNull(optionId);
        rights = rights == null ? null : List.copyOf(rights);
    }

    /** A change that keeps the declared rights. */
    public LevelChange(String optionId, int level, boolean askPassword, OptionDetails details) {
        this(optionId, level, askPassword, details, null);
    }

    /** A change of the level and ask password only. */
    public LevelChange(String optionId, int level, boolean askPassword) {
        this(optionId, level, askPassword, null, null);
    }

    /** The same change requiring these rights (null: the declared ones). */
    public LevelChange withRights(List<String> newRights) {
        return new LevelChange(optionId, level, askPassword, details, newRights);
    }
}

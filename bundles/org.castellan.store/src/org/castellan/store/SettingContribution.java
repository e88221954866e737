package org.castellan.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * What a concern registers as an OSGi service to describe the settings it reads, so that every
 * setting can be seen and changed by administrators (Installation Settings, {@code castellan
 * settings}) and none is left that only SQL can change.
 *
 * @since 0.1
 */
public interface SettingContribution {

    /** The settings this concern reads. */
    List<SettingDescriptor> settings();

    /**
     * Called in the change's transaction once some of this concern's settings were written, for a
     * concern that keeps a revision its readers follow (the menu) to move it on.
     *
     * @param keys the keys written, all of them this contribution's
     */
    default void written(Transaction tx, Set<String> keys) throws SQLException {
        // most concerns read their settings afresh in each transaction
    }
}

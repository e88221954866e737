package org.castellan.datarights;

import java.util.Objects;

import org.castellan.model.PermissionLevel;

/**
 * One grant an explanation names: the level given on an object to the user himself or to one of
 * his groups.
 *
 * @param objectId      the object the grant is set on
 * @param objectName    its name
 * @param principalId   the user or group given the level
 * @param principalName the user's login or the group's name
 * @param throughGroup  whether the grant reaches the user through a group
 * @param level         the level given
 *
 * @since 0.1
 */
public record AppliedGrant(String objectId, String objectName, String principalId, String principalName,
        boolean throughGroup, PermissionLevel level) {

    public AppliedGrant {
        Objects.requireNonNull(objectId);
        Objects.requireNonNull(objectName);
        Objects.requireNonNull(principalId);
        Objects.requireNonNull(principalName);
        Objects.requireNonNull(level);
    }
}

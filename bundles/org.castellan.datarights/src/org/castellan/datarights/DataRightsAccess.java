package org.castellan.datarights;

import java.util.List;

import org.castellan.model.PermissionLevel;

/**
 * What host applications ask (Declarative Services): a user's level on an object, why, the tree he
 * sees, and what he may see of a data model. Answers come from snapshots compiled from the
 * installation's model ({@link ObjectPermissions}, {@link EffectiveDataRights}), rebuilt after a
 * change is published on this workstation, never a query per check.
 *
 * @since 0.1
 */
public interface DataRightsAccess {

    PermissionLevel level(String userId, String objectId);

    PermissionExplanation explain(String userId, String objectId);

    List<VisibleObject> visibleTree(String userId);

    ModelFilter filter(String userId, String modelId);

    /** The filter as a parameterised SQL predicate over the host's star schema. */
    default SqlPredicate predicate(String userId, String modelId, StarSchema schema) throws DataRightsException {
        return SqlPredicate.of(filter(userId, modelId), schema);
    }

    /** The model's problems an administrator should fix (cycles, grants on deleted models), as messages. */
    List<String> problems();
}

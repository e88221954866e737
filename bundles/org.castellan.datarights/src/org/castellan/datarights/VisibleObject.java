package org.castellan.datarights;

import java.util.Objects;
import java.util.Optional;

import org.castellan.model.PermissionLevel;

/**
 * One line of the tree a user sees, in tree order (a parent before its children).
 *
 * @param id        the object
 * @param name      its name
 * @param parentId  its parent, empty at the top
 * @param level     the user's effective level on it; {@link PermissionLevel#NO_ACCESS} for a
 *                  name-only line
 * @param nameOnly  true for a folder the user may not open, shown only because something below it
 *                  is visible to him (rights set on that object decide even under No access)
 *
 * @since 0.1
 */
public record VisibleObject(String id, String name, Optional<String> parentId, PermissionLevel level, boolean nameOnly) {

    public VisibleObject {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(parentId);
        Objects.requireNonNull(level);
    }
}

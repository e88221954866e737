package org.castellan.menu;

import java.util.List;
import java.util.Objects;

/**
 * A role as a central's menu package carries it to its centres.
 *
 * @param name        the role's name
 * @param description its description, or null
 * @param rights      the ids of the rights it grants, sorted
 *
 * @since 0.1
 */
public record PackagedRole(String name, String description, List<String> rights) {

    public PackagedRole {
        Objects.requireNonNull(name);
        rights = List.copyOf(rights);
    }
}

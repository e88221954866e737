package org.castellan.security;

import java.util.Objects;

/**
 * A right declared by a bundle through the extension point {@code org.castellan.security.rights}.
 *
 * @param id          stable identifier, as stored in the installation
 * @param label       name shown to administrators, in the workbench's language
 * @param category    heading the right is listed under (the category's label)
 * @param description what the right allows
 * @param contributor    symbolic name of the declaring bundle
 * @param administrative whether the right administers the installation (its {@code administrative}
 *                       attribute): the built-in guest never holds it, and an {@code allRights}
 *                       role leaves it out
 *
 * @since 0.1
 */
public record RightContribution(String id, String label, String category, String description, String contributor, boolean administrative) {

    public RightContribution {
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        Objects.requireNonNull(contributor);
    }

    /** A right that does not administer the installation. */
    public RightContribution(String id, String label, String category, String description, String contributor) {
        this(id, label, category, description, contributor, false);
    }
}

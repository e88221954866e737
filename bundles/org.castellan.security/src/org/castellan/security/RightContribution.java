package org.castellan.security;

import java.util.Objects;

/**
 * A right declared by a bundle through the extension point {@code org.castellan.security.rights}.
 *
 * @param id          stable identifier, as stored in the installation
 * @param label       name shown to administrators, in the workbench's language
 * @param category    heading the right is listed under (the category's label)
 * @param description what the right allows
 * @param contributor symbolic name of the declaring bundle
 *
 * @since 0.1
 */
public record RightContribution(String id, String label, String category, String description, String contributor) {

    public RightContribution {
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        Objects.requireNonNull(contributor);
    }
}

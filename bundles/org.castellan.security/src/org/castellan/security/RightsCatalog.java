package org.castellan.security;

import java.util.List;
import java.util.Optional;

/**
 * The rights and predefined roles the installed bundles declare (extension point
 * {@code org.castellan.security.rights}), following bundles as they are installed and uninstalled.
 *
 * @since 0.1
 */
public interface RightsCatalog {

    /** Identifier of the predefined role of administrators, declared by this bundle. */
    String ADMINISTRATOR_ROLE = "org.castellan.security.role.administrator"; //$NON-NLS-1$

    /** Identifier of the predefined role of the guest, declared by this bundle. */
    String GUEST_ROLE = "org.castellan.security.role.guest"; //$NON-NLS-1$

    List<RightContribution> rights();

    List<RoleContribution> roles();

    default Optional<RightContribution> right(String id) {
        return rights().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Whether an installed bundle declares this right; a stored right no bundle declares any more
     * (its bundle was uninstalled) is kept and shown as unknown.
     */
    default boolean isDeclared(String rightId) {
        return right(rightId).isPresent();
    }
}

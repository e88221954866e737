package org.castellan.app.session;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.castellan.security.AuthenticatedUser;
import org.castellan.store.StoreMode;

/**
 * Who is logged in to which installation, for as long as the workbench runs.
 * <p>
 * The application registers one instance as an OSGi service (class name
 * {@code org.castellan.app.session.WorkbenchSession}) after the login and unregisters it on exit,
 * together with the {@code CastellanStore} service. Views and handlers get it like any service:
 * {@code getSite().getService(WorkbenchSession.class)} in a 3.x part (the workbench's contexts end
 * in the OSGi service registry), {@code @Inject @Service} in an e4 part, or a {@code ServiceTracker}
 * in headless code. There is at most one at a time.
 *
 * @param installationName the name given to the installation at its first start
 * @param folder           the installation folder on this workstation; empty for a client of a shared installation
 * @param mode             how this workstation reaches the database
 * @param schemaVersion    the schema version of the database, after migration
 * @param user             the logged-in user
 *
 * @since 0.1
 */
public record WorkbenchSession(String installationName, Optional<Path> folder, StoreMode mode, int schemaVersion,
        AuthenticatedUser user) {

    public WorkbenchSession {
        Objects.requireNonNull(installationName);
        Objects.requireNonNull(folder);
        Objects.requireNonNull(mode);
        Objects.requireNonNull(user);
    }
}

package org.castellan.app.internal.flow;

import java.util.Objects;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.security.AuthenticatedUser;

/**
 * The outcome of a successful start: the installation worked on (a published store, or the server
 * of a client workstation), its name and the user who logged in (or was just created). Closing it
 * closes the installation.
 */
public record LoggedIn(Installation installation, String installationName, AuthenticatedUser user) implements AutoCloseable {

    public LoggedIn {
        Objects.requireNonNull(installation);
        Objects.requireNonNull(installationName);
        Objects.requireNonNull(user);
    }

    /**
     * The store opened on this workstation.
     *
     * @throws IllegalStateException on a client workstation, which opens none
     */
    public PublishedStore store() {
        if (installation instanceof PublishedStore published) {
            return published;
        }
        throw new IllegalStateException("a client workstation opens no store"); //$NON-NLS-1$
    }

    /** Publishes the {@link WorkbenchSession} service for the workbench's views. */
    public WorkbenchSession publishSession() {
        return installation.publishSession(installationName, user);
    }

    @Override
    public void close() {
        installation.close();
    }
}

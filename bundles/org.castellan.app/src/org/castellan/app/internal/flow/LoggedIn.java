package org.castellan.app.internal.flow;

import java.util.Objects;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.security.AuthenticatedUser;

/**
 * The outcome of a successful start: the published store, the installation's name and the user
 * who logged in (or was just created). Closing it closes the store.
 */
public record LoggedIn(PublishedStore store, String installationName, AuthenticatedUser user) implements AutoCloseable {

    public LoggedIn {
        Objects.requireNonNull(store);
        Objects.requireNonNull(installationName);
        Objects.requireNonNull(user);
    }

    /** Publishes the {@link WorkbenchSession} service for the workbench's views. */
    public WorkbenchSession publishSession() {
        return store.publishSession(installationName, user);
    }

    @Override
    public void close() {
        store.close();
    }
}

package org.castellan.app.internal.flow;

import org.castellan.app.internal.StartupException;
import org.castellan.app.session.WorkbenchSession;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;

/**
 * The installation the workbench works on, as the startup and the log-out see it: an open store
 * on this workstation ({@link PublishedStore}), or the Castellan server of an enrolled client
 * workstation ({@link ServedInstallation}). Closing it ends what it opened.
 */
public interface Installation extends AutoCloseable {

    /** What checks a login and a password change. */
    AccountService accounts() throws StartupException;

    /** Publishes who is logged in; replaces an earlier session. */
    WorkbenchSession publishSession(String installationName, AuthenticatedUser user);

    /** The user logged out, before the next login is asked: what was his alone ends now. */
    default void loggedOut(AuthenticatedUser user) {
        // a local store keeps nothing per user
    }

    @Override
    void close();
}

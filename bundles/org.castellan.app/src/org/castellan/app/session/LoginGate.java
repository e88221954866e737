package org.castellan.app.session;

import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.swt.widgets.Shell;

/**
 * A last word on a login whose password was accepted, registered as an OSGi service by a bundle
 * that has one (the session registry's UI: a ban on new logins). The Login dialog asks it before
 * it closes; the log-out and the exit tell it the session ended.
 *
 * @since 0.1
 */
public interface LoginGate {

    /**
     * Called on the UI thread once the password was accepted, before the workbench is the user's.
     * May ask the user (a security administrator may force or lift a ban) over {@code shell}.
     *
     * @throws AccountException to refuse the login; its message is shown in the Login dialog
     */
    void admit(Shell shell, AuthenticatedUser user) throws AccountException;

    /** The user logged out; called before the next login is asked. */
    void loggedOut(AuthenticatedUser user);

    /**
     * Posted by a gate (OSGi EventAdmin) when the session it admitted moved to another company
     * without a new login ("Switch Company…"): the window title follows it.
     *
     * @since 0.1
     */
    String TOPIC_COMPANY_CHANGED = "org/castellan/app/session/COMPANY_CHANGED"; //$NON-NLS-1$

    /**
     * The company the admitted session works in, its name, as the window title shows it;
     * empty when the installation has none or nobody is admitted.
     *
     * @since 0.1
     */
    default Optional<String> company() {
        return Optional.empty();
    }
}

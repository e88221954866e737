package org.castellan.sessions.ui.internal;

import java.util.Optional;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.security.AuthenticatedUser;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionRegistry;
import org.castellan.ui.Services;
import org.eclipse.osgi.util.NLS;

/** The session registry, the logged-in user and his own session, looked up at each use (log-outs replace them). */
final class SessionsServices {

    private SessionsServices() {
    }

    static SessionRegistry registry() {
        return Services.find(SessionRegistry.class).orElseThrow(() -> new IllegalStateException(onClient() ? Messages.notServedOnClient
                : NLS.bind(Messages.serviceMissing, ""))); //$NON-NLS-1$
    }

    /**
     * Whether this workbench works on an enrolled client workstation (no installation folder here),
     * whose sessions the server keeps: its registry is not published on the client.
     */
    private static boolean onClient() {
        return Services.find(WorkbenchSession.class).map(session -> session.folder().isEmpty()).orElse(false);
    }

    static AuthenticatedUser currentUser() {
        return Services.find(WorkbenchSession.class).map(WorkbenchSession::user).orElseThrow(() -> new IllegalStateException(Messages.serviceMissing));
    }

    /** This workbench's own session in the registry. */
    static Optional<SessionInfo> ownSession() {
        return Services.find(WorkbenchSessionGate.class).flatMap(WorkbenchSessionGate::session);
    }
}

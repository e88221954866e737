package org.castellan.sessions.ui.internal;

import java.util.Optional;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.security.AuthenticatedUser;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionRegistry;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The session registry, the logged-in user and his own session, looked up at each use (log-outs replace them). */
final class SessionsServices {

    private SessionsServices() {
    }

    static SessionRegistry registry() {
        return find(SessionRegistry.class).orElseThrow(() -> new IllegalStateException(NLS.bind(Messages.serviceMissing, "")));
    }

    static AuthenticatedUser currentUser() {
        return find(WorkbenchSession.class).map(WorkbenchSession::user).orElseThrow(() -> new IllegalStateException(Messages.serviceMissing));
    }

    /** This workbench's own session in the registry. */
    static Optional<SessionInfo> ownSession() {
        return find(WorkbenchSessionGate.class).flatMap(WorkbenchSessionGate::session);
    }

    private static <T> Optional<T> find(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(SessionsServices.class).getBundleContext();
        ServiceReference<T> reference = context == null ? null : context.getServiceReference(type);
        return Optional.ofNullable(reference == null ? null : context.getService(reference));
    }
}

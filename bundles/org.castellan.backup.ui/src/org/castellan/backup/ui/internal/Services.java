package org.castellan.backup.ui.internal;

import java.util.Optional;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.backup.BackupService;
import org.castellan.security.AuthenticatedUser;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The backup service and the logged-in user, looked up at each use (a log-out replaces the session). */
final class Services {

    private Services() {
    }

    static Optional<BackupService> backup() {
        return lookup(BackupService.class);
    }

    static Optional<AuthenticatedUser> user() {
        return lookup(WorkbenchSession.class).map(WorkbenchSession::user);
    }

    static <T> Optional<T> lookup(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceReference<T> reference = context == null ? null : context.getServiceReference(type);
        return Optional.ofNullable(reference == null ? null : context.getService(reference));
    }
}

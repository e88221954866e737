package org.castellan.audit.ui.internal;

import java.util.Optional;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.audit.AuditJournal;
import org.castellan.audit.AuditReports;
import org.castellan.security.AuthenticatedUser;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The audit services and the logged-in user, looked up at each use (a log-out replaces them). */
final class AuditServices {

    private AuditServices() {
    }

    static AuditReports reports() {
        return find(AuditReports.class).orElseThrow(() -> new IllegalStateException(Messages.serviceMissing));
    }

    static AuditJournal journal() {
        return find(AuditJournal.class).orElseThrow(() -> new IllegalStateException(Messages.serviceMissing));
    }

    static AuthenticatedUser currentUser() {
        return find(WorkbenchSession.class).map(WorkbenchSession::user).orElseThrow(() -> new IllegalStateException(Messages.serviceMissing));
    }

    private static <T> Optional<T> find(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(AuditServices.class).getBundleContext();
        ServiceReference<T> reference = context == null ? null : context.getServiceReference(type);
        return Optional.ofNullable(reference == null ? null : context.getService(reference));
    }
}

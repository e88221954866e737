package org.castellan.security.ui.internal;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The security services and the logged-in user, looked up in the OSGi registry at each use: the
 * session is replaced when someone logs out and another user logs in.
 */
public final class SecurityServices {

    private SecurityServices() {
    }

    /** The running service of that type; a missing one means a broken installation, said in the message. */
    public static <T> T get(Class<T> type) {
        // Services of the platform's own bundles stay for the session; the reference count is harmless.
        return find(type).orElseThrow(() -> new IllegalStateException(NLS.bind(Messages.serviceMissing, type.getSimpleName())));
    }

    /** The running service of that type, if its bundle is installed. */
    public static <T> java.util.Optional<T> find(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(SecurityServices.class).getBundleContext();
        ServiceReference<T> reference = context == null ? null : context.getServiceReference(type);
        return java.util.Optional.ofNullable(reference == null ? null : context.getService(reference));
    }

    /** Who is logged in to this workbench. */
    public static AuthenticatedUser currentUser() {
        return get(WorkbenchSession.class).user();
    }
}

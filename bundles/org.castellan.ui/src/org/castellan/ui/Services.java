package org.castellan.ui;

import java.util.Optional;

import org.castellan.ui.internal.Activator;
import org.castellan.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The OSGi services of Castellan (the concerns' Declarative Services components, the workbench
 * session) for its UI bundles, asked for at each use: a log-out replaces the session, and a
 * service may come and go. Each type is followed by a service tracker that drops a service when it
 * is unregistered and releases them all when this bundle stops, so that no caller holds or
 * releases a reference by hand. Works from any thread, and before the workbench runs (the Login
 * dialog).
 *
 * @since 0.1
 */
public final class Services {

    private Services() {
    }

    /** The running service of that type (the highest ranked), if any. */
    public static <S> Optional<S> find(Class<S> type) {
        return Optional.ofNullable(Activator.service(type));
    }

    /**
     * The running service of that type.
     *
     * @throws IllegalStateException when none runs, which means a broken installation; the message
     *                               names the service and says what to do
     */
    public static <S> S get(Class<S> type) {
        return find(type).orElseThrow(() -> new IllegalStateException(NLS.bind(Messages.serviceMissing, type.getSimpleName())));
    }
}

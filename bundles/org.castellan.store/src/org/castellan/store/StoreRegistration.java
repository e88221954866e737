package org.castellan.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * An open store published as the {@link CastellanStore} OSGi service, so that the Declarative
 * Services components of every concern (the security services first) bind to it. Every Eclipse
 * application of Castellan publishes its store this way (the workbench, the command line).
 * <p>
 * Services obtained through {@link #awaitService} stay in use until {@link #close}, which releases
 * them, unregisters the store and closes it.
 *
 * @since 0.1
 */
public final class StoreRegistration implements AutoCloseable {

    private final BundleContext context;
    private final CastellanStore store;
    private final ServiceRegistration<CastellanStore> registration;
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    private boolean closed;

    private StoreRegistration(BundleContext context, CastellanStore store, ServiceRegistration<CastellanStore> registration) {
        this.context = context;
        this.store = store;
        this.registration = registration;
    }

    /** Registers the store as the {@link CastellanStore} service; the caller gives up closing it. */
    public static StoreRegistration publish(BundleContext context, CastellanStore store) {
        Objects.requireNonNull(context);
        Objects.requireNonNull(store);
        return new StoreRegistration(context, store, context.registerService(CastellanStore.class, store, null));
    }

    public CastellanStore store() {
        return store;
    }

    /**
     * A service bound to this store, waiting at most {@code timeout} for Declarative Services to
     * activate it. It stays in use (so DS keeps its component active) until {@link #close}.
     *
     * @return empty if it did not appear in time (its bundle is missing or failed to start)
     * @throws InterruptedException if the wait was interrupted
     */
    public synchronized <S> Optional<S> awaitService(Class<S> type, Duration timeout) throws InterruptedException {
        if (closed) {
            throw new IllegalStateException("the store was closed"); //$NON-NLS-1$
        }
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.add(tracker);
        return Optional.ofNullable(tracker.waitForService(timeout.toMillis()));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        trackers.forEach(ServiceTracker::close);
        trackers.clear();
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            // already gone with its bundle
        }
        store.close();
    }
}

package org.castellan.ui.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Keeps one {@link ServiceTracker} per service type the UI bundles ask for (see
 * {@code org.castellan.ui.Services}), and closes them, releasing every service they hold, when the
 * bundle stops.
 */
public final class Activator implements BundleActivator {

    private static volatile Activator running;

    private final Map<String, ServiceTracker<?, ?>> trackers = new ConcurrentHashMap<>();
    private BundleContext context;

    @Override
    public void start(BundleContext bundleContext) {
        context = bundleContext;
        running = this;
    }

    @Override
    public void stop(BundleContext bundleContext) {
        running = null;
        trackers.values().forEach(ServiceTracker::close);
        trackers.clear();
    }

    /** The tracked service of that type, or null when none is registered or the bundle is not running. */
    public static <S> S service(Class<S> type) {
        Activator activator = running;
        if (activator == null) {
            return null;
        }
        ServiceTracker<?, ?> tracker = activator.trackers.get(type.getName());
        if (tracker == null) {
            // Opened outside the map: getting a service may activate a component that asks for another one.
            ServiceTracker<S, S> opened = new ServiceTracker<>(activator.context, type, null);
            opened.open();
            tracker = activator.trackers.putIfAbsent(type.getName(), opened);
            if (tracker == null) {
                tracker = opened;
            } else {
                opened.close(); // another thread was first
            }
        }
        return type.cast(tracker.getService());
    }
}

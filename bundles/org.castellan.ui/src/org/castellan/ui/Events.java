package org.castellan.ui;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Objects;

import org.eclipse.swt.widgets.Control;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * How a view follows the concerns' EventAdmin events: a handler registered on the whiteboard for
 * as long as the view's control lives.
 *
 * @since 0.1
 */
public final class Events {

    private Events() {
    }

    /**
     * Runs {@code refresh} on the control's UI thread after every event on the topics (EventAdmin
     * delivers on its own thread), until the control is disposed.
     *
     * @param topics EventAdmin topics, {@code *} allowed at the end ({@code org/castellan/security/*})
     */
    public static void refreshOn(Control control, Runnable refresh, String... topics) {
        Objects.requireNonNull(refresh);
        BundleContext context = FrameworkUtil.getBundle(Events.class).getBundleContext();
        if (context == null) {
            return; // stopping: nothing will be posted to a view anymore
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, topics.clone());
        ServiceRegistration<EventHandler> registration = context.registerService(EventHandler.class, event -> {
            if (!control.isDisposed()) {
                control.getDisplay().asyncExec(() -> {
                    if (!control.isDisposed()) {
                        refresh.run();
                    }
                });
            }
        }, properties);
        control.addDisposeListener(e -> {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // this bundle stopped first and took the registration with it
            }
        });
    }
}

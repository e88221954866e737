package org.castellan.store;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;

/**
 * How every concern makes one of its changes known: journaled in the change's own transaction
 * (when the installation has a {@link ChangeJournal}), then posted on EventAdmin once that
 * transaction has committed (when an EventAdmin runs; headless programs may have none). A journal
 * that cannot be written fails the change, so no change goes unjournaled and no event announces a
 * change that rolled back.
 *
 * @since 0.1
 */
public final class JournaledEvents {

    private JournaledEvents() {
    }

    /** Journals in {@code tx} and posts after its commit; null property values are left out. */
    public static void publish(CastellanStore store, Transaction tx, Supplier<EventAdmin> admin, String topic, Map<String, ?> properties)
            throws StoreException {
        Map<String, Object> map = new HashMap<>();
        properties.forEach((name, value) -> {
            if (value != null && !EventConstants.EVENT_TOPIC.equals(name)) {
                map.put(name, value);
            }
        });
        if (store.journal().isPresent()) {
            store.journal().get().record(tx, topic, map);
        }
        tx.afterCommit(() -> {
            EventAdmin events = admin.get();
            if (events != null) {
                events.postEvent(new Event(topic, map));
            }
        });
    }

    /** The same, with properties given as alternating names and values. */
    public static void publish(CastellanStore store, Transaction tx, Supplier<EventAdmin> admin, String topic, Object... properties)
            throws StoreException {
        publish(store, tx, admin, topic, pairs(properties));
    }

    /** The same for an event, its topic and properties. */
    public static void publish(CastellanStore store, Transaction tx, Supplier<EventAdmin> admin, Event event) throws StoreException {
        Map<String, Object> map = new HashMap<>();
        for (String name : event.getPropertyNames()) {
            map.put(name, event.getProperty(name));
        }
        publish(store, tx, admin, event.getTopic(), map);
    }

    /** Names and values alternating, as a map (a value may be null: it is left out when published). */
    public static Map<String, Object> pairs(Object... properties) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i + 1 < properties.length; i += 2) {
            map.put((String) properties[i], properties[i + 1]);
        }
        return map;
    }
}

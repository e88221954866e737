package org.castellan.security.internal;

import java.util.HashMap;
import java.util.Map;

import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * How the security services make a change known: journaled in the change's own transaction (when
 * the installation has a journal), then posted on EventAdmin once that transaction has committed
 * (when an EventAdmin runs; headless tests may have none). A journal that cannot be written fails
 * the change: no change goes unjournaled. Public in this x-internal package for the other
 * concerns' services (data rights), which publish the same way.
 */
public final class EventPublisher {

    private EventPublisher() {
    }

    /** Journals in {@code tx} and posts after its commit; {@code properties} alternate names and values, null values left out. */
    public static void publish(CastellanStore store, Transaction tx, EventAdmin admin, String topic, Object... properties) throws StoreException {
        Map<String, Object> map = properties(properties);
        if (store.journal().isPresent()) {
            store.journal().get().record(tx, topic, map);
        }
        tx.afterCommit(() -> post(admin, topic, map));
    }

    /** Publishes an event that changes nothing else (a refused login) in a transaction of its own. */
    public static void publishAlone(CastellanStore store, EventAdmin admin, String topic, Object... properties) throws StoreException {
        store.inTransaction(tx -> {
            publish(store, tx, admin, topic, properties);
            return null;
        });
    }

    private static Map<String, Object> properties(Object... properties) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i + 1 < properties.length; i += 2) {
            if (properties[i + 1] != null) {
                map.put((String) properties[i], properties[i + 1]);
            }
        }
        return map;
    }

    private static void post(EventAdmin admin, String topic, Map<String, Object> properties) {
        if (admin != null) {
            admin.postEvent(new Event(topic, properties));
        }
    }
}

package org.castellan.security.internal;

import org.castellan.store.CastellanStore;
import org.castellan.store.JournaledEvents;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.osgi.service.event.EventAdmin;

/**
 * How the security services make a change known: journaled in the change's own transaction (when
 * the installation has a journal), then posted on EventAdmin once that transaction has committed
 * (when an EventAdmin runs; headless tests may have none). A journal that cannot be written fails
 * the change: no change goes unjournaled.
 */
final class EventPublisher {

    private EventPublisher() {
    }

    /** Journals in {@code tx} and posts after its commit; {@code properties} alternate names and values, null values left out. */
    static void publish(CastellanStore store, Transaction tx, EventAdmin admin, String topic, Object... properties) throws StoreException {
        JournaledEvents.publish(store, tx, () -> admin, topic, properties);
    }

    /** Publishes an event that changes nothing else (a refused login) in a transaction of its own. */
    static void publishAlone(CastellanStore store, EventAdmin admin, String topic, Object... properties) throws StoreException {
        store.inTransaction(tx -> {
            publish(store, tx, admin, topic, properties);
            return null;
        });
    }
}

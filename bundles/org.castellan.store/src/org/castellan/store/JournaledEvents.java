package org.castellan.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
        publishAll(store, tx, admin, List.of(new ChangeJournal.Entry(topic, properties)));
    }

    /**
     * Journals the changes of one transaction in it, at once, then posts each after its commit, in
     * order: how a change that makes many (a configuration applied) journals them.
     *
     * @since 0.1
     */
    public static void publishAll(CastellanStore store, Transaction tx, Supplier<EventAdmin> admin, List<ChangeJournal.Entry> entries)
            throws StoreException {
        List<ChangeJournal.Entry> journaled = new ArrayList<>(entries.size());
        for (ChangeJournal.Entry entry : entries) {
            Map<String, Object> map = new HashMap<>();
            entry.properties().forEach((name, value) -> {
                if (value != null && !EventConstants.EVENT_TOPIC.equals(name)) {
                    map.put(name, value);
                }
            });
            journaled.add(new ChangeJournal.Entry(entry.topic(), map));
        }
        if (store.journal().isPresent()) {
            store.journal().get().recordAll(tx, journaled);
        }
        tx.afterCommit(() -> {
            EventAdmin events = admin.get();
            if (events != null) {
                for (ChangeJournal.Entry entry : journaled) {
                    events.postEvent(new Event(entry.topic(), entry.properties()));
                }
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

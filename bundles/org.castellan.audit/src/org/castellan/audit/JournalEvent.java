package org.castellan.audit;

import java.util.Map;
import java.util.Objects;

/**
 * An event to journal with {@link AuditJournal#recordAll}: its topic and properties, as
 * published on EventAdmin.
 *
 * @since 0.1
 */
public record JournalEvent(String topic, Map<String, ?> properties) {

    public JournalEvent {
        Objects.requireNonNull(topic);
        properties = Map.copyOf(properties);
    }
}

package org.castellan.security.internal;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Posts the security services' events when an EventAdmin is there (headless tests may have none). */
final class EventPublisher {

    private EventPublisher() {
    }

    /** Posts asynchronously; {@code properties} alternate names and values, null values are left out. */
    static void post(EventAdmin admin, String topic, Object... properties) {
        if (admin == null) {
            return;
        }
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i + 1 < properties.length; i += 2) {
            if (properties[i + 1] != null) {
                map.put((String) properties[i], properties[i + 1]);
            }
        }
        admin.postEvent(new Event(topic, map));
    }
}

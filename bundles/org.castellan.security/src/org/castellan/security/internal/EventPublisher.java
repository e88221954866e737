package org.castellan.security.internal;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Posts the security services' events when an EventAdmin is there (headless tests may have none). */
final class EventPublisher {

    private volatile EventAdmin eventAdmin;

    void bind(EventAdmin admin) {
        eventAdmin = admin;
    }

    void unbind(EventAdmin admin) {
        if (eventAdmin == admin) {
            eventAdmin = null;
        }
    }

    /** Posts asynchronously; {@code properties} alternate names and values, null values are left out. */
    void post(String topic, Object... properties) {
        EventAdmin admin = eventAdmin;
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

package org.castellan.config.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.castellan.config.ConfigurationAsCode;
import org.castellan.config.ConfigurationChange;
import org.castellan.config.ConfigurationChange.Kind;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.GroupAdministration;
import org.castellan.security.RoleAdministration;
import org.castellan.security.UserAdministration;
import org.castellan.store.CastellanStore;
import org.castellan.store.ChangeJournal;
import org.castellan.store.JournaledEvents;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.osgi.service.event.EventAdmin;

/**
 * Journals what applying a configuration changed, in its transaction: each change of a company,
 * role, group or user on the topic its service uses (the data-rights', the settings' and the menu's
 * services journal their own), with the fields before and after, then the whole on
 * {@value ConfigurationAsCode#TOPIC_APPLIED}.
 */
final class AppliedChangesJournal {

    /** What the events' {@code change} property says, per kind: made by configuration as code. */
    private static final String ADDED = "added by configuration"; //$NON-NLS-1$
    private static final String CHANGED = "changed by configuration"; //$NON-NLS-1$
    private static final String REMOVED = "removed by configuration"; //$NON-NLS-1$

    private final CastellanStore store;
    private final Transaction tx;
    private final Supplier<EventAdmin> events;
    private final String actor;
    private final long timestamp;
    private final List<ChangeJournal.Entry> entries = new ArrayList<>();

    AppliedChangesJournal(CastellanStore store, Transaction tx, Supplier<EventAdmin> events, String actor, long timestamp) {
        this.store = store;
        this.tx = tx;
        this.events = events;
        this.actor = actor;
        this.timestamp = timestamp;
    }

    void record(List<ConfigurationChange> changes, String digest) throws StoreException {
        int added = 0;
        int removed = 0;
        for (ConfigurationChange change : changes) {
            added += change.kind() == Kind.ADD ? 1 : 0;
            removed += change.kind() == Kind.REMOVE ? 1 : 0;
            recordOne(change);
        }
        publish(ConfigurationAsCode.TOPIC_APPLIED, "digest", digest, "added", added, "changed", changes.size() - added - removed, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "removed", removed); //$NON-NLS-1$
        // at once: one append to the journal's chain for the whole change, however many users it creates
        JournaledEvents.publishAll(store, tx, events, entries);
    }

    private void recordOne(ConfigurationChange change) {
        String what = switch (change.kind()) {
        case ADD -> ADDED;
        case CHANGE -> CHANGED;
        case REMOVE -> REMOVED;
        };
        String[] before = lines(change, true);
        String[] after = lines(change, false);
        switch (Section.of(change.section()).orElseThrow()) {
        case COMPANIES -> publish(CompanyAdministration.TOPIC_COMPANY_CHANGED, "company", change.key(), "change", what, "before", before, "after", after); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        case ROLES -> publish(RoleAdministration.TOPIC_ROLE_CHANGED, "role", change.key(), "change", what, "before", before, "after", after); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        case GROUPS -> publish(GroupAdministration.TOPIC_GROUP_CHANGED, "group", change.key(), "change", what, "before", before, "after", after); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        case USERS -> publish(change.kind() == Kind.ADD ? UserAdministration.TOPIC_USER_CREATED : UserAdministration.TOPIC_USER_CHANGED, "login", //$NON-NLS-1$
                change.key(), "change", what, "before", before, "after", after); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        case PERMISSIONS, DATA_RIGHTS, DIRECTORY_GROUPS, MENU, SETTINGS -> {
            // journaled by the data-rights', the directory's, the menu's and the settings' services, which made them
        }
        }
    }

    /** The fields of a change as the journal shows them: "name: value" lines. */
    private static String[] lines(ConfigurationChange change, boolean before) {
        List<String> lines = new ArrayList<>();
        for (ConfigurationChange.Field field : change.fields()) {
            List<String> values = before ? field.before() : field.after();
            if (!values.isEmpty()) {
                lines.add(field.name() + ": " + String.join(", ", values)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return lines.toArray(String[]::new);
    }

    private void publish(String topic, Object... properties) {
        Map<String, Object> map = JournaledEvents.pairs(properties);
        map.put("actor", actor); //$NON-NLS-1$
        map.put("timestamp", timestamp); //$NON-NLS-1$
        entries.add(new ChangeJournal.Entry(topic, map));
    }
}

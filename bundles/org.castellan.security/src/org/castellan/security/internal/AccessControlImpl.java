package org.castellan.security.internal;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;

import org.castellan.security.SecurityRevision;
import org.castellan.security.AccessControl;
import org.castellan.model.CastellanFactory;
import org.castellan.security.EffectiveRights;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * {@link AccessControl} on a snapshot compiled from the installation's model. Checks read the
 * current snapshot without locking; the installation's security revision is read at most once a
 * {@link #REFRESH_INTERVAL_MILLIS}, and a moved revision recompiles the snapshot.
 */
@Component(service = { AccessControl.class, EventHandler.class }, property = EventConstants.EVENT_TOPIC + "=org/castellan/security/*")
public final class AccessControlImpl implements AccessControl, EventHandler {

    private record Snapshot(long revision, EffectiveRights rights, long checkedAt) {
    }

    private final CastellanStore store;
    private final Clock clock;
    private volatile Snapshot snapshot;

    @Activate
    public AccessControlImpl(@Reference CastellanStore store) {
        this(store, Clock.systemUTC());
    }

    /** For headless programs and tests that have a store at hand. */
    public AccessControlImpl(CastellanStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public boolean hasRight(String userId, String rightId) {
        return current().hasRight(userId, rightId);
    }

    @Override
    public Set<String> rightsOf(String userId) {
        return current().rightsOf(userId);
    }

    private EffectiveRights current() {
        Snapshot known = snapshot;
        long now = clock.millis();
        if (known != null && now - known.checkedAt() < REFRESH_INTERVAL_MILLIS) {
            return known.rights();
        }
        synchronized (this) {
            known = snapshot;
            if (known != null && now - known.checkedAt() < REFRESH_INTERVAL_MILLIS) {
                return known.rights();
            }
            snapshot = refreshed(known, now);
            return snapshot.rights();
        }
    }

    private Snapshot refreshed(Snapshot known, long now) {
        try {
            // The revision alone is one small read; the model is loaded only when it moved.
            long revision = store.inTransaction(SecurityRevision::read);
            if (known != null && known.revision() == revision && revision >= 0) {
                return new Snapshot(revision, known.rights(), now);
            }
            return new Snapshot(revision, EffectiveRights.compile(store.model().load()), now);
        } catch (StoreException e) {
            // The store cannot be read: the last snapshot is kept; without one, nobody holds anything.
            ILog.of(getClass()).error(e.getMessage(), e);
            return known != null ? known : new Snapshot(-1, EffectiveRights.compile(CastellanFactory.eINSTANCE.createInstallation()), now);
        }
    }

    /** A change on this workstation: the next check reads the revision again at once. */
    @Override
    public void handleEvent(Event event) {
        Snapshot known = snapshot;
        if (known != null) {
            snapshot = new Snapshot(known.revision(), known.rights(), Long.MIN_VALUE / 2);
        }
    }
}

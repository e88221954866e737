package org.castellan.security.internal;

import java.time.Clock;
import java.util.OptionalInt;
import java.util.Set;

import org.castellan.security.AccessControl;
import org.castellan.security.EffectiveRights;
import org.castellan.security.RevisionSnapshot;
import org.castellan.store.CastellanStore;
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

    private final RevisionSnapshot<EffectiveRights> snapshot;

    @Activate
    public AccessControlImpl(@Reference CastellanStore store) {
        this(store, Clock.systemUTC());
    }

    /** For headless programs and tests that have a store at hand. */
    public AccessControlImpl(CastellanStore store, Clock clock) {
        snapshot = new RevisionSnapshot<>(store, clock, EffectiveRights::compile, AccessControlImpl.class, false);
    }

    @Override
    public boolean hasRight(String userId, String rightId) {
        return snapshot.current().hasRight(userId, rightId);
    }

    @Override
    public Set<String> rightsOf(String userId) {
        return snapshot.current().rightsOf(userId);
    }

    @Override
    public boolean mayWorkIn(String userId, String companyCode) {
        return snapshot.current().mayWorkIn(userId, companyCode);
    }

    @Override
    public boolean administersCompany(String userId, String companyCode) {
        return snapshot.current().administersCompany(userId, companyCode);
    }

    @Override
    public OptionalInt authorizationLevel(String userId) {
        return snapshot.current().authorizationLevel(userId);
    }

    /** A change on this workstation: the next check reads the revision again at once. */
    @Override
    public void handleEvent(Event event) {
        snapshot.expire();
    }
}

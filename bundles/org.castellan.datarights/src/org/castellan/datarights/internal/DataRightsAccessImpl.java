package org.castellan.datarights.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.castellan.datarights.DataRightsAccess;
import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.EffectiveDataRights;
import org.castellan.datarights.ModelFilter;
import org.castellan.datarights.ObjectPermissions;
import org.castellan.datarights.PermissionExplanation;
import org.castellan.datarights.VisibleObject;
import org.castellan.model.Installation;
import org.castellan.model.PermissionLevel;
import org.castellan.security.RevisionSnapshot;
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
 * {@link DataRightsAccess} on snapshots compiled from the store's model, recompiled when the
 * installation's security revision moved: read again at once after a security or data-rights event
 * on this workstation (users, groups and memberships change levels too), and at most a second
 * later for another workstation's change. A user's data filter is compiled from his part of the
 * model only ({@link OneUserDataRights}) and kept until the revision moves: the first filter after
 * a change costs the same with fifty data rights or fifty thousand users.
 */
@Component(service = { DataRightsAccess.class, EventHandler.class }, property = {
        EventConstants.EVENT_TOPIC + "=org/castellan/security/*", EventConstants.EVENT_TOPIC + "=org/castellan/datarights/*" }) //$NON-NLS-1$ //$NON-NLS-2$
public final class DataRightsAccessImpl implements DataRightsAccess, EventHandler {

    /** What one revision of the whole model compiles to: object permissions, and every problem an administrator should fix. */
    private record Compiled(ObjectPermissions objects, List<String> problems) {
    }

    private final RevisionSnapshot<Compiled> snapshot;
    /** The users' data filters of the current revision, each read and compiled by itself when first asked. */
    private final RevisionSnapshot<Map<String, ModelFilter>> filters;
    private final OneUserDataRights oneUser;

    @Activate
    public DataRightsAccessImpl(@Reference CastellanStore store) {
        this(store, Clock.systemUTC());
    }

    /** For headless programs and tests that have a store at hand. */
    public DataRightsAccessImpl(CastellanStore store, Clock clock) {
        StoredHierarchies members = new StoredHierarchies(store);
        snapshot = new RevisionSnapshot<>(store, clock, model -> compile(model, members), DataRightsAccessImpl.class, true);
        filters = RevisionSnapshot.perRevision(store, clock, ConcurrentHashMap::new, DataRightsAccessImpl.class);
        oneUser = new OneUserDataRights(store, members);
    }

    @Override
    public PermissionLevel level(String userId, String objectId) {
        return current().objects().level(userId, objectId);
    }

    @Override
    public PermissionExplanation explain(String userId, String objectId) {
        return current().objects().explain(userId, objectId);
    }

    @Override
    public List<VisibleObject> visibleTree(String userId) {
        return current().objects().visibleTree(userId);
    }

    @Override
    public ModelFilter filter(String userId, String modelId) {
        Map<String, ModelFilter> known = filters.current();
        String key = userId + '\n' + modelId;
        ModelFilter filter = known.get(key);
        if (filter != null) {
            return filter;
        }
        try {
            filter = oneUser.filter(userId, modelId);
        } catch (StoreException e) {
            // Nothing kept: the next question reads again. Meanwhile the user sees nothing (default deny).
            ILog.of(DataRightsAccessImpl.class).error(e.getMessage(), e);
            return new ModelFilter(modelId, false, Set.of(), Map.of());
        }
        known.put(key, filter);
        return filter;
    }

    @Override
    public List<String> problems() {
        return current().problems();
    }

    /** The snapshot, checked against the installation's security revision (another workstation's change moves it on). */
    private Compiled current() {
        return snapshot.current();
    }

    private static Compiled compile(Installation model, StoredHierarchies members) {
        List<String> problems = new ArrayList<>();
        ObjectPermissions objects;
        try {
            objects = ObjectPermissions.compile(model);
        } catch (DataRightsException e) {
            ILog.of(DataRightsAccessImpl.class).error(e.getMessage(), e);
            problems.add(e.getMessage());
            objects = emptyTree();
        }
        problems.addAll(EffectiveDataRights.compile(model, members).problems());
        return new Compiled(objects, problems);
    }

    private static ObjectPermissions emptyTree() {
        try {
            return ObjectPermissions.builder().build();
        } catch (DataRightsException e) {
            throw new IllegalStateException(e); // an empty tree has nothing to refuse
        }
    }

    /** A change on this workstation: the next question reads the revision again at once. */
    @Override
    public void handleEvent(Event event) {
        snapshot.expire();
        filters.expire();
    }
}

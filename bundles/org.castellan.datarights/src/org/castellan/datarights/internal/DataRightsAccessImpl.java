package org.castellan.datarights.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.castellan.datarights.DataRightsAccess;
import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.EffectiveDataRights;
import org.castellan.datarights.ModelFilter;
import org.castellan.datarights.ObjectPermissions;
import org.castellan.datarights.PermissionExplanation;
import org.castellan.datarights.VisibleObject;
import org.castellan.model.CastellanFactory;
import org.castellan.model.Installation;
import org.castellan.model.PermissionLevel;
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
 * {@link DataRightsAccess} on snapshots compiled from the store's model on first use, dropped when
 * a security or data-rights event arrives (users, groups and memberships change levels too).
 */
@Component(service = { DataRightsAccess.class, EventHandler.class }, property = {
        EventConstants.EVENT_TOPIC + "=org/castellan/security/*", EventConstants.EVENT_TOPIC + "=org/castellan/datarights/*" }) //$NON-NLS-1$ //$NON-NLS-2$
public final class DataRightsAccessImpl implements DataRightsAccess, EventHandler {

    private record Snapshot(ObjectPermissions objects, EffectiveDataRights data, List<String> problems, Map<String, ModelFilter> filters) {
    }

    private final CastellanStore store;
    private volatile Snapshot snapshot;

    @Activate
    public DataRightsAccessImpl(@Reference CastellanStore store) {
        this.store = Objects.requireNonNull(store);
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
        Snapshot known = current();
        return known.filters().computeIfAbsent(userId + '\n' + modelId, key -> known.data().filter(userId, modelId));
    }

    @Override
    public List<String> problems() {
        return current().problems();
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        if (known == null) {
            synchronized (this) {
                known = snapshot;
                if (known == null) {
                    known = compile();
                    snapshot = known;
                }
            }
        }
        return known;
    }

    private Snapshot compile() {
        Installation model;
        try {
            model = store.model().load();
        } catch (StoreException e) {
            // Nothing can be read: nobody sees anything (default deny) until the next change.
            ILog.of(getClass()).error(e.getMessage(), e);
            model = CastellanFactory.eINSTANCE.createInstallation();
        }
        List<String> problems = new ArrayList<>();
        ObjectPermissions objects;
        try {
            objects = ObjectPermissions.compile(model);
        } catch (DataRightsException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
            problems.add(e.getMessage());
            objects = emptyTree();
        }
        EffectiveDataRights data = EffectiveDataRights.compile(model);
        problems.addAll(data.problems());
        return new Snapshot(objects, data, problems, new ConcurrentHashMap<>());
    }

    private static ObjectPermissions emptyTree() {
        try {
            return ObjectPermissions.builder().build();
        } catch (DataRightsException e) {
            throw new IllegalStateException(e); // an empty tree has nothing to refuse
        }
    }

    @Override
    public void handleEvent(Event event) {
        snapshot = null;
    }
}

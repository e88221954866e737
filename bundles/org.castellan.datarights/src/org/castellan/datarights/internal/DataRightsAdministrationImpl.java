package org.castellan.datarights.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.castellan.datarights.DataRightsAdministration;
import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.ObjectPermissions;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Installation;
import org.castellan.model.RepositoryObject;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.EffectiveRights;
import org.castellan.security.internal.SecurityRevision;
import org.castellan.store.CastellanStore;
import org.castellan.store.StaleObjectException;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * {@link DataRightsAdministration} on the installation's store: each change loads the model in its
 * transaction, checks the actor's rights there, writes the data right and its multi-source lock,
 * and commits both or neither.
 */
@Component(service = DataRightsAdministration.class)
public final class DataRightsAdministrationImpl implements DataRightsAdministration {

    private final CastellanStore store;
    private final Clock clock;

    /** Optional: events are posted while an EventAdmin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public DataRightsAdministrationImpl(@Reference CastellanStore store) {
        this(store, Clock.systemUTC());
    }

    /** For headless programs and tests. */
    public DataRightsAdministrationImpl(CastellanStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Transaction tx, Installation model) throws Exception;
    }

    @Override
    public String create(AuthenticatedUser actor, DataRight right) throws DataRightsException {
        checkName(right);
        String id = change(actor, (tx, model) -> {
            checkNameFree(model, right);
            model.getDataRights().add(right);
            store.model().insert(tx, right);
            ModelLocks.lock(tx, right.getId(), modelIds(right));
            return right.getId();
        });
        post(actor, "created", right.getName()); //$NON-NLS-1$
        return id;
    }

    @Override
    public void save(AuthenticatedUser actor, DataRight right) throws DataRightsException {
        checkName(right);
        change(actor, (tx, model) -> {
            if (model.getDataRights().stream().noneMatch(stored -> stored.getId().equals(right.getId()))) {
                throw new DataRightsException(NLS.bind(Messages.Administration_unknownRight, right.getName()));
            }
            checkNameFree(model, right);
            store.model().update(tx, right);
            // Models removed from the right stay locked: only deleting the whole right lifts it.
            ModelLocks.lock(tx, right.getId(), modelIds(right));
            return null;
        });
        post(actor, "saved", right.getName()); //$NON-NLS-1$
    }

    @Override
    public void delete(AuthenticatedUser actor, String dataRightId) throws DataRightsException {
        String name = change(actor, (tx, model) -> {
            DataRight stored = model.getDataRights().stream().filter(r -> r.getId().equals(dataRightId)).findFirst()
                    .orElseThrow(() -> new DataRightsException(NLS.bind(Messages.Administration_unknownRight, dataRightId)));
            store.model().delete(tx, stored);
            ModelLocks.release(tx, dataRightId);
            return stored.getName();
        });
        post(actor, "deleted", name); //$NON-NLS-1$
    }

    @Override
    public void savePermissions(AuthenticatedUser actor, Collection<? extends RepositoryObject> objects) throws DataRightsException {
        change(actor, (tx, model) -> {
            for (RepositoryObject object : objects) {
                store.model().update(tx, object);
            }
            // Read back as written: the stored tree must still compile (no grant to a deleted principal).
            ObjectPermissions.compile(store.model().load(tx));
            return null;
        });
        EventAdmin admin = events;
        if (admin != null && !objects.isEmpty()) {
            admin.postEvent(new Event(PERMISSIONS_TOPIC, Map.of("actor", actor.login(), "objects", //$NON-NLS-1$ //$NON-NLS-2$
                    String.join(", ", objects.stream().map(RepositoryObject::getName).sorted().toList()), "timestamp", clock.millis()))); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Override
    public void checkMultiSourceComponents(Collection<String> modelIds) throws DataRightsException {
        Map<String, Set<String>> locked = lockedModels();
        Map<String, String> names = new HashMap<>();
        try {
            for (DataModel model : store.model().load().getDataModels()) {
                names.put(model.getId(), model.getName());
            }
        } catch (StoreException e) {
            throw new DataRightsException(NLS.bind(Messages.Administration_storeFailed, e.getMessage()), e);
        }
        StringBuilder lines = new StringBuilder();
        for (String modelId : new TreeSet<>(modelIds)) {
            Set<String> rights = locked.get(modelId);
            if (rights != null) {
                if (!lines.isEmpty()) {
                    lines.append('\n');
                }
                lines.append(NLS.bind(Messages.MultiSource_refusedLine, names.getOrDefault(modelId, modelId), String.join("\", \"", rights))); //$NON-NLS-1$
            }
        }
        if (!lines.isEmpty()) {
            throw new DataRightsException(NLS.bind(Messages.MultiSource_refused, lines));
        }
    }

    @Override
    public Map<String, Set<String>> lockedModels() throws DataRightsException {
        try {
            return store.inTransaction(tx -> {
                Map<String, Set<String>> locks = ModelLocks.read(tx);
                Map<String, String> rightNames = new HashMap<>();
                for (DataRight right : store.model().load(tx).getDataRights()) {
                    rightNames.put(right.getId(), right.getName());
                }
                Map<String, Set<String>> byModel = new TreeMap<>();
                locks.forEach((rightId, models) -> {
                    for (String model : models) {
                        byModel.computeIfAbsent(model, key -> new TreeSet<>()).add(rightNames.getOrDefault(rightId, rightId));
                    }
                });
                return byModel;
            });
        } catch (StoreException e) {
            throw new DataRightsException(NLS.bind(Messages.Administration_storeFailed, e.getMessage()), e);
        }
    }

    private static Set<String> modelIds(DataRight right) {
        Set<String> ids = new HashSet<>();
        for (DataModelGrant grant : right.getModelGrants()) {
            if (grant.getModel() != null) {
                ids.add(grant.getModel().getId());
            }
        }
        return ids;
    }

    private static void checkName(DataRight right) throws DataRightsException {
        if (right.getName() == null || right.getName().isBlank()) {
            throw new DataRightsException(Messages.Administration_nameMissing);
        }
    }

    private static void checkNameFree(Installation model, DataRight right) throws DataRightsException {
        String name = right.getName().strip();
        Optional<DataRight> other = model.getDataRights().stream()
                .filter(stored -> !stored.getId().equals(right.getId()) && stored.getName().strip().equalsIgnoreCase(name)).findFirst();
        if (other.isPresent()) {
            throw new DataRightsException(NLS.bind(Messages.Administration_nameTaken, name));
        }
    }

    private <T> T change(AuthenticatedUser actor, Work<T> work) throws DataRightsException {
        try {
            return store.inTransaction(tx -> {
                Installation model = store.model().load(tx);
                EffectiveRights rights = EffectiveRights.compile(model);
                if (actor == null || !(rights.hasRight(actor.id(), ADMINISTER_RIGHT) || rights.hasRight(actor.id(), AccountService.ADMINISTER_RIGHT))) {
                    throw new Refusal(new DataRightsException(Messages.Administration_notAllowed));
                }
                try {
                    T result = work.run(tx, model);
                    // Other workstations notice the change by the installation's security revision.
                    SecurityRevision.advance(tx);
                    return result;
                } catch (DataRightsException e) {
                    throw new Refusal(e);
                } catch (StoreException | java.sql.SQLException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (Refusal r) {
            throw r.refusal;
        } catch (StaleObjectException e) {
            throw new DataRightsException(Messages.Administration_stale, e);
        } catch (StoreException e) {
            throw new DataRightsException(NLS.bind(Messages.Administration_storeFailed, e.getMessage()), e);
        }
    }

    private void post(AuthenticatedUser actor, String change, String name) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(CHANGED_TOPIC, Map.of("actor", actor.login(), "change", change, "name", name, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "timestamp", clock.millis()))); //$NON-NLS-1$
        }
    }

    /** Carries a refusal out of the transaction, which rolls back on any runtime exception. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient DataRightsException refusal;

        Refusal(DataRightsException refusal) {
            super(refusal);
            this.refusal = refusal;
        }
    }
}

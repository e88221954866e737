package org.castellan.datarights.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.castellan.datarights.DataRightsAdministration;
import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.ObjectPermissions;
import org.castellan.model.CastellanFactory;
import org.castellan.model.CastellanPackage;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.Installation;
import org.castellan.model.Member;
import org.castellan.model.ModelParameter;
import org.castellan.model.ObjectPermission;
import org.castellan.model.RepositoryObject;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.SecurityRevision;
import org.castellan.security.SecurityRules;
import org.castellan.store.CastellanStore;
import org.castellan.store.JournaledEvents;
import org.castellan.store.MemberRow;
import org.castellan.store.StaleObjectException;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/**
 * {@link DataRightsAdministration} on the installation's store: each change loads the model in its
 * transaction, checks the actor's rights there, writes the data right and its multi-source lock,
 * and commits both or neither.
 */
@Component(service = DataRightsAdministration.class)
public final class DataRightsAdministrationImpl implements DataRightsAdministration {

    /** The data rights in their stored order (a constant query). */
    private static final String DATA_RIGHT_IDS = "SELECT id FROM data_rights ORDER BY position"; //$NON-NLS-1$
    /** Every data right's name, to find those a new name clashes with (a few hundred at most). */
    private static final String DATA_RIGHT_NAMES = "SELECT id, name FROM data_rights"; //$NON-NLS-1$
    private static final String DATA_MODEL_IDS = "SELECT id FROM data_models"; //$NON-NLS-1$
    /** What the journal text of a stored data right names: holders, models, and the models' dimensions and measures. */
    private static final Set<EReference> STORED_RIGHT_REFERENCES = Set.of(CastellanPackage.Literals.DATA_RIGHT__HOLDERS,
            CastellanPackage.Literals.DATA_MODEL_GRANT__MODEL, CastellanPackage.Literals.DIMENSION_GRANT__DIMENSION,
            CastellanPackage.Literals.MEASURE_GRANT__MEASURE);
    /** What a listed data right refers to: its holders and the data models of its grants. */
    private static final Set<EReference> DATA_RIGHT_REFERENCES = Set.of(CastellanPackage.Literals.DATA_RIGHT__HOLDERS,
            CastellanPackage.Literals.DATA_MODEL_GRANT__MODEL);

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
    public Installation read(AuthenticatedUser actor) throws DataRightsException {
        return inAllowedTransaction(actor, Messages.administrationReadNotAllowed, Messages.administrationReadFailed, (tx, model) -> {
            for (DataModel dataModel : model.getDataModels()) {
                for (Dimension dimension : dataModel.getDimensions()) {
                    addMembers(dimension, store.members().all(tx, dimension.getId()));
                }
            }
            return model;
        });
    }

    /** The dimension's present members as the model's objects, each below its parent. */
    private static void addMembers(Dimension dimension, List<MemberRow> rows) {
        Map<String, Member> byName = new HashMap<>();
        for (MemberRow row : rows) {
            if (row.missing()) {
                continue;
            }
            Member member = CastellanFactory.eINSTANCE.createMember();
            member.setUniqueName(row.uniqueName());
            member.setCaption(row.caption());
            Member parent = row.parentUniqueName() == null ? null : byName.get(row.parentUniqueName());
            if (row.parentUniqueName() == null) {
                dimension.getMembers().add(member);
            } else if (parent != null) {
                parent.getChildren().add(member);
            } else {
                continue; // below a member no longer present
            }
            byName.put(row.uniqueName(), member);
        }
    }

    @Override
    public Installation readNaming(AuthenticatedUser actor, Collection<String> memberNames) throws DataRightsException {
        return inAllowedTransaction(actor, Messages.administrationReadNotAllowed, Messages.administrationReadFailed, (tx, model) -> {
            Map<Dimension, Set<String>> named = new HashMap<>();
            for (DataRight right : model.getDataRights()) {
                for (DataModelGrant grant : right.getModelGrants()) {
                    grant.getDimensionGrants().stream().filter(g -> g.getDimension() != null)
                            .forEach(g -> named.computeIfAbsent(g.getDimension(), key -> new HashSet<>()).addAll(g.getMemberUniqueNames()));
                }
            }
            for (DataModel dataModel : model.getDataModels()) {
                for (Dimension dimension : dataModel.getDimensions()) {
                    Set<String> names = new HashSet<>(memberNames);
                    names.addAll(named.getOrDefault(dimension, Set.of()));
                    List<MemberRow> rows = new java.util.ArrayList<>(store.members().withAncestors(tx, dimension.getId(), names).values());
                    rows.sort(java.util.Comparator.comparingInt(MemberRow::depth));
                    addMembers(dimension, rows);
                }
            }
            return model;
        });
    }

    @Override
    public Installation readVocabulary(AuthenticatedUser actor) throws DataRightsException {
        return inAllowedTransaction(actor, Messages.administrationReadNotAllowed, Messages.administrationReadFailed, (tx, model) -> model);
    }

    @Override
    public List<DataRight> dataRights(AuthenticatedUser actor) throws DataRightsException {
        // the rights with their holders and the data models they name, not the 100,000 users and folders beside them
        return AdministratorCheck.onActorsPart(store, actor, Messages.administrationReadNotAllowed, Messages.administrationReadFailed, tx -> {
            List<String> ids = new ArrayList<>();
            try (Statement query = tx.connection().createStatement(); ResultSet rows = query.executeQuery(DATA_RIGHT_IDS)) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            Installation part = ids.isEmpty() ? null : store.model().loadPart(tx, ids, DATA_RIGHT_REFERENCES);
            Map<String, DataRight> byId = new HashMap<>();
            if (part != null) {
                part.getDataRights().forEach(right -> byId.put(right.getId(), right));
            }
            return ids.stream().map(byId::get).filter(Objects::nonNull).toList(); // in stored order; a right refused by its seal is left out
        });
    }

    @Override
    public String create(AuthenticatedUser actor, DataRight right) throws DataRightsException {
        checkName(right);
        return partChange(actor, tx -> {
            Installation part = partFor(tx, right);
            checkNameFree(part, right);
            checkNotComponents(part, right);
            part.getDataRights().add(right);
            store.model().insert(tx, right);
            ModelLocks.lock(tx, right.getId(), modelIds(right));
            publish(tx, CHANGED_TOPIC, actor, "created", right.getName(), null, JournalTexts.right(right)); //$NON-NLS-1$
            return right.getId();
        });
    }

    @Override
    public void save(AuthenticatedUser actor, DataRight right) throws DataRightsException {
        checkName(right);
        partChange(actor, tx -> {
            Installation part = partFor(tx, right);
            DataRight stored = stored(part, right.getId(), right.getName());
            checkNameFree(part, right);
            checkNotComponents(part, right);
            String before = JournalTexts.right(stored);
            store.model().update(tx, right);
            // Models removed from the right stay locked: only deleting the whole right lifts it.
            ModelLocks.lock(tx, right.getId(), modelIds(right));
            publish(tx, CHANGED_TOPIC, actor, "saved", right.getName(), before, JournalTexts.right(right)); //$NON-NLS-1$
            return null;
        });
    }

    @Override
    public void delete(AuthenticatedUser actor, String dataRightId) throws DataRightsException {
        partChange(actor, tx -> {
            Installation part = store.model().loadClosure(tx, Set.of(dataRightId), STORED_RIGHT_REFERENCES);
            DataRight stored = stored(part, dataRightId, dataRightId);
            String before = JournalTexts.right(stored);
            store.model().delete(tx, stored);
            ModelLocks.release(tx, dataRightId);
            publish(tx, CHANGED_TOPIC, actor, "deleted", stored.getName(), before, null); //$NON-NLS-1$
            return null;
        });
    }

    /**
     * What creating or saving a data right is checked against, read by key rather than with the
     * whole model: the right as stored (with the names its journal text shows), the stored rights
     * whose name it might clash with, and every data model (whether one is another's source).
     */
    private Installation partFor(Transaction tx, DataRight right) throws StoreException, SQLException {
        Set<String> ids = new HashSet<>();
        if (right.getId() != null) {
            ids.add(right.getId());
        }
        String name = right.getName().strip();
        try (Statement query = tx.connection().createStatement(); ResultSet rows = query.executeQuery(DATA_RIGHT_NAMES)) {
            while (rows.next()) {
                if (rows.getString(2).strip().equalsIgnoreCase(name)) {
                    ids.add(rows.getString(1)); // believed only once read with its seal below
                }
            }
        }
        try (Statement query = tx.connection().createStatement(); ResultSet rows = query.executeQuery(DATA_MODEL_IDS)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        // never null: the actor was just read from this installation's rows
        // a closure: a part a new right can be added to (stored after the last one)
        return Objects.requireNonNull(store.model().loadClosure(tx, ids, STORED_RIGHT_REFERENCES));
    }

    private static DataRight stored(Installation part, String id, String name) throws DataRightsException {
        return (part == null ? List.<DataRight>of() : part.getDataRights()).stream().filter(r -> r.getId().equals(id)).findFirst()
                .orElseThrow(() -> new DataRightsException(NLS.bind(Messages.administrationUnknownRight, name)));
    }

    @Override
    public void savePermissions(AuthenticatedUser actor, Collection<? extends RepositoryObject> objects) throws DataRightsException {
        change(actor, (tx, model) -> {
            Map<String, RepositoryObject> stored = new HashMap<>();
            model.eAllContents().forEachRemaining(o -> {
                if (o instanceof RepositoryObject object) {
                    stored.put(object.getId(), object);
                }
            });
            List<String> before = new java.util.ArrayList<>();
            List<String> after = new java.util.ArrayList<>();
            for (RepositoryObject object : objects) {
                RepositoryObject old = stored.get(object.getId());
                if (old != null) {
                    before.add(JournalTexts.permissions(old));
                }
                after.add(JournalTexts.permissions(object));
            }
            for (RepositoryObject object : objects) {
                store.model().update(tx, object);
            }
            // Read back as written: the stored tree must still compile (no grant to a deleted principal).
            ObjectPermissions.compile(store.model().load(tx));
            if (!objects.isEmpty()) {
                publishPermissions(tx, actor, objects, before, after);
            }
            return null;
        });
    }

    @Override
    public void applyInChange(SecurityRules.Change change, Map<? extends RepositoryObject, List<ObjectPermission>> permissions,
            Collection<DataRight> rights, Collection<String> deleted) throws DataRightsException {
        // who acts, as the change's transaction found him: a check through another transaction would wait on its locks
        Set<String> actorRights = change.actorRights();
        if (!actorRights.contains(ADMINISTER_RIGHT) && !actorRights.contains(AccountService.ADMINISTER_RIGHT)) {
            throw new DataRightsException(Messages.administrationNotAllowed);
        }
        Transaction tx = change.transaction();
        Installation model = change.model();
        AuthenticatedUser actor = change.actor();
        try {
            for (String name : deleted) {
                DataRight stored = named(model, name).orElseThrow(() -> new DataRightsException(NLS.bind(Messages.administrationUnknownRight, name)));
                String before = JournalTexts.right(stored);
                store.model().delete(tx, stored);
                model.getDataRights().remove(stored);
                ModelLocks.release(tx, stored.getId());
                publish(tx, CHANGED_TOPIC, actor, "deleted", name, before, null); //$NON-NLS-1$
            }
            for (DataRight right : rights) {
                checkName(right);
                checkNotComponents(model, right);
                Optional<DataRight> stored = named(model, right.getName());
                if (stored.isEmpty()) {
                    checkNameFree(model, right);
                    model.getDataRights().add(right);
                    store.model().insert(tx, right);
                    ModelLocks.lock(tx, right.getId(), modelIds(right));
                    publish(tx, CHANGED_TOPIC, actor, "created", right.getName(), null, JournalTexts.right(right)); //$NON-NLS-1$
                } else {
                    replace(tx, actor, stored.get(), right);
                }
            }
            if (!permissions.isEmpty()) {
                replacePermissions(tx, actor, permissions);
            }
        } catch (StoreException | java.sql.SQLException e) {
            throw new DataRightsException(NLS.bind(Messages.administrationStoreFailed, e.getMessage()), e);
        }
    }

    private static Optional<DataRight> named(Installation model, String name) {
        return model.getDataRights().stream().filter(r -> r.getName().equals(name)).findFirst();
    }

    /** A stored data right made as {@code wanted} says, its grants replaced by the wanted ones. */
    private void replace(Transaction tx, AuthenticatedUser actor, DataRight stored, DataRight wanted) throws StoreException, java.sql.SQLException {
        String before = JournalTexts.right(stored);
        stored.setDescription(wanted.getDescription());
        stored.getHolders().clear();
        stored.getHolders().addAll(wanted.getHolders());
        stored.getModelGrants().clear();
        stored.getModelGrants().addAll(List.copyOf(wanted.getModelGrants()));
        store.model().update(tx, stored);
        // Models removed from the right stay locked: only deleting the whole right lifts it.
        ModelLocks.lock(tx, stored.getId(), modelIds(stored));
        publish(tx, CHANGED_TOPIC, actor, "saved", stored.getName(), before, JournalTexts.right(stored)); //$NON-NLS-1$
    }

    /** The objects given their permissions, journaled as one save of the Permissions tab. */
    private void replacePermissions(Transaction tx, AuthenticatedUser actor, Map<? extends RepositoryObject, List<ObjectPermission>> permissions)
            throws StoreException, DataRightsException {
        List<String> before = new java.util.ArrayList<>();
        List<String> after = new java.util.ArrayList<>();
        for (Map.Entry<? extends RepositoryObject, List<ObjectPermission>> entry : permissions.entrySet()) {
            RepositoryObject object = entry.getKey();
            before.add(JournalTexts.permissions(object));
            object.getPermissions().clear();
            object.getPermissions().addAll(entry.getValue());
            after.add(JournalTexts.permissions(object));
            store.model().update(tx, object);
        }
        // Read back as written: the stored tree must still compile (no grant to a principal that does not exist).
        ObjectPermissions.compile(store.model().load(tx));
        publishPermissions(tx, actor, permissions.keySet(), before, after);
    }

    /** Journals folder and report levels saved: the objects' names, one line an object before and after. */
    private void publishPermissions(Transaction tx, AuthenticatedUser actor, Collection<? extends RepositoryObject> objects, List<String> before,
            List<String> after) throws StoreException {
        JournaledEvents.publish(store, tx, () -> events, PERMISSIONS_TOPIC, "actor", actor.login(), //$NON-NLS-1$
                "objects", String.join(", ", objects.stream().map(RepositoryObject::getName).sorted().toList()), //$NON-NLS-1$ //$NON-NLS-2$
                "before", String.join("\n", before), "after", String.join("\n", after), "timestamp", clock.millis()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    @Override
    public String saveModel(AuthenticatedUser actor, DataModel dataModel) throws DataRightsException {
        String name = dataModel.getName() == null ? "" : dataModel.getName().strip(); //$NON-NLS-1$
        if (name.isEmpty()) {
            throw new DataRightsException(Messages.modelNameMissing);
        }
        checkParameters(dataModel, name);
        String id = change(actor, (tx, model) -> {
            boolean stored = dataModel.getId() != null
                    && model.getDataModels().stream().anyMatch(m -> m.getId().equals(dataModel.getId()));
            if (model.getDataModels().stream().anyMatch(m -> !m.getId().equals(dataModel.getId()) && m.getName().strip().equalsIgnoreCase(name))) {
                throw new DataRightsException(NLS.bind(Messages.modelNameTaken, name));
            }
            checkComponents(tx, model, dataModel);
            String before = null;
            if (stored) {
                before = JournalTexts.model(model.getDataModels().stream().filter(m -> m.getId().equals(dataModel.getId())).findFirst().orElseThrow());
                store.model().update(tx, dataModel);
            } else {
                model.getDataModels().add(dataModel);
                store.model().insert(tx, dataModel);
            }
            publish(tx, MODEL_TOPIC, actor, stored ? "saved" : "created", name, before, JournalTexts.model(dataModel)); //$NON-NLS-1$ //$NON-NLS-2$
            return dataModel.getId();
        });
        return id;
    }

    @Override
    public void deleteModel(AuthenticatedUser actor, String modelId) throws DataRightsException {
        change(actor, (tx, model) -> {
            DataModel stored = model.getDataModels().stream().filter(m -> m.getId().equals(modelId)).findFirst()
                    .orElseThrow(() -> new DataRightsException(NLS.bind(Messages.modelUnknown, modelId)));
            Set<String> rights = new TreeSet<>();
            for (DataRight right : model.getDataRights()) {
                if (right.getModelGrants().stream().anyMatch(g -> g.getModel() != null && modelId.equals(g.getModel().getId()))) {
                    rights.add(right.getName());
                }
            }
            if (!rights.isEmpty()) {
                throw new DataRightsException(NLS.bind(Messages.modelDeleteInRights, stored.getName(), String.join("\", \"", rights))); //$NON-NLS-1$
            }
            Set<String> users = new TreeSet<>();
            for (DataModel multiSource : model.getDataModels()) {
                if (multiSource.getComponents().stream().anyMatch(c -> modelId.equals(c.getId()))) {
                    users.add(multiSource.getName());
                }
            }
            if (!users.isEmpty()) {
                throw new DataRightsException(NLS.bind(Messages.modelDeleteSource, stored.getName(), String.join("\", \"", users))); //$NON-NLS-1$
            }
            String before = JournalTexts.model(stored);
            store.model().delete(tx, stored);
            publish(tx, MODEL_TOPIC, actor, "deleted", stored.getName(), before, null); //$NON-NLS-1$
            return null;
        });
    }

    private static void checkParameters(DataModel dataModel, String name) throws DataRightsException {
        Set<String> seen = new HashSet<>();
        for (ModelParameter parameter : dataModel.getParameters()) {
            String parameterName = parameter.getName() == null ? "" : parameter.getName().strip(); //$NON-NLS-1$
            if (parameterName.isEmpty()) {
                throw new DataRightsException(NLS.bind(Messages.modelParameterNameMissing, name));
            }
            if (!seen.add(parameterName.toLowerCase(java.util.Locale.ROOT))) {
                throw new DataRightsException(NLS.bind(Messages.modelParameterTwice, name, parameterName));
            }
            if (parameter.getDefaultValue() == null || parameter.getDefaultValue().isBlank()) {
                throw new DataRightsException(NLS.bind(Messages.modelParameterWithoutDefault, name, parameterName));
            }
        }
    }

    /** The components exist, do not lead back to the model, and carry no data rights (now or before). */
    private static void checkComponents(Transaction tx, Installation model, DataModel dataModel) throws DataRightsException, java.sql.SQLException {
        Map<String, DataModel> byId = new HashMap<>();
        for (DataModel stored : model.getDataModels()) {
            byId.put(stored.getId(), stored);
        }
        Set<String> componentIds = new java.util.LinkedHashSet<>();
        for (DataModel component : dataModel.getComponents()) {
            if (component.getId() == null || !byId.containsKey(component.getId())) {
                throw new DataRightsException(NLS.bind(Messages.modelUnknownComponent, dataModel.getName(),
                        component.getName() == null ? component.getId() : component.getName()));
            }
            componentIds.add(component.getId());
        }
        // A cycle through the stored models' sources: a path from a component back to this model.
        java.util.Deque<List<String>> paths = new java.util.ArrayDeque<>();
        for (String componentId : componentIds) {
            paths.push(List.of(componentId));
        }
        Set<String> visited = new HashSet<>();
        while (!paths.isEmpty()) {
            List<String> path = paths.pop();
            String last = path.get(path.size() - 1);
            if (last.equals(dataModel.getId())) {
                List<String> names = new java.util.ArrayList<>();
                names.add(dataModel.getName());
                path.forEach(step -> names.add(byId.get(step).getName()));
                throw new DataRightsException(NLS.bind(Messages.modelComponentCycle, dataModel.getName(), String.join(" > ", names))); //$NON-NLS-1$
            }
            if (visited.add(last)) {
                for (DataModel next : byId.get(last).getComponents()) {
                    List<String> longer = new java.util.ArrayList<>(path);
                    longer.add(next.getId());
                    paths.push(longer);
                }
            }
        }
        refuseLocked(componentIds, lockedByModel(ModelLocks.read(tx), model), byId);
    }

    /** A model that is a source of a multi-source model cannot be given data rights. */
    private static void checkNotComponents(Installation model, DataRight right) throws DataRightsException {
        for (DataModelGrant grant : right.getModelGrants()) {
            if (grant.getModel() == null) {
                continue;
            }
            for (DataModel multiSource : model.getDataModels()) {
                if (multiSource.getComponents().stream().anyMatch(c -> c.getId().equals(grant.getModel().getId()))) {
                    throw new DataRightsException(NLS.bind(Messages.modelComponentGetsRights, grant.getModel().getName(), multiSource.getName()));
                }
            }
        }
    }

    @Override
    public void checkMultiSourceComponents(Collection<String> modelIds) throws DataRightsException {
        Map<String, Set<String>> locked = lockedModels();
        Map<String, DataModel> byId = new HashMap<>();
        try {
            for (DataModel model : store.model().load().getDataModels()) {
                byId.put(model.getId(), model);
            }
        } catch (StoreException e) {
            throw new DataRightsException(NLS.bind(Messages.administrationStoreFailed, e.getMessage()), e);
        }
        refuseLocked(modelIds, locked, byId);
    }

    private static void refuseLocked(Collection<String> modelIds, Map<String, Set<String>> locked, Map<String, DataModel> byId)
            throws DataRightsException {
        StringBuilder lines = new StringBuilder();
        for (String modelId : new TreeSet<>(modelIds)) {
            Set<String> rights = locked.get(modelId);
            if (rights != null) {
                if (!lines.isEmpty()) {
                    lines.append('\n');
                }
                DataModel model = byId.get(modelId);
                lines.append(NLS.bind(Messages.multiSourceRefusedLine, model == null ? modelId : model.getName(), String.join("\", \"", rights))); //$NON-NLS-1$
            }
        }
        if (!lines.isEmpty()) {
            throw new DataRightsException(NLS.bind(Messages.multiSourceRefused, lines));
        }
    }

    @Override
    public Map<String, Set<String>> lockedModels() throws DataRightsException {
        try {
            return store.inTransaction(tx -> lockedByModel(ModelLocks.read(tx), store.model().load(tx)));
        } catch (StoreException e) {
            throw new DataRightsException(NLS.bind(Messages.administrationStoreFailed, e.getMessage()), e);
        }
    }

    /** Model id to the names of the data rights that lock it. */
    private static Map<String, Set<String>> lockedByModel(Map<String, Set<String>> locks, Installation model) {
        Map<String, String> rightNames = new HashMap<>();
        for (DataRight right : model.getDataRights()) {
            rightNames.put(right.getId(), right.getName());
        }
        Map<String, Set<String>> byModel = new TreeMap<>();
        locks.forEach((rightId, models) -> {
            for (String modelId : models) {
                byModel.computeIfAbsent(modelId, key -> new TreeSet<>()).add(rightNames.getOrDefault(rightId, rightId));
            }
        });
        return byModel;
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
            throw new DataRightsException(Messages.administrationNameMissing);
        }
    }

    private static void checkNameFree(Installation model, DataRight right) throws DataRightsException {
        String name = right.getName().strip();
        Optional<DataRight> other = model.getDataRights().stream()
                .filter(stored -> !stored.getId().equals(right.getId()) && stored.getName().strip().equalsIgnoreCase(name)).findFirst();
        if (other.isPresent()) {
            throw new DataRightsException(NLS.bind(Messages.administrationNameTaken, name));
        }
    }

    /** A change that reads what it touches itself, the actor checked on his own part of the model. */
    private <T> T partChange(AuthenticatedUser actor, AdministratorCheck.PartWork<T> work) throws DataRightsException {
        return AdministratorCheck.onActorsPart(store, actor, Messages.administrationNotAllowed, Messages.administrationStoreFailed, tx -> {
            T result = work.run(tx);
            // Other workstations notice the change by the installation's security revision.
            SecurityRevision.advance(tx);
            return result;
        });
    }

    private <T> T change(AuthenticatedUser actor, Work<T> work) throws DataRightsException {
        return inAllowedTransaction(actor, Messages.administrationNotAllowed, Messages.administrationStoreFailed, (tx, model) -> {
            T result = work.run(tx, model);
            // Other workstations notice the change by the installation's security revision.
            SecurityRevision.advance(tx);
            return result;
        });
    }

    /**
     * Runs the work on the model loaded in its transaction once the actor may administer data
     * rights; {@code notAllowed} and {@code failed} (bound to the store's message) say otherwise.
     */
    private <T> T inAllowedTransaction(AuthenticatedUser actor, String notAllowed, String failed, Work<T> work) throws DataRightsException {
        return AdministratorCheck.inTransaction(store, actor, notAllowed, failed, work::run);
    }

    /** Journals the change in its transaction (before and after in readable names) and posts it once committed. */
    private void publish(Transaction tx, String topic, AuthenticatedUser actor, String change, String name, String before, String after)
            throws StoreException {
        JournaledEvents.publish(store, tx, () -> events, topic, "actor", actor.login(), "change", change, "name", name, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "before", before, "after", after, "timestamp", clock.millis()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}

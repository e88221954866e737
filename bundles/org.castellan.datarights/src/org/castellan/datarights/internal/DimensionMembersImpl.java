package org.castellan.datarights.internal;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.castellan.datarights.DataRightsAdministration;
import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.DimensionMembers;
import org.castellan.datarights.MemberFileException;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Installation;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.SecurityRevision;
import org.castellan.store.CastellanStore;
import org.castellan.store.JournaledEvents;
import org.castellan.store.MemberRow;
import org.castellan.store.MemberRows;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/**
 * {@link DimensionMembers} on the store's member rows. A load reads and checks the file before its
 * transaction, then, in one transaction: checks the actor, resolves parents registered earlier (an
 * added file), writes in batches, lists the data rights naming members now missing, journals the
 * load and moves the security revision on (the data filters are compiled again).
 */
@Component(service = DimensionMembers.class)
public final class DimensionMembersImpl implements DimensionMembers {

    private final CastellanStore store;
    private final Clock clock;

    /** Optional: events are posted while an EventAdmin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public DimensionMembersImpl(@Reference CastellanStore store) {
        this(store, Clock.systemUTC());
    }

    /** For headless programs and tests. */
    public DimensionMembersImpl(CastellanStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Loaded load(AuthenticatedUser actor, String modelId, String dimensionUniqueName, Reader file, Mode mode, Progress progress)
            throws DataRightsException {
        MemberFile read;
        try {
            read = MemberFile.read(file);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DataRightsException(NLS.bind(Messages.memberFileUnreadable, e.getMessage()), e);
        }
        boolean reload = mode == Mode.RELOAD;
        return AdministratorCheck.inTransaction(store, actor, Messages.administrationNotAllowed, Messages.administrationStoreFailed, (tx, model) -> {
            DataModel dataModel = model.getDataModels().stream().filter(m -> m.getId().equals(modelId)).findFirst()
                    .orElseThrow(() -> new DataRightsException(NLS.bind(Messages.modelUnknown, modelId)));
            Dimension dimension = dataModel.getDimensions().stream().filter(d -> d.getUniqueName().equals(dimensionUniqueName)).findFirst()
                    .orElseThrow(() -> new DataRightsException(NLS.bind(Messages.memberLoadUnknownDimension, new Object[] { dataModel.getName(),
                            dimensionUniqueName, String.join(", ", dataModel.getDimensions().stream().map(Dimension::getUniqueName).toList()) }))); //$NON-NLS-1$
            if (!reload) {
                read.refuseMoves(store.members().find(tx, dimension.getId(), read.names()));
            }
            MemberFile.Checked checked = read.check(reload ? Map.of() : registeredDepths(tx, dimension.getId(), read.parentsOutside()), reload);
            if (!checked.problems().isEmpty()) {
                StringBuilder lines = new StringBuilder();
                checked.problems().forEach(p -> lines.append(lines.isEmpty() ? "" : "\n").append(p.message())); //$NON-NLS-1$ //$NON-NLS-2$
                throw new MemberFileException(NLS.bind(Messages.memberFileRefused, checked.problems().size(), lines), checked.problems());
            }
            progress.checked(checked.rows().size());
            MemberRows.Registered registered = store.members().register(tx, dimension.getId(), checked.rows(), reload, written -> {
                if (progress.cancelled()) {
                    throw new OperationCanceledException();
                }
                progress.written(written);
            });
            Map<String, Set<String>> kept = rightsNamingMissing(tx, model, dimension);
            String after = NLS.bind(Messages.memberLoadJournal,
                    new Object[] { dimension.getUniqueName(), registered.added(), registered.changed(), registered.flaggedMissing() });
            JournaledEvents.publish(store, tx, () -> events, DataRightsAdministration.MODEL_TOPIC, "actor", actor.login(), "change", "members", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "name", dataModel.getName(), "before", null, "after", after, "timestamp", clock.millis()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            SecurityRevision.advance(tx);
            return new Loaded(registered.added(), registered.changed(), registered.flaggedMissing(), kept);
        });
    }

    /** The depth of each named parent that is a registered, present member. */
    private Map<String, Integer> registeredDepths(Transaction tx, String dimensionId, List<String> parents) throws StoreException {
        Map<String, Integer> depths = new HashMap<>();
        store.members().find(tx, dimensionId, new HashSet<>(parents)).forEach((name, row) -> {
            if (!row.missing()) {
                depths.put(name, row.depth());
            }
        });
        return depths;
    }

    /** Each data right selecting members of the dimension that are now missing, with those members. */
    private Map<String, Set<String>> rightsNamingMissing(Transaction tx, Installation model, Dimension dimension) throws StoreException {
        Map<String, Set<String>> namedBy = new HashMap<>();
        for (DataRight right : model.getDataRights()) {
            for (DataModelGrant grant : right.getModelGrants()) {
                for (DimensionGrant dimensionGrant : grant.getDimensionGrants()) {
                    if (dimensionGrant.getDimension() == dimension) {
                        namedBy.computeIfAbsent(right.getName(), key -> new HashSet<>()).addAll(dimensionGrant.getMemberUniqueNames());
                    }
                }
            }
        }
        Set<String> all = new HashSet<>();
        namedBy.values().forEach(all::addAll);
        Map<String, MemberRow> rows = store.members().find(tx, dimension.getId(), all);
        Map<String, Set<String>> kept = new TreeMap<>();
        namedBy.forEach((right, names) -> {
            Set<String> missing = new TreeSet<>();
            for (String name : names) {
                MemberRow row = rows.get(name);
                if (row != null && row.missing()) {
                    missing.add(name);
                }
            }
            if (!missing.isEmpty()) {
                kept.put(right, missing);
            }
        });
        return kept;
    }

    @Override
    public long count(AuthenticatedUser actor, String dimensionId) throws DataRightsException {
        return read(actor, tx -> store.members().count(tx, dimensionId));
    }

    @Override
    public Set<String> known(AuthenticatedUser actor, String dimensionId, Collection<String> uniqueNames) throws DataRightsException {
        return read(actor, tx -> {
            Set<String> known = new HashSet<>();
            store.members().find(tx, dimensionId, uniqueNames).forEach((name, row) -> {
                if (!row.missing()) {
                    known.add(name);
                }
            });
            return known;
        });
    }

    @Override
    public List<MemberRow> children(AuthenticatedUser actor, String dimensionId, String parentUniqueName, int offset, int limit)
            throws DataRightsException {
        return read(actor, tx -> store.members().children(tx, dimensionId, parentUniqueName, offset, limit));
    }

    @Override
    public List<MemberRow> search(AuthenticatedUser actor, String dimensionId, String text, int offset, int limit) throws DataRightsException {
        return read(actor, tx -> store.members().search(tx, dimensionId, text, offset, limit));
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Transaction tx) throws StoreException;
    }

    private <T> T read(AuthenticatedUser actor, Query<T> query) throws DataRightsException {
        return AdministratorCheck.inTransaction(store, actor, Messages.administrationReadNotAllowed, Messages.administrationReadFailed,
                (tx, model) -> query.run(tx));
    }
}

package org.castellan.datarights.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.DataRightsLookup;
import org.castellan.model.CastellanFactory;
import org.castellan.model.CastellanPackage;
import org.castellan.model.Installation;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.CastellanStore;
import org.castellan.store.ModelRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link DataRightsLookup} by the store's indexed reads: each name looked up by its column
 * ({@link ModelRepository#idsWhere}), the objects found read with {@link ModelRepository#loadPart},
 * the actor checked on his own rights ({@link AdministratorCheck#onActorsPart}).
 */
@Component(service = DataRightsLookup.class)
public final class DataRightsLookupImpl implements DataRightsLookup {

    private final CastellanStore store;

    @Activate
    public DataRightsLookupImpl(@Reference CastellanStore store) {
        this.store = Objects.requireNonNull(store);
    }

    @Override
    public Installation part(AuthenticatedUser actor, String login, Collection<String> modelNames, Collection<String> topObjectNames)
            throws DataRightsException {
        return AdministratorCheck.onActorsPart(store, actor, Messages.administrationReadNotAllowed, Messages.administrationReadFailed, tx -> {
            ModelRepository model = store.model();
            Set<String> ids = new HashSet<>(model.idsWhere(tx, CastellanPackage.Literals.USER__LOGIN, login.strip()));
            for (String name : modelNames) {
                ids.addAll(model.idsWhere(tx, CastellanPackage.Literals.DATA_MODEL__NAME, name.strip()));
            }
            // Every object of that name anywhere in the tree: only those at the top are read (loadPart reads the installation's own objects).
            for (String name : topObjectNames) {
                ids.addAll(model.idsWhere(tx, CastellanPackage.Literals.REPOSITORY_OBJECT__NAME, name.strip()));
            }
            Installation part = model.loadPart(tx, ids, Set.of(CastellanPackage.Literals.MEMBERSHIP__GROUP));
            return part == null ? CastellanFactory.eINSTANCE.createInstallation() : part;
        });
    }
}

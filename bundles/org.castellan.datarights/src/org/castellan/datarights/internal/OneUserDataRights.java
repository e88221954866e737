package org.castellan.datarights.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.castellan.datarights.EffectiveDataRights;
import org.castellan.datarights.ModelFilter;
import org.castellan.model.CastellanPackage;
import org.castellan.model.Installation;
import org.castellan.model.Membership;
import org.castellan.store.CastellanStore;
import org.castellan.store.ModelRepository;
import org.castellan.store.StoreException;
import org.eclipse.emf.ecore.EReference;

/**
 * One user's data filter compiled from his part of the model only: his user row and groups, the
 * data rights held by him or one of them with their grants, the data models those name, and the
 * members they select (through {@link StoredHierarchies}). The store checks the seals of the rows
 * it reads as a whole load would, so a row changed outside Castellan grants nothing here either.
 * The same rules as {@link EffectiveDataRights#compile}, on a smaller model: the answer is the one
 * the whole model gives.
 */
final class OneUserDataRights {

    /** From a user's memberships to his groups; from the grants to the models, dimensions and measures they name. */
    private static final Set<EReference> FOLLOWED = Set.of(CastellanPackage.Literals.MEMBERSHIP__GROUP,
            CastellanPackage.Literals.DATA_MODEL_GRANT__MODEL, CastellanPackage.Literals.DIMENSION_GRANT__DIMENSION,
            CastellanPackage.Literals.MEASURE_GRANT__MEASURE);

    private final CastellanStore store;
    private final StoredHierarchies members;

    OneUserDataRights(CastellanStore store, StoredHierarchies members) {
        this.store = store;
        this.members = members;
    }

    ModelFilter filter(String userId, String modelId) throws StoreException {
        Installation part = part(userId);
        if (part == null) {
            return new ModelFilter(modelId, false, Set.of(), Map.of());
        }
        return EffectiveDataRights.compile(part, members).filter(userId, modelId);
    }

    /** The user's part of the model, read in one transaction; null when he is not a user to believe. */
    Installation part(String userId) throws StoreException {
        ModelRepository model = store.model();
        return store.inTransaction(tx -> {
            Installation user = model.loadPart(tx, Set.of(userId), Set.of(CastellanPackage.Literals.MEMBERSHIP__GROUP));
            if (user == null || user.getUsers().isEmpty()) {
                return null;
            }
            Set<String> principals = new HashSet<>();
            principals.add(userId);
            for (Membership membership : user.getUsers().get(0).getMemberships()) {
                principals.add(membership.getGroup().getId());
            }
            Set<String> ids = new HashSet<>(model.referrers(tx, CastellanPackage.Literals.DATA_RIGHT__HOLDERS, principals));
            ids.add(userId);
            return model.loadPart(tx, ids, FOLLOWED);
        });
    }
}

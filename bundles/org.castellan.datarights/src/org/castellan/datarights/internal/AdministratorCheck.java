package org.castellan.datarights.internal;

import java.util.Set;

import org.castellan.datarights.DataRightsAdministration;
import org.castellan.datarights.DataRightsException;
import org.castellan.model.CastellanPackage;
import org.castellan.model.Installation;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.EffectiveRights;
import org.castellan.store.CastellanStore;
import org.castellan.store.StaleObjectException;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.castellan.store.TransactionRefusal;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/**
 * One transaction of the data-rights services: the model read in it (without dimension members),
 * or only the actor's part of it, the actor checked there (administers data rights or security), then the work; a refusal leaves
 * the transaction as a {@link DataRightsException} and changes nothing.
 */
final class AdministratorCheck {

    private AdministratorCheck() {
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Transaction tx, Installation model) throws Exception;
    }

    /** What a user's rights depend on: his groups, the roles given to him or them, and the roles' rights. */
    private static final Set<EReference> RIGHTS = Set.of(CastellanPackage.Literals.MEMBERSHIP__GROUP, CastellanPackage.Literals.ROLE_ASSIGNMENT__ROLE,
            CastellanPackage.Literals.RIGHT_GRANT__RIGHT);

    /** Work that reads only what it needs itself. */
    @FunctionalInterface
    interface PartWork<T> {
        T run(Transaction tx) throws Exception;
    }

    /**
     * {@link #inTransaction}, but the actor checked on his own part of the model (his row, groups,
     * roles and their rights, read by key with their seals checked), which gives his rights as the
     * whole model does; the work reads what it needs itself, whatever the installation's size.
     */
    static <T> T onActorsPart(CastellanStore store, AuthenticatedUser actor, String notAllowed, String failed, PartWork<T> work)
            throws DataRightsException {
        return inTransaction(store, actor, notAllowed, failed, tx -> store.model().loadClosure(tx, Set.of(actor.id()), RIGHTS), (tx, model) -> work.run(tx));
    }

    /** What the actor's rights are compiled from. */
    @FunctionalInterface
    private interface Read {
        Installation model(Transaction tx) throws StoreException;
    }

    static <T> T inTransaction(CastellanStore store, AuthenticatedUser actor, String notAllowed, String failed, Work<T> work)
            throws DataRightsException {
        return inTransaction(store, actor, notAllowed, failed, tx -> store.model().load(tx), work);
    }

    private static <T> T inTransaction(CastellanStore store, AuthenticatedUser actor, String notAllowed, String failed, Read read, Work<T> work)
            throws DataRightsException {
        try {
            return store.inTransaction(tx -> {
                Installation model = actor == null ? null : read.model(tx);
                if (model == null || !administers(EffectiveRights.compile(model), actor)) {
                    throw new TransactionRefusal(new DataRightsException(notAllowed));
                }
                try {
                    return work.run(tx, model);
                } catch (DataRightsException e) {
                    throw new TransactionRefusal(e);
                } catch (StoreException | java.sql.SQLException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (TransactionRefusal r) {
            throw r.refusal(DataRightsException.class);
        } catch (StaleObjectException e) {
            throw new DataRightsException(Messages.administrationStale, e);
        } catch (StoreException e) {
            throw new DataRightsException(NLS.bind(failed, e.getMessage()), e);
        }
    }

    private static boolean administers(EffectiveRights rights, AuthenticatedUser actor) {
        return rights.hasRight(actor.id(), DataRightsAdministration.ADMINISTER_RIGHT) || rights.hasRight(actor.id(), AccountService.ADMINISTER_RIGHT);
    }
}

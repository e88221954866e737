package org.castellan.datarights.internal;

import org.castellan.datarights.DataRightsAdministration;
import org.castellan.datarights.DataRightsException;
import org.castellan.model.Installation;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.EffectiveRights;
import org.castellan.store.CastellanStore;
import org.castellan.store.StaleObjectException;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.castellan.store.TransactionRefusal;
import org.eclipse.osgi.util.NLS;

/**
 * One transaction of the data-rights services: the model read in it (without dimension members),
 * the actor checked there (administers data rights or security), then the work; a refusal leaves
 * the transaction as a {@link DataRightsException} and changes nothing.
 */
final class AdministratorCheck {

    private AdministratorCheck() {
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Transaction tx, Installation model) throws Exception;
    }

    static <T> T inTransaction(CastellanStore store, AuthenticatedUser actor, String notAllowed, String failed, Work<T> work)
            throws DataRightsException {
        try {
            return store.inTransaction(tx -> {
                Installation model = store.model().load(tx);
                EffectiveRights rights = EffectiveRights.compile(model);
                if (actor == null || !(rights.hasRight(actor.id(), DataRightsAdministration.ADMINISTER_RIGHT)
                        || rights.hasRight(actor.id(), AccountService.ADMINISTER_RIGHT))) {
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
}

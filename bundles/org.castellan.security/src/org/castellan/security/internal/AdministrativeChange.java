package org.castellan.security.internal;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.castellan.model.Installation;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.GuestRights;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.castellan.store.TransactionRefusal;
import org.eclipse.osgi.util.NLS;

/**
 * How the administration services change the installation: in one transaction, on the model as
 * that transaction sees it, after checking the acting user's right; a refusal rolls back
 * everything done so far.
 */
final class AdministrativeChange {

    @FunctionalInterface
    interface Work<T> {
        T run(Transaction tx, Installation model) throws SQLException, StoreException, AccountException;
    }

    /** A change made to the model in memory only, as a save would make it: see {@link #guestWaysAfter}. */
    @FunctionalInterface
    interface Trial {
        void apply(Installation model) throws AccountException;
    }

    /** What a change did to a list the audit journal shows (rights of a role, members of a group). */
    record BeforeAfter(List<String> before, List<String> after) {

        String[] sortedBefore() {
            return before.stream().sorted().toArray(String[]::new);
        }

        String[] sortedAfter() {
            return after.stream().sorted().toArray(String[]::new);
        }
    }

    private AdministrativeChange() {
    }

    /** Runs {@code work} for an administrator; anyone else is refused before it starts. */
    static <T> T run(CastellanStore store, AuthenticatedUser actor, Work<T> work) throws AccountException {
        return runLocking(store, actor, null, work);
    }

    /**
     * Runs {@code work}, a change of the whole installation that no model comparison would see
     * (settings, password policies), for a global administrator only (see {@link CompanyReach}).
     */
    static <T> T runForWholeInstallation(CastellanStore store, AuthenticatedUser actor, Work<T> work) throws AccountException {
        return run(store, actor, (tx, model) -> {
            CompanyReach.requireGlobal(model, actor);
            return work.run(tx, model);
        });
    }

    /**
     * Like {@link #run}, with a table locked before the model is read, so that checks made on the
     * model (a free login, a free seat) still hold when the change is written.
     */
    static <T> T runLocking(CastellanStore store, AuthenticatedUser actor, String table, Work<T> work) throws AccountException {
        return inTransaction(store, table, (tx, model) -> guarded(store, tx, model, actor, work));
    }

    private static <T> T guarded(CastellanStore store, Transaction tx, Installation model, AuthenticatedUser actor, Work<T> work)
            throws AccountException, StoreException, SQLException {
        ChangeGuard guard = ChangeGuard.begin(store, tx, model, actor);
        T result = work.run(tx, model);
        guard.finish();
        return result;
    }

    /**
     * Like {@link #run}, reading and writing only the part of the model the change touches when
     * that part decides it as the whole model would (see {@link PartChange}); otherwise, in the
     * same transaction, {@code whole} makes it on the whole model.
     */
    static void runOnPart(CastellanStore store, AuthenticatedUser actor, PartChange.Touched touched, PartChange.Edit edit, Work<?> whole)
            throws AccountException {
        withoutModel(store, tx -> {
            if (!PartChange.run(store, tx, actor, touched, edit)) {
                guarded(store, tx, store.model().load(tx), actor, whole);
            }
            return null;
        });
    }

    /**
     * What {@link #runLocking} would refuse a change for under the guest rule, asked before it is
     * made (an editor explaining the rule before Save): the trial changes the model in memory, as
     * the change would, and nothing is written. Administrators only, as the change itself.
     */
    static List<GuestRights.Way> guestWaysAfter(CastellanStore store, AuthenticatedUser actor, Trial trial) throws AccountException {
        return read(store, actor, (tx, model) -> {
            List<GuestRights.Way> before = GuestRights.ways(model);
            boolean enabledBefore = GuestAccess.enabled(model);
            trial.apply(model);
            return ChangeGuard.newGuestWays(model, before, enabledBefore);
        });
    }

    /** Runs {@code work}, which only reads, for an administrator; anyone else is refused. */
    static <T> T read(CastellanStore store, AuthenticatedUser actor, Work<T> work) throws AccountException {
        return inTransaction(store, null, (tx, model) -> {
            ChangeGuard.refuseNonAdministrator(model, actor);
            return work.run(tx, model);
        });
    }

    /** Runs {@code work} in one transaction, for reads anyone may make. */
    static <T> T inTransaction(CastellanStore store, Work<T> work) throws AccountException {
        return inTransaction(store, null, work);
    }

    private static <T> T inTransaction(CastellanStore store, String lockedTable, Work<T> work) throws AccountException {
        return withoutModel(store, tx -> {
            if (lockedTable != null) {
                try (Statement st = tx.connection().createStatement()) {
                    st.execute("LOCK TABLE " + lockedTable + " IN EXCLUSIVE MODE"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            return work.run(tx, store.model().load(tx));
        });
    }

    @FunctionalInterface
    interface Query<T> {
        T run(Transaction tx) throws SQLException, StoreException, AccountException;
    }

    /**
     * Runs {@code work} in one transaction without loading the model (counting queries that must stay
     * quick with many users); a refusal rolls it back and comes out as itself.
     */
    static <T> T withoutModel(CastellanStore store, Query<T> work) throws AccountException {
        try {
            return store.inTransaction(tx -> {
                try {
                    return work.run(tx);
                } catch (AccountException e) {
                    throw new TransactionRefusal(e);
                }
            });
        } catch (TransactionRefusal r) {
            throw r.refusal(AccountException.class);
        } catch (StoreException e) {
            throw new AccountException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }
}

package org.castellan.security.internal;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.castellan.security.SecurityRevision;
import org.castellan.model.Installation;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.EffectiveRights;
import org.castellan.security.GuestRights;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
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
        return inTransaction(store, table, (tx, model) -> {
            EffectiveRights before = refuseNonAdministrator(model, actor);
            List<GuestRights.Way> guestBefore = GuestRights.ways(model);
            boolean guestEnabledBefore = GuestAccess.enabled(model);
            Optional<CompanyReach> reach = CompanyReach.of(model, actor);
            Optional<CompanyReach.Before> reachBefore = reach.map(r -> r.before(model, before));
            T result = work.run(tx, model);
            SecurityRevision.advance(tx);
            // Read back as written: nobody may lock the installation out of its own administration.
            Installation after = store.model().load(tx);
            EffectiveRights rights = EffectiveRights.compile(after);
            if (reach.isPresent()) {
                reach.get().check(reachBefore.get(), after, before, rights);
            }
            if (after.getUsers().stream().noneMatch(u -> rights.hasRight(u.getId(), AccountService.ADMINISTER_RIGHT))) {
                throw new AccountException(Messages.lastAdministrator);
            }
            // and one of them for every company: only he may change where the others work and what they administer
            if (after.getUsers().stream().noneMatch(u -> rights.hasRight(u.getId(), AccountService.ADMINISTER_RIGHT) && u.getAdministeredCompanies().isEmpty())) {
                throw new AccountException(Messages.lastGlobalAdministrator);
            }
            refuseAdministrativeGuest(after, guestBefore, guestEnabledBefore);
            archiveRights(store, tx, after, before, rights);
            return result;
        });
    }

    /**
     * Refuses a change after which the guest holds an administrative right in a way he did not
     * before, whatever the change was (a role given to him or to one of his groups, a group joined,
     * a right added to a role, a package applied, guest access turned on). Ways an older
     * installation already had are left for an administrator to remove, not made a reason to
     * refuse every other change.
     *
     * @param before        the ways the guest held before the change
     * @param enabledBefore whether guest access was on before it: turning it on lets no old way through
     */
    private static void refuseAdministrativeGuest(Installation after, List<GuestRights.Way> before, boolean enabledBefore) throws AccountException {
        List<GuestRights.Way> added = newGuestWays(after, before, enabledBefore);
        if (!added.isEmpty()) {
            throw new AccountException(added.get(0).message());
        }
    }

    /** The ways the guest holds an administrative right after a change that he did not hold before it (see {@link #refuseAdministrativeGuest}). */
    private static List<GuestRights.Way> newGuestWays(Installation after, List<GuestRights.Way> before, boolean enabledBefore) {
        List<GuestRights.Way> kept = enabledBefore || !GuestAccess.enabled(after) ? before : List.of();
        return GuestRights.ways(after).stream().filter(way -> !kept.contains(way)).toList();
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
            return newGuestWays(model, before, enabledBefore);
        });
    }

    /**
     * Archives, in the change's transaction, the complete rights of every user the change affected
     * (directly, through a group or through a role). Every administrative change passes here:
     * no code path changes rights without archiving them.
     */
    static void archiveRights(CastellanStore store, Transaction tx, Installation after, EffectiveRights before, EffectiveRights now)
            throws StoreException {
        if (store.journal().isEmpty()) {
            return;
        }
        for (User user : after.getUsers()) {
            Set<String> was = before.rightsOf(user.getId());
            Set<String> is = now.rightsOf(user.getId());
            if (!was.equals(is)) {
                store.journal().get().rightsChanged(tx, user.getId(), user.getLogin(), is.stream().sorted().toList(), !is.containsAll(was));
            }
        }
    }

    /** Runs {@code work}, which only reads, for an administrator; anyone else is refused. */
    static <T> T read(CastellanStore store, AuthenticatedUser actor, Work<T> work) throws AccountException {
        return inTransaction(store, null, (tx, model) -> {
            refuseNonAdministrator(model, actor);
            return work.run(tx, model);
        });
    }

    /** @return the rights as the transaction found them */
    private static EffectiveRights refuseNonAdministrator(Installation model, AuthenticatedUser actor) throws AccountException {
        EffectiveRights rights = EffectiveRights.compile(model);
        if (actor == null || !rights.hasRight(actor.id(), AccountService.ADMINISTER_RIGHT)) {
            throw new AccountException(Messages.notAdministrator);
        }
        return rights;
    }

    /** Runs {@code work} in one transaction, for reads anyone may make. */
    static <T> T inTransaction(CastellanStore store, Work<T> work) throws AccountException {
        return inTransaction(store, null, work);
    }

    private static <T> T inTransaction(CastellanStore store, String lockedTable, Work<T> work) throws AccountException {
        try {
            return store.inTransaction(tx -> {
                if (lockedTable != null) {
                    try (Statement st = tx.connection().createStatement()) {
                        st.execute("LOCK TABLE " + lockedTable + " IN EXCLUSIVE MODE"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
                try {
                    return work.run(tx, store.model().load(tx));
                } catch (AccountException e) {
                    throw new Refusal(e);
                }
            });
        } catch (Refusal r) {
            throw r.refusal;
        } catch (StoreException e) {
            throw new AccountException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    /** Carries a refusal out of the transaction, which rolls back on any runtime exception. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient AccountException refusal;

        Refusal(AccountException refusal) {
            super(refusal);
            this.refusal = refusal;
        }
    }
}

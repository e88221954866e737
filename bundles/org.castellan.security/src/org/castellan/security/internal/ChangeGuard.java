package org.castellan.security.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.castellan.model.Installation;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.EffectiveRights;
import org.castellan.security.GuestRights;
import org.castellan.security.SecurityRevision;
import org.castellan.store.CastellanStore;
import org.castellan.store.ChangeJournal;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;

/**
 * The checks every administrative change passes, whoever makes it (the administration services,
 * configuration as code): made by an administrator, then, on the model as the change leaves it,
 * within his companies' reach ({@link CompanyReach}), leaving an enabled administrator and a global
 * one, giving the guest no administrative right in a new way; and the rights of every user it
 * affected archived. One guard per transaction: {@link #begin} before the model is changed,
 * {@link #finish} once every change is written.
 */
public final class ChangeGuard {

    private final CastellanStore store;
    private final Transaction tx;
    private final Installation model;
    private final AuthenticatedUser actor;
    private final EffectiveRights before;
    private final List<GuestRights.Way> guestBefore;
    private final boolean guestEnabledBefore;
    private final Optional<CompanyReach> reach;
    private final Optional<CompanyReach.Before> reachBefore;

    private ChangeGuard(CastellanStore store, Transaction tx, Installation model, AuthenticatedUser actor, EffectiveRights before)
            throws AccountException {
        this.store = store;
        this.tx = tx;
        this.model = model;
        this.actor = actor;
        this.before = before;
        this.guestBefore = GuestRights.ways(model);
        this.guestEnabledBefore = GuestAccess.enabled(model);
        this.reach = CompanyReach.of(model, actor);
        this.reachBefore = reach.map(r -> r.before(model, before));
    }

    /**
     * Refuses anyone but an administrator, and takes what the checks compare with from the model
     * as the transaction found it, before anything is changed.
     */
    public static ChangeGuard begin(CastellanStore store, Transaction tx, Installation model, AuthenticatedUser actor) throws AccountException {
        return new ChangeGuard(store, tx, model, actor, refuseNonAdministrator(model, actor));
    }

    /** @return the rights as the transaction found them */
    public static EffectiveRights refuseNonAdministrator(Installation model, AuthenticatedUser actor) throws AccountException {
        EffectiveRights rights = EffectiveRights.compile(model);
        if (actor == null || !rights.hasRight(actor.id(), AccountService.ADMINISTER_RIGHT)) {
            throw new AccountException(Messages.notAdministrator);
        }
        return rights;
    }

    /** Refuses an administrator limited to some companies: the change concerns the whole installation. */
    public void requireGlobal() throws AccountException {
        CompanyReach.requireGlobal(model, actor);
    }

    public AuthenticatedUser actor() {
        return actor;
    }

    public Transaction transaction() {
        return tx;
    }

    /** The model as the transaction found it, which the change edits before writing it. */
    public Installation model() {
        return model;
    }

    /** The rights every user held before the change. */
    public EffectiveRights rightsBefore() {
        return before;
    }

    /**
     * Moves the security revision on, reads the model back as written and refuses the change (the
     * caller's transaction then rolls back) when it breaks a rule of the whole installation;
     * otherwise archives the rights of every user it affected.
     *
     * @return the model as written
     */
    public Installation finish() throws AccountException, StoreException, SQLException {
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
        if (after.getUsers().stream().noneMatch(u -> isGlobalAdministrator(u, rights))) {
            throw new AccountException(Messages.lastGlobalAdministrator);
        }
        refuseAdministrativeGuest(after);
        archiveRights(store, tx, after, before, rights);
        return after;
    }

    private static boolean isGlobalAdministrator(User user, EffectiveRights rights) {
        return rights.hasRight(user.getId(), AccountService.ADMINISTER_RIGHT) && user.getAdministeredCompanies().isEmpty();
    }

    /**
     * Refuses a change after which the guest holds an administrative right in a way he did not
     * before, whatever the change was (a role given to him or to one of his groups, a group joined,
     * a right added to a role, a package applied, guest access turned on). Ways an older
     * installation already had are left for an administrator to remove, not made a reason to
     * refuse every other change.
     */
    private void refuseAdministrativeGuest(Installation after) throws AccountException {
        List<GuestRights.Way> added = newGuestWays(after, guestBefore, guestEnabledBefore);
        if (!added.isEmpty()) {
            throw new AccountException(added.get(0).message());
        }
    }

    /**
     * The ways the guest holds an administrative right after a change that he did not hold before it.
     *
     * @param before        the ways the guest held before the change
     * @param enabledBefore whether guest access was on before it: turning it on lets no old way through
     */
    static List<GuestRights.Way> newGuestWays(Installation after, List<GuestRights.Way> before, boolean enabledBefore) {
        List<GuestRights.Way> kept = enabledBefore || !GuestAccess.enabled(after) ? before : List.of();
        return GuestRights.ways(after).stream().filter(way -> !kept.contains(way)).toList();
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
        List<ChangeJournal.Rights> changed = new ArrayList<>();
        for (User user : after.getUsers()) {
            Set<String> was = before.rightsOf(user.getId());
            Set<String> is = now.rightsOf(user.getId());
            if (!was.equals(is)) {
                changed.add(new ChangeJournal.Rights(user.getId(), user.getLogin(), is.stream().sorted().toList(), !is.containsAll(was)));
            }
        }
        if (!changed.isEmpty()) {
            store.journal().get().rightsChangedAll(tx, changed);
        }
    }
}

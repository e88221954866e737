package org.castellan.security.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.castellan.model.CastellanPackage;
import org.castellan.model.Installation;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.EffectiveRights;
import org.castellan.security.GuestRights;
import org.castellan.security.SecurityRevision;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.eclipse.emf.ecore.EReference;

/**
 * An administrative change made on the part of the model it touches, not on the whole: the acting
 * user, the guest, the objects changed and the users whose rights the change may move, each with
 * the groups, roles, rights and companies they depend on (read by
 * {@link org.castellan.store.ModelRepository#loadClosure}, every row checked against its seal as a
 * whole read checks it). A user's rights depend on nothing else, so the part gives them exactly as
 * the whole model does.
 * <p>
 * The part decides the change only when it decides the guard's rules exactly as the whole model
 * would ({@link ChangeGuard}): the actor, a global administrator before the change, still is one
 * after it (then an enabled administrator and a global one remain, and no company reach is to
 * check). The guest is in the part whenever the change may give him a way to an administrative
 * right: a change's part holds every user whose rights it may move (a change of the guest's own
 * account, which is guest access, is left to the whole model); a guest outside the part keeps his
 * ways as they were. Otherwise nothing is written and the caller makes the change on the whole
 * model, which decides as before.
 */
final class PartChange {

    /**
     * Set to {@code true}, every change is made on the whole model again: to compare the two ways,
     * or to rule the part out while looking into a problem.
     */
    static final String WHOLE_MODEL_PROPERTY = "castellan.security.wholeModelChanges"; //$NON-NLS-1$

    /** What the rights of the users of a part, and the journal's lines about them, depend on. */
    static final Set<EReference> FOLLOW = Set.of(CastellanPackage.Literals.ROLE_ASSIGNMENT__ROLE,
            CastellanPackage.Literals.MEMBERSHIP__GROUP, CastellanPackage.Literals.RIGHT_GRANT__RIGHT, CastellanPackage.Literals.USER__COMPANIES,
            CastellanPackage.Literals.USER__ADMINISTERED_COMPANIES);

    /** The ids of the objects a change touches and of every user whose rights it may move (unchecked: the part's read checks them). */
    @FunctionalInterface
    interface Touched {
        Collection<String> ids(Transaction tx) throws StoreException;
    }

    /** The change made to the part in memory, and how it is then written. */
    @FunctionalInterface
    interface Edit {
        /**
         * @param actor the acting user as the part holds him
         * @return how to write the edited part, or null when the part cannot make the change as the
         *         whole model would (nothing may have been written then)
         */
        Writes apply(Transaction tx, Installation part, User actor) throws AccountException;
    }

    @FunctionalInterface
    interface Writes {
        void run() throws SQLException, StoreException, AccountException;
    }

    private PartChange() {
    }

    /**
     * Makes the change on the part it touches, with the guard's checks and the rights archived.
     *
     * @return false when the part could not decide it: nothing was written, make it on the whole model
     */
    static boolean run(CastellanStore store, Transaction tx, AuthenticatedUser actor, Touched touched, Edit edit)
            throws AccountException, StoreException, SQLException {
        if (actor == null || Boolean.getBoolean(WHOLE_MODEL_PROPERTY)) {
            return false;
        }
        lockActor(tx, actor);
        Set<String> ids = new HashSet<>(touched.ids(tx));
        ids.add(actor.id());
        Installation part = store.model().loadClosure(tx, ids, FOLLOW);
        if (part == null) {
            return false;
        }
        EffectiveRights before = EffectiveRights.compile(part);
        if (!before.hasRight(actor.id(), AccountService.ADMINISTER_RIGHT)) {
            throw new AccountException(Messages.notAdministrator); // as ChangeGuard.refuseNonAdministrator
        }
        User self = part.getUsers().stream().filter(u -> u.getId().equals(actor.id())).findFirst().orElseThrow();
        if (!globalAdministrator(self, actor, before)) {
            return false; // a reach to check over every user the change may touch
        }
        List<GuestRights.Way> guestBefore = GuestRights.ways(part);
        boolean guestEnabledBefore = GuestAccess.enabled(part);
        Writes writes = edit.apply(tx, part, self);
        if (writes == null) {
            return false;
        }
        EffectiveRights after = EffectiveRights.compile(part);
        if (!globalAdministrator(self, actor, after)) {
            return false; // whether another one remains, only the whole model tells
        }
        List<GuestRights.Way> added = ChangeGuard.newGuestWays(part, guestBefore, guestEnabledBefore);
        if (!added.isEmpty()) {
            throw new AccountException(added.get(0).message());
        }
        writes.run();
        SecurityRevision.advance(tx);
        ChangeGuard.archiveRights(store, tx, part, before, after);
        return true;
    }

    /**
     * Locks the actor's row until the change commits. The whole model's path reads every row
     * after writing, so two changes that would each take the other's author's last way to
     * administer wait for each other (or one fails); a part is read before writing: a change that
     * moves this actor's rights has him in its part and waits here instead, and one that this
     * change moves the rights of has its author read here, held by his own lock.
     */
    private static void lockActor(Transaction tx, AuthenticatedUser actor) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE users SET version = version WHERE id = ?")) { //$NON-NLS-1$
            ps.setString(1, actor.id());
            ps.executeUpdate();
        }
    }

    /** Whether the actor, known by his id and his login, administers the whole installation. */
    private static boolean globalAdministrator(User self, AuthenticatedUser actor, EffectiveRights rights) {
        return self.getLogin().equals(actor.login()) && self.getAdministeredCompanies().isEmpty()
                && rights.hasRight(self.getId(), AccountService.ADMINISTER_RIGHT);
    }
}

package org.castellan.security.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.castellan.model.CastellanPackage;
import org.castellan.store.CastellanStore;
import org.castellan.store.ChangeJournal;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.castellan.store.UserRoles;

/**
 * The users a role is given to, directly or through a group, with what their rights are made of,
 * read as rows before a change of the role's rights ({@link org.castellan.store.ModelRepository#userRoles},
 * every row checked against its seal): what archiving the rights the change moves needs, whatever
 * the number of those users, without making model objects of them.
 */
final class RoleHolders {

    private final String roleId;
    private final UserRoles rows;

    private RoleHolders(String roleId, UserRoles rows) {
        this.roleId = roleId;
        this.rows = rows;
    }

    /** Reads, before the change, the users holding the role and what their rights are made of. */
    static RoleHolders read(CastellanStore store, Transaction tx, String roleId) throws StoreException {
        Set<String> reached = new HashSet<>(store.model().holders(tx, CastellanPackage.Literals.ROLE_ASSIGNMENT__ROLE, Set.of(roleId)));
        reached.addAll(store.model().holders(tx, CastellanPackage.Literals.MEMBERSHIP__GROUP, Set.copyOf(reached)));
        return new RoleHolders(roleId, store.model().userRoles(tx, reached));
    }

    /** The guest, when the role reaches him (then the change may give him a new way to a right). */
    Set<String> guest() {
        Set<String> guest = new HashSet<>();
        rows.users().stream().filter(UserRoles.Held::guest).forEach(u -> guest.add(u.id()));
        return guest;
    }

    /**
     * Archives, as {@link ChangeGuard#archiveRights} does on a whole model, the complete rights of
     * each user whose rights moved when the role came to grant exactly {@code roleRightsAfter}.
     */
    void archive(CastellanStore store, Transaction tx, Set<String> roleRightsAfter) throws StoreException {
        if (store.journal().isEmpty()) {
            return;
        }
        List<ChangeJournal.Rights> changed = new ArrayList<>();
        for (UserRoles.Held user : rows.users()) {
            Set<String> was = rightsOf(user, null);
            Set<String> is = rightsOf(user, roleRightsAfter);
            if (!was.equals(is)) {
                changed.add(new ChangeJournal.Rights(user.id(), user.login(), is.stream().sorted().toList(), !is.containsAll(was)));
            }
        }
        if (!changed.isEmpty()) {
            store.journal().get().rightsChangedAll(tx, changed);
        }
    }

    /** A user's rights as {@link org.castellan.security.EffectiveRights} gives them, the role's own replaced when given. */
    private Set<String> rightsOf(UserRoles.Held user, Set<String> roleRights) {
        Set<String> rights = new HashSet<>();
        if (user.enabled()) {
            for (String role : user.roleIds()) {
                rights.addAll(role.equals(roleId) && roleRights != null ? roleRights : rows.rightsOfRole().getOrDefault(role, Set.of()));
            }
        }
        return rights;
    }
}

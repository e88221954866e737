package org.castellan.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.castellan.security.SecurityRevision;
import org.castellan.model.CastellanFactory;
import org.castellan.model.CastellanPackage;
import org.castellan.model.Installation;
import org.castellan.model.Right;
import org.castellan.model.RightGrant;
import org.castellan.model.Role;
import org.castellan.security.RightContribution;
import org.castellan.security.RightsCatalog;
import org.castellan.security.RoleContribution;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;

/**
 * Brings the installation's rights and predefined roles up to what the installed bundles declare:
 * new rights and roles are added, the labels and administrative flags of declared rights follow
 * their bundle, and nothing is ever removed (a right whose bundle is gone stays, as an unknown
 * right; a predefined role changed by an administrator keeps the changes).
 */
public final class RightsSynchronizer {

    private final CastellanStore store;
    private final RightsCatalog catalog;

    public RightsSynchronizer(CastellanStore store, RightsCatalog catalog) {
        this.store = Objects.requireNonNull(store);
        this.catalog = Objects.requireNonNull(catalog);
    }

    /**
     * Synchronises inside the caller's transaction and returns the part of the model it read and
     * changed there: the installation with the stored rights the bundles declare (every stored
     * right when a predefined role had to be added) and the roles added. The rest of the model (its
     * users, groups, folders, data rights) is not read: a start costs the same with 100,000 users as
     * with ten. The rights and roles tables stay locked until that transaction ends, so two
     * workstations starting together do not both add the same right.
     */
    public Installation synchronize(Transaction tx, Date now) throws StoreException {
        try (Statement st = tx.connection().createStatement()) {
            st.execute("LOCK TABLE rights IN EXCLUSIVE MODE"); //$NON-NLS-1$
            st.execute("LOCK TABLE roles IN EXCLUSIVE MODE"); //$NON-NLS-1$
        } catch (SQLException e) {
            throw new StoreException(StoreException.Problem.DATABASE_ERROR, e.getMessage(), e);
        }
        // A role row of that contribution, believed or not (changed outside Castellan, its seal no longer
        // matches: left for an administrator to review, audit verify names it), is never written a second time.
        List<RoleContribution> missingRoles = new ArrayList<>();
        for (RoleContribution declared : catalog.roles()) {
            if (store.model().idsWhere(tx, CastellanPackage.Literals.ROLE__CONTRIBUTION_ID, declared.id()).isEmpty()) {
                missingRoles.add(declared);
            }
        }
        // A new predefined role takes its rights among all those stored; otherwise only the declared ones are read.
        Set<String> rightIds = missingRoles.isEmpty() ? declaredRightIds(tx) : allRightIds(tx);
        Installation model = store.model().loadClosure(tx, rightIds, Set.of());
        if (model == null) {
            model = store.model().load(tx); // no installation row yet: nothing to spare
        }
        for (RightContribution declared : catalog.rights()) {
            Optional<Right> stored = model.getRights().stream().filter(r -> declared.id().equals(r.getRightId())).findFirst();
            if (stored.isEmpty()) {
                Right right = CastellanFactory.eINSTANCE.createRight();
                right.setRightId(declared.id());
                describe(right, declared);
                model.getRights().add(right);
                store.model().insert(tx, right); // after every stored right: the model read is a part (loadClosure)
            } else if (!sameDescription(stored.get(), declared)) {
                describe(stored.get(), declared);
                store.model().update(tx, stored.get());
            }
        }
        List<String> known = model.getRights().stream().map(Right::getRightId).toList();
        for (RoleContribution declared : missingRoles) {
            Role role = predefinedRole(tx, declared, model, known, now);
            model.getRoles().add(role);
            store.model().insert(tx, role);
        }
        try {
            SecurityRevision.advance(tx);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Problem.DATABASE_ERROR, e.getMessage(), e);
        }
        return model;
    }

    /** The ids of the stored rights the bundles declare, by the index on their right id. */
    private Set<String> declaredRightIds(Transaction tx) throws StoreException {
        Set<String> ids = new LinkedHashSet<>();
        for (RightContribution declared : catalog.rights()) {
            ids.addAll(store.model().idsWhere(tx, CastellanPackage.Literals.RIGHT__RIGHT_ID, declared.id()));
        }
        return ids;
    }

    private static Set<String> allRightIds(Transaction tx) throws StoreException {
        Set<String> ids = new LinkedHashSet<>();
        try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM rights")) { //$NON-NLS-1$
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException(StoreException.Problem.DATABASE_ERROR, e.getMessage(), e);
        }
        return ids;
    }

    private Role predefinedRole(Transaction tx, RoleContribution declared, Installation model, List<String> known, Date now)
            throws StoreException {
        Role role = CastellanFactory.eINSTANCE.createRole();
        role.setName(uniqueName(tx, declared.name()));
        role.setDescription(declared.description());
        role.setPredefined(true);
        role.setContributionId(declared.id());
        for (String rightId : declared.rightsAmong(known, id -> model.getRights().stream().anyMatch(r -> r.getRightId().equals(id) && r.isAdministrative()))) {
            RightGrant grant = CastellanFactory.eINSTANCE.createRightGrant();
            grant.setRight(model.getRights().stream().filter(r -> r.getRightId().equals(rightId)).findFirst().orElseThrow());
            grant.setGrantedAt(now);
            role.getGrants().add(grant);
        }
        return role;
    }

    /** An administrator may already have made a role of that name: the predefined one then gets a number. */
    private String uniqueName(Transaction tx, String name) throws StoreException {
        String candidate = name;
        for (int n = 2; !store.model().idsWhere(tx, CastellanPackage.Literals.ROLE__NAME, candidate).isEmpty(); n++) {
            candidate = name + " (" + n + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return candidate;
    }

    private static void describe(Right right, RightContribution declared) {
        right.setLabel(declared.label());
        right.setCategory(declared.category());
        right.setDescription(declared.description());
        right.setContributor(declared.contributor());
        right.setAdministrative(declared.administrative());
    }

    private static boolean sameDescription(Right right, RightContribution declared) {
        return Objects.equals(right.getLabel(), declared.label()) && Objects.equals(right.getCategory(), declared.category())
                && Objects.equals(right.getDescription(), declared.description())
                && Objects.equals(right.getContributor(), declared.contributor()) && right.isAdministrative() == declared.administrative();
    }
}

package org.castellan.security.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.castellan.security.SecurityRevision;
import org.castellan.model.CastellanFactory;
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
     * Synchronises inside the caller's transaction and returns the model as it now stands there.
     * The rights and roles tables stay locked until that transaction ends, so two workstations
     * starting together do not both add the same right.
     */
    public Installation synchronize(Transaction tx, Date now) throws StoreException {
        try (Statement st = tx.connection().createStatement()) {
            st.execute("LOCK TABLE rights IN EXCLUSIVE MODE"); //$NON-NLS-1$
            st.execute("LOCK TABLE roles IN EXCLUSIVE MODE"); //$NON-NLS-1$
        } catch (SQLException e) {
            throw new StoreException(StoreException.Problem.DATABASE_ERROR, e.getMessage(), e);
        }
        Installation model = store.model().load(tx);
        for (RightContribution declared : catalog.rights()) {
            Optional<Right> stored = model.getRights().stream().filter(r -> declared.id().equals(r.getRightId())).findFirst();
            if (stored.isEmpty()) {
                Right right = CastellanFactory.eINSTANCE.createRight();
                right.setRightId(declared.id());
                describe(right, declared);
                model.getRights().add(right);
                store.model().insert(tx, right);
            } else if (!sameDescription(stored.get(), declared)) {
                describe(stored.get(), declared);
                store.model().update(tx, stored.get());
            }
        }
        List<String> known = model.getRights().stream().map(Right::getRightId).toList();
        for (RoleContribution declared : catalog.roles()) {
            if (model.getRoles().stream().noneMatch(r -> declared.id().equals(r.getContributionId()))
                    && !storedButNotBelieved(tx, "SELECT 1 FROM roles WHERE contribution_id = ?", declared.id())) { //$NON-NLS-1$
                Role role = predefinedRole(declared, model, known, now);
                model.getRoles().add(role);
                store.model().insert(tx, role);
            }
        }
        try {
            SecurityRevision.advance(tx);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Problem.DATABASE_ERROR, e.getMessage(), e);
        }
        return model;
    }

    /**
     * Whether a row the model read left out is there all the same: changed outside Castellan, its
     * seal no longer matches. It is left for an administrator to review (audit verify names it),
     * never written a second time.
     */
    private static boolean storedButNotBelieved(Transaction tx, String sql, String id) throws StoreException {
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException(StoreException.Problem.DATABASE_ERROR, e.getMessage(), e);
        }
    }

    private static Role predefinedRole(RoleContribution declared, Installation model, List<String> known, Date now) {
        Role role = CastellanFactory.eINSTANCE.createRole();
        role.setName(uniqueName(declared.name(), model));
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
    private static String uniqueName(String name, Installation model) {
        String candidate = name;
        for (int n = 2; taken(candidate, model); n++) {
            candidate = name + " (" + n + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return candidate;
    }

    private static boolean taken(String name, Installation model) {
        return model.getRoles().stream().anyMatch(r -> name.equals(r.getName()));
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

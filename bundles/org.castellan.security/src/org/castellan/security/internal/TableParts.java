package org.castellan.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.castellan.model.Installation;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.eclipse.emf.ecore.EReference;

/**
 * The installation's objects of one kind read as a part of the model (their rows' seals checked as
 * a whole read checks them), for the lists that show them: the roles view of an installation of
 * 100,000 users reads its 2,000 roles, not the users too.
 */
final class TableParts {

    private TableParts() {
    }

    /**
     * @param idQuery a query of the objects' ids (a constant: never built from input)
     * @return the part holding them; empty when there are none
     */
    static Optional<Installation> of(CastellanStore store, Transaction tx, String idQuery, Set<EReference> follow) throws SQLException, StoreException {
        List<String> ids = new ArrayList<>();
        try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery(idQuery)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids.isEmpty() ? Optional.empty() : Optional.ofNullable(store.model().loadPart(tx, ids, follow));
    }
}

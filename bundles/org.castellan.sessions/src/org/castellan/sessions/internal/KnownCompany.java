package org.castellan.sessions.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.castellan.sessions.SessionException;
import org.castellan.store.Transaction;
import org.eclipse.osgi.util.NLS;

/**
 * A company the installation knows, found by its code without letter case (as
 * {@link org.castellan.security.CompanyAdministration} compares codes) and named as the
 * installation spells it. An archived company is known (its sessions may still be listed and asked
 * to end) but opens no new session.
 */
record KnownCompany(String code, boolean archived) {

    /** Refuses a code the installation does not know; the exact spelling first, should two differ only in case. */
    static KnownCompany find(Transaction tx, String typed) throws SQLException, SessionException {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT code, archived FROM companies WHERE UPPER(code) = UPPER(?) ORDER BY CASE WHEN code = ? THEN 0 ELSE 1 END, code")) { //$NON-NLS-1$
            ps.setString(1, typed);
            ps.setString(2, typed);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SessionException(NLS.bind(Messages.unknownCompany, typed));
                }
                return new KnownCompany(rs.getString(1), rs.getBoolean(2));
            }
        }
    }
}

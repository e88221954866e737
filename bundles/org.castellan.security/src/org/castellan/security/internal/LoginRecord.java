package org.castellan.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** What the users view shows of an account's logins: last success, last failure, lock. */
record LoginRecord(Instant lastSuccess, Instant lastFailure, Instant lockedUntil) {

    static final LoginRecord NONE = new LoginRecord(null, null, null);

    /** Every account's record, by user id. */
    static Map<String, LoginRecord> all(Connection c) throws SQLException {
        Map<String, LoginRecord> records = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT user_id, last_success_at, last_failure_at, locked_until FROM login_attempts")) { //$NON-NLS-1$
            while (rs.next()) {
                records.put(rs.getString(1), new LoginRecord(instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4))));
            }
        }
        return records;
    }

    /** One account's record. */
    static LoginRecord of(Connection c, String userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_success_at, last_failure_at, locked_until FROM login_attempts WHERE user_id = ?")) { //$NON-NLS-1$
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new LoginRecord(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))) : NONE;
            }
        }
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}

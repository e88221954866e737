package org.castellan.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names of the rows ids point to, so that a finding says "role 'clerk'" rather than an id. */
final class SealLabels {

    private static final List<String> NAMES = List.of("SELECT id, login FROM users", "SELECT id, name FROM user_groups", //$NON-NLS-1$ //$NON-NLS-2$
            "SELECT id, name FROM roles", "SELECT id, right_id FROM rights", "SELECT id, code FROM companies"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final Map<String, String> byId = new HashMap<>();

    private SealLabels() {
    }

    static SealLabels read(Connection c) throws SQLException {
        SealLabels labels = new SealLabels();
        for (String sql : NAMES) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    labels.byId.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return labels;
    }

    /** "column 'value', ..." from a stored label ("column=value" lines), ids replaced by names. */
    String label(String stored) {
        if (stored == null || stored.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        List<String> parts = new ArrayList<>();
        for (String line : stored.split("\n")) { //$NON-NLS-1$
            int eq = line.indexOf('=');
            String value = line.substring(eq + 1);
            parts.add(line.substring(0, eq) + " '" + byId.getOrDefault(value, value) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return String.join(", ", parts); //$NON-NLS-1$
    }
}

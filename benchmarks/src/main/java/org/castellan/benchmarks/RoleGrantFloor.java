package org.castellan.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A right granted to a role or revoked from it by plain indexed JDBC: the floor next to which
 * {@link AdministrativeChangeBenchmark} reports the service's change. Nothing is checked, sealed,
 * archived or journaled.
 */
final class RoleGrantFloor {

    private RoleGrantFloor() {
    }

    /**
     * @param withHolders whether the rows of the users the role reaches are read too (their
     *                    memberships, groups, role assignments, roles and grants)
     * @return how many rows were read or written
     */
    static int grantOrRevoke(Connection c, String roleName, String rightId, boolean grant, boolean withHolders) throws SQLException {
        String role = single(c, "SELECT id FROM roles WHERE name = ?", roleName);
        String right = single(c, "SELECT id FROM rights WHERE right_id = ?", rightId);
        int rows = 2 + select(c, "SELECT * FROM right_grants WHERE owner_id", List.of(role), null);
        if (grant) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO right_grants (id, version, owner_id, position, right_id) VALUES (?, 0, ?, 999, ?)")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, role);
                ps.setString(3, right);
                rows += ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM right_grants WHERE owner_id = ? AND right_id = ?")) {
                ps.setString(1, role);
                ps.setString(2, right);
                rows += ps.executeUpdate();
            }
        }
        if (withHolders) {
            Set<String> owners = new HashSet<>();
            rows += select(c, "SELECT owner_id FROM role_assignments WHERE role_id", List.of(role), owners);
            Set<String> users = new HashSet<>(owners);
            rows += select(c, "SELECT owner_id FROM memberships WHERE group_id", owners, users);
            rows += select(c, "SELECT * FROM users WHERE id", users, null);
            Set<String> groups = new HashSet<>();
            rows += select(c, "SELECT group_id FROM memberships WHERE owner_id", users, groups);
            rows += select(c, "SELECT * FROM user_groups WHERE id", groups, null);
            Set<String> roles = new HashSet<>();
            users.addAll(groups);
            rows += select(c, "SELECT role_id FROM role_assignments WHERE owner_id", users, roles);
            rows += select(c, "SELECT * FROM roles WHERE id", roles, null);
            Set<String> rights = new HashSet<>();
            rows += select(c, "SELECT right_id FROM right_grants WHERE owner_id", roles, rights);
            rows += select(c, "SELECT * FROM rights WHERE id", rights, null);
        }
        return rows;
    }

    private static String single(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Selects by IN lists of up to 50 keys; the first column of each row added to {@code into} when given. */
    private static int select(Connection c, String sqlBeforeIn, Collection<String> keys, Set<String> into) throws SQLException {
        List<String> all = new ArrayList<>(keys);
        int rows = 0;
        for (int from = 0; from < all.size(); from += 50) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 50));
            try (PreparedStatement ps = c.prepareStatement(sqlBeforeIn + " IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        if (into != null) {
                            into.add(rs.getString(1));
                        }
                    }
                }
            }
        }
        return rows;
    }
}

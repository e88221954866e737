package org.castellan.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.store.UserRoles;

/**
 * Reads what some users' rights are made of from the rows alone, table by table by indexed reads
 * (no model objects): their user rows, memberships, groups, the role assignments of both, the
 * roles and their grants. Each sealed row is checked as a whole read checks it ({@link RowGraph}):
 * a row that does not match is left out, with what it contains (a role's grants) and what points
 * to it (a membership of such a group, an assignment of such a role). A role's change reaching
 * thousands of users reads this instead of their whole closure.
 */
final class RoleRowsRead {

    /** One row believed, as the read met it. */
    @FunctionalInterface
    private interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }

    private record UserRow(String id, String login, boolean enabled, boolean guest, int position, int read) {
    }

    private final TransactionContext tx;
    private final Connection c;
    private final Map<String, Map<String, String>> seals = new HashMap<>();
    private final LoadCheck check;

    RoleRowsRead(TransactionContext tx) throws SQLException {
        this.tx = tx;
        this.c = tx.connection();
        this.check = tx.sealer().partCheck(tx, seals);
    }

    UserRoles read(Collection<String> userIds) throws SQLException {
        Map<String, UserRow> users = new LinkedHashMap<>();
        rows("users", "id", userIds, rs -> users.put(rs.getString("id"), //$NON-NLS-1$ //$NON-NLS-2$
                new UserRow(rs.getString("id"), rs.getString("login"), rs.getBoolean("enabled"), rs.getBoolean("is_guest"), rs.getInt("position"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        users.size()))); //$NON-NLS-1$
        Map<String, Set<String>> groupsOf = new HashMap<>();
        rows("memberships", "owner_id", users.keySet(), //$NON-NLS-1$ //$NON-NLS-2$
                rs -> groupsOf.computeIfAbsent(rs.getString("owner_id"), u -> new HashSet<>()).add(rs.getString("group_id"))); //$NON-NLS-1$ //$NON-NLS-2$
        Set<String> groups = new HashSet<>();
        rows("user_groups", "id", union(groupsOf.values()), rs -> groups.add(rs.getString("id"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Set<String> owners = new HashSet<>(users.keySet());
        owners.addAll(groups);
        Map<String, Set<String>> rolesOf = new HashMap<>();
        rows("role_assignments", "owner_id", owners, //$NON-NLS-1$ //$NON-NLS-2$
                rs -> rolesOf.computeIfAbsent(rs.getString("owner_id"), o -> new HashSet<>()).add(rs.getString("role_id"))); //$NON-NLS-1$ //$NON-NLS-2$
        Set<String> roles = new HashSet<>();
        rows("roles", "id", union(rolesOf.values()), rs -> roles.add(rs.getString("id"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Map<String, Set<String>> grantsOf = new HashMap<>();
        rows("right_grants", "owner_id", roles, //$NON-NLS-1$ //$NON-NLS-2$
                rs -> grantsOf.computeIfAbsent(rs.getString("owner_id"), r -> new HashSet<>()).add(rs.getString("right_id"))); //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, String> rightIds = new HashMap<>();
        rows("rights", "id", union(grantsOf.values()), rs -> rightIds.put(rs.getString("id"), rs.getString("right_id"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

        Map<String, Set<String>> rightsOfRole = new HashMap<>();
        for (String role : roles) {
            Set<String> rights = new HashSet<>();
            for (String right : grantsOf.getOrDefault(role, Set.of())) {
                if (rightIds.containsKey(right)) {
                    rights.add(rightIds.get(right));
                }
            }
            rightsOfRole.put(role, Set.copyOf(rights));
        }
        List<UserRoles.Held> held = new ArrayList<>();
        for (UserRow user : users.values().stream().sorted(Comparator.comparingInt(UserRow::position).thenComparingInt(UserRow::read)).toList()) {
            Set<String> his = new HashSet<>(rolesOf.getOrDefault(user.id(), Set.of()));
            for (String group : groupsOf.getOrDefault(user.id(), Set.of())) {
                if (groups.contains(group)) {
                    his.addAll(rolesOf.getOrDefault(group, Set.of()));
                }
            }
            his.retainAll(roles); // an assignment of a role refused by its seal gives nothing
            held.add(new UserRoles.Held(user.id(), user.login(), user.enabled(), user.guest(), Set.copyOf(his)));
        }
        return new UserRoles(held, rightsOfRole);
    }

    /**
     * The seals of those rows, joined by their full key. Asked by an IN list on {@code row_key}
     * (the second column of the seals' primary key), one change on the 100,000-user installation
     * did not end within a minute (Derby reading seal after seal of the table); through a subquery
     * of the rows' ids, as {@link PartRead} asks, it took about 1.3 s, and so joined about 0.5 s.
     */
    private void fetchSeals(String table, String column, List<String> chunk) throws SQLException {
        // the rights are always believed (see LoadCheck)
        if (check == null || !SealedTable.BY_NAME.containsKey(table) || "rights".equals(table)) { //$NON-NLS-1$
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT s.row_key, s.seal FROM " + table + " t, row_seals s WHERE s.table_name = '" + table //$NON-NLS-1$ //$NON-NLS-2$
                + "' AND s.row_key = t.id AND t." + column + PartRead.in(chunk))) { //$NON-NLS-1$
            PartRead.bind(ps, chunk);
            try (ResultSet rs = ps.executeQuery()) {
                Map<String, String> ofTable = seals.computeIfAbsent(table, t -> new HashMap<>());
                while (rs.next()) {
                    ofTable.put(rs.getString(1), rs.getString(2));
                }
            }
        }
    }

    private static Set<String> union(Collection<Set<String>> sets) {
        Set<String> all = new HashSet<>();
        sets.forEach(all::addAll);
        return all;
    }

    /** The rows of {@code table} whose {@code column} is one of the keys, each believed one given to the sink. */
    private void rows(String table, String column, Collection<String> keys, RowSink sink) throws SQLException {
        for (List<String> chunk : PartRead.chunks(new ArrayList<>(keys))) {
            fetchSeals(table, column, chunk);
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE " + column + PartRead.in(chunk))) { //$NON-NLS-1$ //$NON-NLS-2$
                PartRead.bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (check == null || check.row(table, rs, rs.getString("id"))) { //$NON-NLS-1$
                            sink.accept(rs);
                        }
                    }
                }
            }
        }
    }
}

package org.castellan.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;

import org.castellan.model.Dimension;
import org.castellan.model.Member;
import org.castellan.store.MemberRow;
import org.castellan.store.MemberRows;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;

/** {@link MemberRows} on the table {@code members} (schema 16). */
final class MemberTable implements MemberRows {

    private static final String COLUMNS = "unique_name, parent_name, caption, depth, missing"; //$NON-NLS-1$
    private static final String INSERT = "INSERT INTO members (dimension_id, unique_name, parent_name, caption, depth, position, missing) " //$NON-NLS-1$
            + "VALUES (?, ?, ?, ?, ?, ?, FALSE)"; //$NON-NLS-1$
    private static final String UPDATE = "UPDATE members SET parent_name = ?, caption = ?, depth = ?, missing = FALSE " //$NON-NLS-1$
            + "WHERE dimension_id = ? AND unique_name = ?"; //$NON-NLS-1$
    private static final String FLAG_MISSING = "UPDATE members SET missing = TRUE WHERE dimension_id = ? AND unique_name = ?"; //$NON-NLS-1$

    private final DerbyStore store;

    MemberTable(DerbyStore store) {
        this.store = store;
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T run(Transaction tx, SqlWork<T> work) throws StoreException {
        try {
            return work.run(tx.connection());
        } catch (SQLException e) {
            throw DerbyErrors.onUse(e, store.describe());
        }
    }

    @Override
    public Registered register(Transaction tx, String dimensionId, List<MemberRow> rows, boolean reload, LongConsumer progress) throws StoreException {
        return run(tx, c -> {
            Map<String, MemberRow> stored = stored(c, dimensionId);
            if (stored.isEmpty()) {
                insert(c, dimensionId, rows, 0, progress);
                return new Registered(rows.size(), 0, 0);
            }
            int next = nextPosition(c, dimensionId);
            List<MemberRow> added = new ArrayList<>();
            List<MemberRow> changed = new ArrayList<>();
            for (MemberRow row : rows) {
                MemberRow old = stored.remove(row.uniqueName());
                if (old == null) {
                    added.add(row);
                } else if (old.missing() || !Objects.equals(old.parentUniqueName(), row.parentUniqueName())
                        || !Objects.equals(old.caption(), row.caption()) || old.depth() != row.depth()) {
                    changed.add(row);
                }
            }
            long written = insert(c, dimensionId, added, next, progress);
            written = update(c, dimensionId, changed, written, progress);
            int flagged = 0;
            if (reload) {
                List<String> gone = stored.values().stream().filter(row -> !row.missing()).map(MemberRow::uniqueName).toList();
                flagMissing(c, dimensionId, gone, written, progress);
                flagged = gone.size();
            }
            return new Registered(added.size(), changed.size(), flagged);
        });
    }

    /** Binds one item's values to the statement; {@code index} counts the items from 0. */
    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement ps, T item, int index) throws SQLException;
    }

    /** Runs the statement for each item in batches of {@link #BATCH}, telling the rows written so far (counted on from {@code before}) after each. */
    private static <T> long batched(Connection c, String sql, List<T> items, Binder<T> binder, long before, LongConsumer progress) throws SQLException {
        long written = before;
        int pending = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int index = 0; index < items.size(); index++) {
                binder.bind(ps, items.get(index), index);
                ps.addBatch();
                written++;
                if (++pending == BATCH) {
                    ps.executeBatch();
                    progress.accept(written);
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
                progress.accept(written);
            }
        }
        return written;
    }

    private static long insert(Connection c, String dimensionId, List<MemberRow> rows, int firstPosition, LongConsumer progress) throws SQLException {
        return batched(c, INSERT, rows, (ps, row, index) -> {
            ps.setString(1, dimensionId);
            ps.setString(2, row.uniqueName());
            setNullable(ps, 3, row.parentUniqueName());
            setNullable(ps, 4, row.caption());
            ps.setInt(5, row.depth());
            ps.setInt(6, firstPosition + index);
        }, 0, progress);
    }

    private static long update(Connection c, String dimensionId, List<MemberRow> rows, long before, LongConsumer progress) throws SQLException {
        return batched(c, UPDATE, rows, (ps, row, index) -> {
            setNullable(ps, 1, row.parentUniqueName());
            setNullable(ps, 2, row.caption());
            ps.setInt(3, row.depth());
            ps.setString(4, dimensionId);
            ps.setString(5, row.uniqueName());
        }, before, progress);
    }

    private static void flagMissing(Connection c, String dimensionId, List<String> names, long before, LongConsumer progress) throws SQLException {
        batched(c, FLAG_MISSING, names, (ps, name, index) -> {
            ps.setString(1, dimensionId);
            ps.setString(2, name);
        }, before, progress);
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    /** Every stored row of the dimension by unique name (what a reload compares with). */
    private static Map<String, MemberRow> stored(Connection c, String dimensionId) throws SQLException {
        Map<String, MemberRow> rows = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM members WHERE dimension_id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            ps.setString(1, dimensionId);
            ps.setFetchSize(BATCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MemberRow row = row(rs);
                    rows.put(row.uniqueName(), row);
                }
            }
        }
        return rows;
    }

    private static int nextPosition(Connection c, String dimensionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(position) FROM members WHERE dimension_id = ?")) { //$NON-NLS-1$
            ps.setString(1, dimensionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) + 1 : 0;
            }
        }
    }

    private static MemberRow row(ResultSet rs) throws SQLException {
        return new MemberRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5));
    }

    @Override
    public Map<String, MemberRow> find(Transaction tx, String dimensionId, Collection<String> uniqueNames) throws StoreException {
        return run(tx, c -> find(c, dimensionId, uniqueNames));
    }

    /**
     * One seek of the primary key a name: Derby probes an IN list only on an index's first column,
     * and with the dimension first it scanned the whole dimension for each list.
     */
    private static Map<String, MemberRow> find(Connection c, String dimensionId, Collection<String> uniqueNames) throws SQLException {
        Map<String, MemberRow> found = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM members WHERE dimension_id = ? AND unique_name = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            ps.setString(1, dimensionId);
            for (String name : new HashSet<>(uniqueNames)) {
                ps.setString(2, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        found.put(name, row(rs));
                    }
                }
            }
        }
        return found;
    }

    @Override
    public Map<String, MemberRow> withAncestors(Transaction tx, String dimensionId, Collection<String> uniqueNames) throws StoreException {
        return run(tx, c -> {
            Map<String, MemberRow> found = new LinkedHashMap<>();
            Set<String> asked = new HashSet<>(uniqueNames);
            for (Collection<String> next = asked; !next.isEmpty();) {
                Map<String, MemberRow> rows = find(c, dimensionId, next);
                found.putAll(rows);
                Set<String> parents = new HashSet<>();
                for (MemberRow row : rows.values()) {
                    if (row.parentUniqueName() != null && !found.containsKey(row.parentUniqueName()) && asked.add(row.parentUniqueName())) {
                        parents.add(row.parentUniqueName());
                    }
                }
                next = parents;
            }
            return found;
        });
    }

    @Override
    public List<MemberRow> children(Transaction tx, String dimensionId, String parentUniqueName, int offset, int limit) throws StoreException {
        return run(tx, c -> {
            String parent = parentUniqueName == null ? "parent_name IS NULL" : "parent_name = ?"; //$NON-NLS-1$ //$NON-NLS-2$
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM members WHERE dimension_id = ? AND " + parent //$NON-NLS-1$ //$NON-NLS-2$
                    + " AND missing = FALSE ORDER BY position, unique_name OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) { //$NON-NLS-1$
                int i = 1;
                ps.setString(i++, dimensionId);
                if (parentUniqueName != null) {
                    ps.setString(i++, parentUniqueName);
                }
                ps.setInt(i++, offset);
                ps.setInt(i, limit);
                return rows(ps);
            }
        });
    }

    @Override
    public List<MemberRow> search(Transaction tx, String dimensionId, String text, int offset, int limit) throws StoreException {
        return run(tx, c -> {
            String pattern = '%' + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + '%'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM members WHERE dimension_id = ? AND missing = FALSE " //$NON-NLS-1$ //$NON-NLS-2$
                    + "AND (LOWER(unique_name) LIKE ? ESCAPE '\\' OR LOWER(caption) LIKE ? ESCAPE '\\') " //$NON-NLS-1$
                    + "ORDER BY unique_name OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) { //$NON-NLS-1$
                ps.setString(1, dimensionId);
                ps.setString(2, pattern);
                ps.setString(3, pattern);
                ps.setInt(4, offset);
                ps.setInt(5, limit);
                return rows(ps);
            }
        });
    }

    @Override
    public long count(Transaction tx, String dimensionId) throws StoreException {
        return run(tx, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM members WHERE dimension_id = ? AND missing = FALSE")) { //$NON-NLS-1$
                ps.setString(1, dimensionId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public List<MemberRow> all(Transaction tx, String dimensionId) throws StoreException {
        return run(tx, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM members WHERE dimension_id = ? ORDER BY depth, position, unique_name")) { //$NON-NLS-1$ //$NON-NLS-2$
                ps.setString(1, dimensionId);
                return rows(ps);
            }
        });
    }

    private static List<MemberRow> rows(PreparedStatement ps) throws SQLException {
        List<MemberRow> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(row(rs));
            }
        }
        return rows;
    }

    /**
     * The members a program put in a dimension object (a host registering its model with members,
     * as before schema 16), as rows: a parent before its children, a unique name met twice keeps
     * its first place. Empty when the object has none.
     */
    static List<MemberRow> fromTree(Dimension dimension) {
        List<MemberRow> rows = new ArrayList<>();
        Map<String, Integer> depths = new HashMap<>();
        for (Member member : dimension.getMembers()) {
            addTree(rows, depths, member, null, 0);
        }
        return rows;
    }

    /** Adds a member and those below it; a name met again adds nothing, but its children go below its first place. */
    private static void addTree(List<MemberRow> rows, Map<String, Integer> depths, Member member, String parent, int depth) {
        String name = member.getUniqueName();
        if (name == null) {
            return;
        }
        Integer first = depths.putIfAbsent(name, depth);
        if (first == null) {
            rows.add(MemberRow.of(name, parent, member.getCaption(), depth));
        }
        int below = (first == null ? depth : first) + 1;
        for (Member child : member.getChildren()) {
            addTree(rows, depths, child, name, below);
        }
    }
}

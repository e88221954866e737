package org.castellan.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.castellan.store.internal.RowCanon.Unit;

/**
 * Reads what is sealed and its seals: the units of a {@link SealedTable} as they are now, and the
 * rows of {@code row_seals} that seal them; writes those rows.
 */
final class SealRows {

    /** Beyond this many rows of one table, one scan of the table is cheaper than a query per row. */
    private static final int ONE_BY_ONE = 64;
    static final String INSERT = "INSERT INTO row_seals (table_name, row_key, label, fingerprints, seal) VALUES (?, ?, ?, ?, ?)"; //$NON-NLS-1$

    /** A seal as stored, with the label and column fingerprints it was made with. */
    record Stored(String seal, String label, String fingerprints) {
    }

    private SealRows() {
    }

    /** The units of a table now, by key: those of {@code keys}, or all of them (null). */
    static Map<String, Unit> units(Connection c, SealedTable table, Collection<String> keys) throws SQLException {
        Map<String, Unit> units = new LinkedHashMap<>();
        if (keys == null || keys.size() > ONE_BY_ONE) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(table.selectAll())) {
                read(table, rs, units);
            }
            if (keys != null) {
                units.keySet().retainAll(keys);
            }
            return units;
        }
        try (PreparedStatement ps = c.prepareStatement(table.selectOne())) {
            for (String k : keys) {
                ps.setString(1, k);
                try (ResultSet rs = ps.executeQuery()) {
                    read(table, rs, units);
                }
            }
        }
        return units;
    }

    private static void read(SealedTable table, ResultSet rs, Map<String, Unit> into) throws SQLException {
        if (!table.list()) {
            while (rs.next()) {
                String k = rs.getString(table.keyColumn());
                into.put(k, RowCanon.row(table, k, rs));
            }
            return;
        }
        String owner = null;
        List<String> values = new ArrayList<>();
        while (rs.next()) {
            String next = rs.getString(1);
            if (owner != null && !owner.equals(next)) {
                into.put(owner, RowCanon.list(table, owner, values));
                values = new ArrayList<>();
            }
            owner = next;
            values.add(rs.getString(2));
        }
        if (owner != null) {
            into.put(owner, RowCanon.list(table, owner, values));
        }
    }

    /** The seals of a table, by key: those of {@code keys}, or all of them (null). */
    static Map<String, Stored> stored(Connection c, String table, Collection<String> keys) throws SQLException {
        Map<String, Stored> seals = new HashMap<>();
        String sql = "SELECT row_key, seal, label, fingerprints FROM row_seals WHERE table_name = ?"; //$NON-NLS-1$
        if (keys == null || keys.size() > ONE_BY_ONE) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, table);
                readStored(ps, seals);
            }
            if (keys != null) {
                seals.keySet().retainAll(keys);
            }
            return seals;
        }
        try (PreparedStatement ps = c.prepareStatement(sql + " AND row_key = ?")) { //$NON-NLS-1$
            ps.setString(1, table);
            for (String k : keys) {
                ps.setString(2, k);
                readStored(ps, seals);
            }
        }
        return seals;
    }

    private static void readStored(PreparedStatement ps, Map<String, Stored> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                into.put(rs.getString(1), new Stored(rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
    }

    /** Adds the row sealing a unit to a batch of {@link #INSERT}. */
    static void addSeal(PreparedStatement insert, String table, String key, Unit unit, String seal) throws SQLException {
        insert.setString(1, table);
        insert.setString(2, key);
        insert.setString(3, cut(unit.label(), 1000));
        insert.setString(4, cut(unit.fingerprints(), 4000));
        insert.setString(5, seal);
        insert.addBatch();
    }

    private static String cut(String s, int length) {
        return s.length() <= length ? s : s.substring(0, length);
    }

    /** The ids of the rows of a list table an owner has. */
    static List<String> idsOwnedBy(Connection c, String table, String owner) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE owner_id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}

package org.castellan.store.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The canonical form of a sealed unit: the bytes its seal is computed over. Values are read by
 * their SQL type and written the same way whichever driver (embedded or client) read them, so a
 * row sealed on one workstation checks on another. Every column counts but {@code version} and
 * {@code position}, which move when neighbours change; a migration that adds a column to a sealed
 * table must reseal it.
 */
final class RowCanon {

    private static final String FORMAT = "castellan-seal-1"; //$NON-NLS-1$
    private static final Set<String> UNSEALED = Set.of("version", "position"); //$NON-NLS-1$ //$NON-NLS-2$

    /** A unit as read: its canonical bytes, the columns' fingerprints (to name what changed), a label for people. */
    record Unit(byte[] canonical, String fingerprints, String label) {
    }

    private RowCanon() {
    }

    /** The current row of {@code rs} (a {@code SELECT *} of the table). */
    static Unit row(SealedTable table, String key, ResultSet rs) throws SQLException {
        StringBuilder fingerprints = new StringBuilder();
        byte[] canonical = write(table, key, rs, fingerprints);
        List<String> label = new ArrayList<>();
        for (String column : table.labelColumns()) {
            label.add(column + "=" + rs.getString(column)); //$NON-NLS-1$
        }
        return new Unit(canonical, fingerprints.toString(), String.join("\n", label)); //$NON-NLS-1$
    }

    /**
     * The canonical bytes of the current row of {@code rs}, all a check of its seal needs: a whole
     * load checks every row, and the fingerprints and label only serve to name a row found changed.
     */
    static byte[] canonical(SealedTable table, String key, ResultSet rs) throws SQLException {
        return write(table, key, rs, null);
    }

    /** The sealed columns in name order; each column's fingerprint too when {@code fingerprints} is given. */
    private static byte[] write(SealedTable table, String key, ResultSet rs, StringBuilder fingerprints) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        TreeMap<String, Integer> columns = new TreeMap<>(); // by name, each named once
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnName(i).toLowerCase(Locale.ROOT);
            if (!UNSEALED.contains(name)) {
                columns.put(name, i);
            }
        }
        Writer out = new Writer(table.name(), key);
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            String name = column.getKey();
            String value = value(rs, column.getValue(), meta.getColumnType(column.getValue()));
            out.text(name);
            out.value(value);
            if (fingerprints != null) {
                CRC32 crc = new CRC32();
                crc.update((value == null ? "\0" : "=" + value).getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
                fingerprints.append(name).append(':').append(String.format("%08x", crc.getValue())).append(';'); //$NON-NLS-1$
            }
        }
        return out.bytes();
    }

    /** An owner's list, its values in their order. */
    static Unit list(SealedTable table, String owner, List<String> values) {
        Writer out = new Writer(table.name(), owner);
        for (String value : values) {
            out.value(value);
        }
        return new Unit(out.bytes(), "", table.labelColumns().get(0) + "=" + owner); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String value(ResultSet rs, int column, int type) throws SQLException {
        String value = switch (type) {
            case Types.BOOLEAN, Types.BIT -> Boolean.toString(rs.getBoolean(column));
            case Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Long.toString(rs.getLong(column));
            case Types.TIMESTAMP -> {
                Timestamp ts = rs.getTimestamp(column);
                yield ts == null ? null : ts.toLocalDateTime().toString();
            }
            default -> rs.getString(column);
        };
        return rs.wasNull() ? null : value;
    }

    /** Length-prefixed fields: no two different units write the same bytes. */
    private static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        private final DataOutputStream out = new DataOutputStream(bytes);

        Writer(String table, String key) {
            text(FORMAT);
            text(table);
            text(key);
        }

        void text(String s) {
            value(s);
        }

        void value(String s) {
            try {
                if (s == null) {
                    out.writeInt(-1);
                } else {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(b.length);
                    out.write(b);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}

package org.castellan.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * The table {@code seal_totals}: for each sealed table, how many seals it has and the exclusive-or
 * of them, sealed in turn, so that a row removed together with its seal is still seen; and one row
 * that tells the right key from a wrong one.
 */
final class SealTotals {

    private static final String KEY_CHECK = "*key*"; //$NON-NLS-1$

    private SealTotals() {
    }

    /** Moves a table's totals on by a change, holding the totals' row until the commit. */
    static void add(Connection c, SealMac mac, String table, long count, byte[] xor) throws SQLException {
        long oldCount = 0;
        byte[] digest = new byte[SealMac.LENGTH];
        boolean exists;
        try (PreparedStatement lock = c.prepareStatement("UPDATE seal_totals SET row_count = row_count WHERE table_name = ?")) { //$NON-NLS-1$
            lock.setString(1, table);
            exists = lock.executeUpdate() == 1;
        }
        if (exists) {
            try (PreparedStatement read = c.prepareStatement("SELECT row_count, digest FROM seal_totals WHERE table_name = ?")) { //$NON-NLS-1$
                read.setString(1, table);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    oldCount = rs.getLong(1);
                    digest = SealMac.parseHex(rs.getString(2));
                }
            }
        }
        for (int i = 0; i < digest.length; i++) {
            digest[i] ^= xor[i];
        }
        write(c, mac, table, oldCount + count, SealMac.hex(digest), exists);
    }

    /** Writes a table's totals anew (its row, if it {@code exists}, is updated). */
    static void write(Connection c, SealMac mac, String table, long count, String digest, boolean exists) throws SQLException {
        String sql = exists ? "UPDATE seal_totals SET row_count = ?, digest = ?, seal = ? WHERE table_name = ?" //$NON-NLS-1$
                : "INSERT INTO seal_totals (row_count, digest, seal, table_name) VALUES (?, ?, ?, ?)"; //$NON-NLS-1$
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, count);
            ps.setString(2, digest);
            ps.setString(3, mac.totals(table, count, digest));
            ps.setString(4, table);
            ps.executeUpdate();
        }
    }

    /** Whether a table's totals, and their seal, match the seals it has. */
    static boolean match(Connection c, SealMac mac, String table, Collection<SealRows.Stored> seals) throws SQLException {
        byte[] xor = new byte[SealMac.LENGTH];
        seals.forEach(s -> SealMac.xorInto(xor, s.seal()));
        try (PreparedStatement ps = c.prepareStatement("SELECT row_count, digest, seal FROM seal_totals WHERE table_name = ?")) { //$NON-NLS-1$
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return seals.isEmpty();
                }
                long count = rs.getLong(1);
                String digest = rs.getString(2);
                return count == seals.size() && digest.equals(SealMac.hex(xor)) && mac.totals(table, count, digest).equals(rs.getString(3));
            }
        }
    }

    /** Stores what tells the key sealing from now on (the totals were emptied before). */
    static void writeKeyCheck(Connection c, SealMac mac) throws SQLException {
        String check = mac.keyCheck();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO seal_totals (table_name, row_count, digest, seal) VALUES (?, 0, ?, ?)")) { //$NON-NLS-1$
            ps.setString(1, KEY_CHECK);
            ps.setString(2, check);
            ps.setString(3, check);
            ps.executeUpdate();
        }
    }

    /** Whether the key at hand is the one the installation was sealed with. */
    static boolean keyMatches(Connection c, SealMac mac) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT digest FROM seal_totals WHERE table_name = ?")) { //$NON-NLS-1$
            ps.setString(1, KEY_CHECK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && mac.keyCheck().equals(rs.getString(1));
            }
        }
    }
}

package org.castellan.sessions.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.castellan.sessions.Ban;
import org.castellan.store.SealedRows;
import org.castellan.store.Transaction;

/** The {@code bans} table. */
final class BanTable {

    private static final String SELECT = "SELECT id, company_code, starts_at, ends_at, message, author_id, author_login, author_name FROM bans "; //$NON-NLS-1$

    private static final String TABLE = "bans"; //$NON-NLS-1$

    private BanTable() {
    }

    static void insert(Transaction tx, Ban ban, Instant createdAt) throws SQLException {
        SealedRows.written(tx, TABLE, ban.id());
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO bans (id, company_code, starts_at, ends_at, message, " //$NON-NLS-1$
                + "author_id, author_login, author_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            ps.setString(1, ban.id());
            ps.setString(2, ban.company());
            ps.setTimestamp(3, Timestamp.from(ban.startsAt()));
            ps.setTimestamp(4, Timestamp.from(ban.endsAt()));
            ps.setString(5, ban.message().isEmpty() ? null : ban.message());
            ps.setString(6, ban.authorId());
            ps.setString(7, ban.authorLogin());
            ps.setString(8, ban.authorName());
            ps.setTimestamp(9, Timestamp.from(createdAt));
            ps.executeUpdate();
        }
    }

    /** Bans not ended at {@code now}, soonest first. */
    static List<Ban> current(Transaction tx, Instant now) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(SELECT + "WHERE ends_at > ? ORDER BY starts_at, ends_at, id")) { //$NON-NLS-1$
            ps.setTimestamp(1, Timestamp.from(now));
            return read(ps);
        }
    }

    /** The ban refusing a login on {@code company} (null: installation-wide) at {@code now}; the longest first. */
    static Optional<Ban> refusing(Transaction tx, String company, Instant now) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(SELECT
                + "WHERE (company_code = ? OR company_code = ?) AND starts_at <= ? AND ends_at > ? ORDER BY ends_at DESC, id")) { //$NON-NLS-1$
            ps.setString(1, Ban.ALL_COMPANIES);
            ps.setString(2, company == null ? Ban.ALL_COMPANIES : company);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setTimestamp(4, Timestamp.from(now));
            return read(ps).stream().findFirst();
        }
    }

    static Optional<Ban> find(Transaction tx, String id) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(SELECT + "WHERE id = ?")) { //$NON-NLS-1$
            ps.setString(1, id);
            return read(ps).stream().findFirst();
        }
    }

    static boolean delete(Transaction tx, String id) throws SQLException {
        SealedRows.written(tx, TABLE, id);
        try (PreparedStatement ps = tx.connection().prepareStatement("DELETE FROM bans WHERE id = ?")) { //$NON-NLS-1$
            ps.setString(1, id);
            return ps.executeUpdate() > 0;
        }
    }

    static int deleteEnded(Transaction tx, Instant now) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id FROM bans WHERE ends_at <= ?")) { //$NON-NLS-1$
            ps.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SealedRows.written(tx, TABLE, rs.getString(1)); // their seals go with them
                }
            }
        }
        try (PreparedStatement ps = tx.connection().prepareStatement("DELETE FROM bans WHERE ends_at <= ?")) { //$NON-NLS-1$
            ps.setTimestamp(1, Timestamp.from(now));
            return ps.executeUpdate();
        }
    }

    private static List<Ban> read(PreparedStatement ps) throws SQLException {
        List<Ban> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new Ban(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        }
        return result;
    }
}

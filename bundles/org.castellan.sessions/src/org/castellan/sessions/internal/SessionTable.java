package org.castellan.sessions.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.castellan.sessions.LogoutRequest;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.TokenSession;
import org.castellan.security.AuthenticatedUser;
import org.castellan.sessions.Workstation;
import org.castellan.store.Transaction;

/** The {@code sessions} table: one row from a login to its log-out. */
final class SessionTable {

    private static final String COLUMNS = "s.id, s.user_id, u.login, u.display_name, s.company_code, s.workstation, s.ip_address, " //$NON-NLS-1$
            + "s.os_user, s.program, s.program_version, s.started_at, s.last_heartbeat_at, s.stale_since, s.clock_offset_ms, " //$NON-NLS-1$
            + "s.forced_ban_id"; //$NON-NLS-1$

    private static final String FROM = " FROM sessions s JOIN users u ON u.id = s.user_id"; //$NON-NLS-1$

    /** A row as the registry needs it for a heartbeat. */
    record Row(SessionInfo info, Instant lastActivity, Optional<LogoutRequest> logoutRequest) {
    }

    private SessionTable() {
    }

    static void insert(Transaction tx, SessionInfo s, String forcedBanId) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO sessions (id, user_id, company_code, workstation, " //$NON-NLS-1$
                + "ip_address, os_user, program, program_version, started_at, last_heartbeat_at, last_activity_at, clock_offset_ms, " //$NON-NLS-1$
                + "forced_ban_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            Workstation w = s.workstation();
            ps.setString(1, s.id());
            ps.setString(2, s.userId());
            ps.setString(3, s.company().orElse(null));
            ps.setString(4, w.name());
            ps.setString(5, w.ipAddress());
            ps.setString(6, w.osUser());
            ps.setString(7, w.program());
            ps.setString(8, w.programVersion());
            ps.setTimestamp(9, Timestamp.from(s.startedAt()));
            ps.setTimestamp(10, Timestamp.from(s.lastHeartbeat()));
            ps.setTimestamp(11, Timestamp.from(s.startedAt()));
            ps.setLong(12, s.clockOffset().toMillis());
            ps.setString(13, forcedBanId);
            ps.executeUpdate();
        }
    }

    /** Every session, or those of one company, oldest first. */
    static List<SessionInfo> list(Transaction tx, Optional<String> company) throws SQLException {
        String sql = "SELECT " + COLUMNS + FROM + (company.isPresent() ? " WHERE s.company_code = ?" : "") + " ORDER BY s.started_at, s.id"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            if (company.isPresent()) {
                ps.setString(1, company.get());
            }
            return read(ps);
        }
    }

    /** Active sessions whose last heartbeat is before {@code cutoff}: they have just turned stale. */
    static List<SessionInfo> turningStale(Transaction tx, Instant cutoff) throws SQLException {
        try (PreparedStatement ps = tx.connection()
                .prepareStatement("SELECT " + COLUMNS + FROM + " WHERE s.stale_since IS NULL AND s.last_heartbeat_at < ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            ps.setTimestamp(1, Timestamp.from(cutoff));
            return read(ps);
        }
    }

    static void markStale(Transaction tx, String id, Instant since) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE sessions SET stale_since = ? WHERE id = ? AND stale_since IS NULL")) { //$NON-NLS-1$
            ps.setTimestamp(1, Timestamp.from(since));
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    static Optional<Row> find(Transaction tx, String id) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT " + COLUMNS //$NON-NLS-1$
                + ", s.last_activity_at, s.logout_request, s.logout_requested_by, s.logout_requested_at" + FROM + " WHERE s.id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String message = rs.getString(17);
                Optional<LogoutRequest> request = message == null ? Optional.empty()
                        : Optional.of(new LogoutRequest(message, rs.getString(18), rs.getTimestamp(19).toInstant()));
                return Optional.of(new Row(info(rs), rs.getTimestamp(16).toInstant(), request));
            }
        }
    }

    /** Records a heartbeat: the session is alive (again), and a delivered logout request is cleared. */
    static void beat(Transaction tx, String id, Instant now, Instant lastActivity) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE sessions SET last_heartbeat_at = ?, last_activity_at = ?, " //$NON-NLS-1$
                + "stale_since = NULL, logout_request = NULL, logout_requested_by = NULL, logout_requested_at = NULL WHERE id = ?")) { //$NON-NLS-1$
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setTimestamp(2, Timestamp.from(lastActivity));
            ps.setString(3, id);
            ps.executeUpdate();
        }
    }

    /** Keeps a token's hash in the session's row; @return whether there was such a session */
    static boolean bindToken(Transaction tx, String id, String tokenHash) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE sessions SET token_hash = ? WHERE id = ?")) { //$NON-NLS-1$
            ps.setString(1, tokenHash);
            ps.setString(2, id);
            return ps.executeUpdate() > 0;
        }
    }

    /** The session a token's hash is bound to, if it is not stale and had a heartbeat at {@code cutoff} or later, with its enabled user. */
    static Optional<TokenSession> byToken(Transaction tx, String tokenHash, Instant now, Instant cutoff) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT s.id, u.id, u.login, u.display_name, u.authorization_level, " //$NON-NLS-1$
                + "s.last_heartbeat_at, s.workstation" + FROM + " WHERE s.token_hash = ? AND s.stale_since IS NULL AND s.last_heartbeat_at >= ? AND u.enabled = TRUE")) { //$NON-NLS-1$ //$NON-NLS-2$
            ps.setString(1, tokenHash);
            ps.setTimestamp(2, Timestamp.from(cutoff));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                AuthenticatedUser user = new AuthenticatedUser(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5));
                Duration since = Duration.between(rs.getTimestamp(6).toInstant(), now);
                return Optional.of(new TokenSession(rs.getString(1), user, since.isNegative() ? Duration.ZERO : since, rs.getString(7)));
            }
        }
    }

    /** @return whether there was such a session */
    static boolean delete(Transaction tx, String id) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("DELETE FROM sessions WHERE id = ?")) { //$NON-NLS-1$
            ps.setString(1, id);
            return ps.executeUpdate() > 0;
        }
    }

    /** Asks active sessions to log out: those of a company, or all when {@code company} is null. */
    static int requestLogout(Transaction tx, String exceptId, String company, LogoutRequest request) throws SQLException {
        String where = "id <> ?" + (company == null ? "" : " AND company_code = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return requestLogout(tx, where, request, exceptId == null ? "" : exceptId, company); //$NON-NLS-1$
    }

    /** Asks one session to log out, unless it is stale; returns whether it was asked. */
    static boolean requestLogoutOf(Transaction tx, String id, LogoutRequest request) throws SQLException {
        return requestLogout(tx, "id = ?", request, id, null) > 0; //$NON-NLS-1$
    }

    /** The request written on the active sessions {@code where} selects, its parameters following (a null one left out). */
    private static int requestLogout(Transaction tx, String where, LogoutRequest request, String... parameters) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE sessions SET logout_request = ?, logout_requested_by = ?, " //$NON-NLS-1$
                + "logout_requested_at = ? WHERE stale_since IS NULL AND " + where)) { //$NON-NLS-1$
            ps.setString(1, request.message());
            ps.setString(2, request.requestedBy());
            ps.setTimestamp(3, Timestamp.from(request.requestedAt()));
            int index = 4;
            for (String parameter : parameters) {
                if (parameter != null) {
                    ps.setString(index++, parameter);
                }
            }
            return ps.executeUpdate();
        }
    }

    private static List<SessionInfo> read(PreparedStatement ps) throws SQLException {
        List<SessionInfo> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(info(rs));
            }
        }
        return result;
    }

    private static SessionInfo info(ResultSet rs) throws SQLException {
        Timestamp stale = rs.getTimestamp(13);
        String name = rs.getString(4);
        return new SessionInfo(rs.getString(1), rs.getString(2), rs.getString(3), name == null ? rs.getString(3) : name,
                Optional.ofNullable(rs.getString(5)),
                new Workstation(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)),
                rs.getTimestamp(11).toInstant(), rs.getTimestamp(12).toInstant(),
                stale == null ? Optional.empty() : Optional.of(stale.toInstant()), Duration.ofMillis(rs.getLong(14)), rs.getString(15) != null);
    }
}

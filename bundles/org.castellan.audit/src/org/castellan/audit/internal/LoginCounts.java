package org.castellan.audit.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.castellan.audit.LoginsPerDay;
import org.castellan.security.AccountService;
import org.castellan.store.Transaction;

/**
 * Successful and failed logins per day counted by the database (one aggregate query on the
 * journal's topic and time index), so that a chart of 30 days never reads the rows themselves.
 * <p>
 * The database keeps times in the JVM's zone: it groups by that zone's hour, and each hour is
 * given to its day in the clock's zone (exact whenever the two zones differ by whole hours).
 */
final class LoginCounts {

    private LoginCounts() {
    }

    /**
     * @param login only this actor's logins, or null for everyone's
     * @return every day from {@code first} to {@code last}, those without logins too
     */
    static List<LoginsPerDay> perDay(Transaction tx, LocalDate first, LocalDate last, Instant start, Instant end, String login, ZoneId zone)
            throws SQLException {
        Map<LocalDate, int[]> counts = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            counts.put(day, new int[2]);
        }
        String sql = "SELECT topic, CAST(recorded_at AS DATE), HOUR(recorded_at), COUNT(*) FROM audit_journal" //$NON-NLS-1$
                + " WHERE topic IN (?, ?) AND recorded_at >= ? AND recorded_at < ?" //$NON-NLS-1$
                + (login != null ? " AND actor = ?" : "") //$NON-NLS-1$ //$NON-NLS-2$
                + " GROUP BY topic, CAST(recorded_at AS DATE), HOUR(recorded_at)"; //$NON-NLS-1$
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            ps.setString(1, AccountService.TOPIC_LOGIN_SUCCEEDED);
            ps.setString(2, AccountService.TOPIC_LOGIN_FAILED);
            ps.setTimestamp(3, Timestamp.from(start));
            ps.setTimestamp(4, Timestamp.from(end));
            if (login != null) {
                ps.setString(5, login);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant hour = rs.getDate(2).toLocalDate().atTime(rs.getInt(3), 0).atZone(ZoneId.systemDefault()).toInstant();
                    int[] day = counts.get(LocalDate.ofInstant(hour, zone));
                    if (day != null) {
                        day[AccountService.TOPIC_LOGIN_FAILED.equals(rs.getString(1)) ? 1 : 0] += rs.getInt(4);
                    }
                }
            }
        }
        List<LoginsPerDay> days = new ArrayList<>(counts.size());
        counts.forEach((day, count) -> days.add(new LoginsPerDay(day, count[0], count[1])));
        return days;
    }
}

package org.castellan.audit.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.castellan.audit.LoginsPerDay;
import org.castellan.security.AccountService;
import org.castellan.store.Transaction;

/**
 * Successful and failed logins per day counted by the database: one {@code COUNT(*)} per day and
 * outcome over the journal's topic and time index, each day's bounds taken in the clock's zone, so
 * that a chart of 30 days never reads the rows themselves. (Measured on 5,000,000 rows: a range
 * count per day was two to four times quicker in Derby than one query grouping by a computed hour.)
 */
final class LoginCounts {

    private LoginCounts() {
    }

    /**
     * @param login only this actor's logins, or null for everyone's
     * @return every day from {@code first} to {@code last}, those without logins too
     */
    static List<LoginsPerDay> perDay(Transaction tx, LocalDate first, LocalDate last, String login, ZoneId zone) throws SQLException {
        String sql = "SELECT COUNT(*) FROM audit_journal WHERE topic = ? AND recorded_at >= ? AND recorded_at < ?" //$NON-NLS-1$
                + (login != null ? " AND actor = ?" : ""); //$NON-NLS-1$ //$NON-NLS-2$
        List<LoginsPerDay> days = new ArrayList<>();
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                Timestamp start = Timestamp.from(day.atStartOfDay(zone).toInstant());
                Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant());
                days.add(new LoginsPerDay(day, count(ps, AccountService.TOPIC_LOGIN_SUCCEEDED, start, end, login),
                        count(ps, AccountService.TOPIC_LOGIN_FAILED, start, end, login)));
            }
        }
        return days;
    }

    private static int count(PreparedStatement ps, String topic, Timestamp start, Timestamp end, String login) throws SQLException {
        ps.setString(1, topic);
        ps.setTimestamp(2, start);
        ps.setTimestamp(3, end);
        if (login != null) {
            ps.setString(4, login);
        }
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

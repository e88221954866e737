package org.castellan.sessions.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.castellan.sessions.SessionSettings;
import org.castellan.store.Transaction;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

/** Reads {@link SessionSettings} from the installation's {@code settings} table; a bad value is logged and the default used. */
final class SettingsReader {

    private SettingsReader() {
    }

    static SessionSettings read(Transaction tx) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT name, setting_value FROM settings WHERE name LIKE 'sessions.%'"); //$NON-NLS-1$
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
        }
        SessionSettings d = SessionSettings.DEFAULT;
        return new SessionSettings(
                Duration.ofSeconds(number(values, SessionSettings.HEARTBEAT_SECONDS, d.heartbeatInterval().toSeconds(), 1)),
                (int) number(values, SessionSettings.MISSED_HEARTBEATS, d.missedHeartbeats(), 1),
                Duration.ofMinutes(number(values, SessionSettings.IDLE_TIMEOUT_MINUTES, d.idleTimeout().toMinutes(), 0)),
                Duration.ofMinutes(number(values, SessionSettings.ABSOLUTE_TIMEOUT_MINUTES, d.absoluteTimeout().toMinutes(), 0)));
    }

    private static long number(Map<String, String> values, String name, long fallback, long minimum) {
        String text = values.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= minimum && value <= Integer.MAX_VALUE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        ILog.of(SettingsReader.class).warn(NLS.bind(Messages.invalidSetting, new Object[] { name, text, ">= " + minimum, fallback })); //$NON-NLS-1$
        return fallback;
    }
}

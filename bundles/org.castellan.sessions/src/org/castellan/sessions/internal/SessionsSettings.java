package org.castellan.sessions.internal;

import java.util.List;

import org.castellan.sessions.SessionSettings;
import org.castellan.store.SettingContribution;
import org.castellan.store.SettingDescriptor;
import org.osgi.service.component.annotations.Component;

/** The session settings, as {@link SettingsReader} reads them. */
@Component(service = SettingContribution.class)
public final class SessionsSettings implements SettingContribution {

    /** A week in minutes: longer timeouts are better expressed as none. */
    private static final long WEEK_MINUTES = 7 * 24 * 60;

    @Override
    public List<SettingDescriptor> settings() {
        SessionSettings d = SessionSettings.DEFAULT;
        String category = Messages.settingsCategory;
        return List.of(
                SettingDescriptor.number(SessionSettings.HEARTBEAT_SECONDS, category, Messages.settingHeartbeat, Messages.settingHeartbeatHelp,
                        d.heartbeatInterval().toSeconds(), 1, 3600),
                SettingDescriptor.number(SessionSettings.MISSED_HEARTBEATS, category, Messages.settingMissedHeartbeats,
                        Messages.settingMissedHeartbeatsHelp, d.missedHeartbeats(), 1, 100),
                SettingDescriptor.number(SessionSettings.IDLE_TIMEOUT_MINUTES, category, Messages.settingIdleTimeout, Messages.settingIdleTimeoutHelp,
                        d.idleTimeout().toMinutes(), 0, WEEK_MINUTES),
                SettingDescriptor.number(SessionSettings.ABSOLUTE_TIMEOUT_MINUTES, category, Messages.settingAbsoluteTimeout,
                        Messages.settingAbsoluteTimeoutHelp, d.absoluteTimeout().toMinutes(), 0, WEEK_MINUTES));
    }
}

package org.castellan.home.ui.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.castellan.security.AuthenticatedUser;
import org.castellan.sessions.Ban;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionRegistry;
import org.castellan.ui.Services;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Active sessions and the bans running or planned, per company; Active Sessions… opens them. */
public final class SessionsSection implements Section {

    public static final String STATUS = "home.sessions.status"; //$NON-NLS-1$
    public static final String OPEN = "home.sessions.open"; //$NON-NLS-1$
    private static final int MOST_COMPANIES = 6;

    private final Label status;

    SessionsSection(Composite parent, Ways ways) {
        Card card = new Card(parent, Messages.sessionsTitle, 1);
        status = card.line(STATUS);
        card.button(Messages.sessionsAction, OPEN, () -> ways.perspective(Ways.SESSIONS_PERSPECTIVE));
    }

    @Override
    public void refresh(AuthenticatedUser user) {
        Optional<SessionRegistry> registry = Services.find(SessionRegistry.class);
        if (registry.isEmpty()) {
            status.setText(Messages.notAvailable);
            return;
        }
        try {
            List<SessionInfo> sessions = registry.get().sessions(user, Optional.empty());
            List<Ban> bans = registry.get().maySetBans(user) ? registry.get().bans(user) : List.of();
            Instant now = registry.get().databaseTime();
            // company → {sessions, bans}; an installation-wide session or ban under its own name
            Map<String, int[]> perCompany = new TreeMap<>();
            for (SessionInfo session : sessions) {
                perCompany.computeIfAbsent(session.company().orElse(Messages.noCompany), c -> new int[2])[0]++;
            }
            for (Ban ban : bans) {
                if (ban.endsAt().isAfter(now)) {
                    perCompany.computeIfAbsent(ban.allCompanies() ? Messages.everyCompany : ban.company(), c -> new int[2])[1]++;
                }
            }
            status.setText(describe(perCompany));
        } catch (SessionException e) {
            status.setText(NLS.bind(Messages.readFailed, e.getMessage()));
        }
    }

    private static String describe(Map<String, int[]> perCompany) {
        if (perCompany.isEmpty()) {
            return Messages.sessionsNone;
        }
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (Map.Entry<String, int[]> company : perCompany.entrySet()) {
            if (shown++ == MOST_COMPANIES) {
                text.append(NLS.bind(Messages.sessionsMore, perCompany.size() - MOST_COMPANIES));
                break;
            }
            text.append(NLS.bind(Messages.sessionsCompany, new Object[] { company.getKey(), company.getValue()[0], company.getValue()[1] })).append('\n');
        }
        return text.toString().strip();
    }
}

package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.castellan.security.AuthenticatedUser;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionRegistry;

/**
 * {@code castellan session list}: the sessions as the Active Sessions view shows them to the acting
 * user, through the registry's checked read (security administrators; one limited to some
 * companies sees only theirs), oldest first, stale ones marked, with the ids {@code session logout}
 * takes (last for scripts, where they were added).
 */
record SessionListing(SessionRegistry registry, AuthenticatedUser actor, PrintStream out) {

    private static final List<String> KEYS = List.of("login", "name", "company", "workstation", "address", "program", "since", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "last_heartbeat", "stale", "forced_ban", "id"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    /** @param company a company's code, letter case ignored; empty for every company the actor administers */
    void print(Optional<String> company, OutputFormat format) throws SessionException {
        TextTable.printRows(out, format, registry.sessions(actor, company), KEYS,
                s -> Arrays.asList(s.login(), s.userName(), s.company().orElse(null), s.workstation().name(), s.workstation().ipAddress(),
                        program(s), s.startedAt(), s.lastHeartbeat(), s.stale(), s.forcedBan(), s.id()),
                List.of(Messages.listId, Messages.listLogin, Messages.listCompany, Messages.listWorkstation, Messages.listSince, Messages.listLastHeartbeat,
                        Messages.listState),
                s -> List.of(s.id(), s.login(), s.company().orElse(Messages.listEmpty), s.workstation().name(), TextTable.localTime(s.startedAt()),
                        TextTable.localTime(s.lastHeartbeat()), state(s)));
    }

    private static String program(SessionInfo session) {
        String version = session.workstation().programVersion();
        return version == null ? session.workstation().program() : session.workstation().program() + ' ' + version;
    }

    private static String state(SessionInfo session) {
        return session.stale() ? Messages.sessionStale : session.forcedBan() ? Messages.sessionForced : Messages.sessionActive;
    }
}

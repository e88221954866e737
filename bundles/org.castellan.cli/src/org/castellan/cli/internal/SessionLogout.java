package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.Optional;

import org.castellan.security.AuthenticatedUser;
import org.castellan.sessions.Ban;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionRegistry;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan session logout}: what Request Log-Out does in the Active Sessions view, for the
 * active sessions of a company (or every company) as the view does, or for one session named by its id. The registry checks who acts (security administrators; one limited to
 * some companies only there), refuses a session that has ended or is stale, and journals the
 * request; the workstation shows the message at its next heartbeat, and its user logs out himself.
 */
record SessionLogout(SessionRegistry registry, AuthenticatedUser actor, PrintStream err) {

    void run(Invocation invocation) throws SessionException {
        String message = invocation.value(Invocation.MESSAGE).orElse(Messages.sessionLogoutDefault);
        Optional<String> company = invocation.value(Invocation.COMPANY);
        if (company.isPresent()) { // as the view does: every active session there (the command line has none of its own)
            int asked = registry.requestLogout(actor, null, company.get(), message);
            String code = company.get().strip();
            err.println(NLS.bind(Messages.sessionsLogoutRequested, asked, Ban.ALL_COMPANIES.equals(code) ? Messages.banAllCompanies : code));
            return;
        }
        SessionInfo asked = registry.requestSessionLogout(actor, invocation.argument(0), message);
        err.println(NLS.bind(Messages.sessionLogoutRequested, new Object[] { asked.login(), asked.workstation().name(),
                asked.company().orElse(Messages.sessionNoCompany) }));
    }
}

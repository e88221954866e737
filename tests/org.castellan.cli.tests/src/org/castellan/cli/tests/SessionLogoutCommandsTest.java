package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.done;
import static org.castellan.cli.tests.CliInstallation.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.sessions.LogoutRequest;
import org.castellan.sessions.SessionRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code castellan session logout} on a real installation with ACME and BETA: Request Log-Out for
 * one session named by the id {@code session list} prints, or for a company's sessions as the view
 * asks them; the workstation reads the request at its next heartbeat. The registry refuses a user
 * who may not set bans, the officer of BETA acting on ACME or on sessions opened without a company,
 * and sessions that have ended; refusals ask nothing and journal nothing.
 */
class SessionLogoutCommandsTest extends InstallationWithTwoCompanies {

    /** The sessions' ids by login: the clerk on ACME, the officer on BETA, the administrator without a company. */
    private Map<String, String> ids;

    @BeforeEach
    void threeSessions() throws Exception {
        assertNull(login("clerk", CliInstallation.CLERK_PASSWORD, "ACME"));
        assertNull(login("officer", OFFICER_PASSWORD, "BETA"));
        assertNull(login(CliInstallation.ADMIN, CliInstallation.PASSWORD, null));
        ids = rows(admin("session", "list", "--format", "tsv"), SESSIONS).stream().collect(Collectors.toMap(r -> r.get(0), r -> r.get(10)));
        assertEquals(3, ids.size(), ids.toString());
    }

    /** What the session's workstation is shown at its next heartbeat. */
    private Optional<LogoutRequest> nextHeartbeat(String login) throws Exception {
        return installation.with(services -> services.get(SessionRegistry.class).heartbeat(ids.get(login), true)).logoutRequest();
    }

    private List<String> journaled() throws Exception {
        return installation.journaled(SessionRegistry.TOPIC_LOGOUT_REQUESTED);
    }

    @Test
    void oneSessionIsAskedByItsIdWithTheMessageGivenOrTheViewsOwn() throws Exception {
        done(admin("session", "logout", ids.get("clerk"), "--message", "Inventory at 18:00: please log out."),
                "clerk on till-clerk (ACME) was asked to log out");
        assertEquals("Inventory at 18:00: please log out.", nextHeartbeat("clerk").map(LogoutRequest::message).orElseThrow());
        assertEquals(Optional.empty(), nextHeartbeat("officer"), "only the session named");
        assertEquals(Optional.empty(), nextHeartbeat(CliInstallation.ADMIN));

        done(officer("session", "logout", ids.get("officer")), "officer on till-officer (BETA) was asked to log out");
        assertEquals("Please save your work and log out: exclusive processing is about to start.",
                nextHeartbeat("officer").map(LogoutRequest::message).orElseThrow(), "the view's message when none is given");
        done(admin("session", "logout", ids.get(CliInstallation.ADMIN)), "admin on till-admin (no company) was asked");
        assertEquals(3, journaled().size(), journaled().toString());
        String first = journaled().get(0);
        assertEquals(List.of(true, true, true), List.of(first.contains("sessionId=" + ids.get("clerk")), first.contains("user=clerk"),
                first.contains("login=admin")), first);
    }

    @Test
    void aCompanysSessionsAreAskedAsTheViewAsksThem() throws Exception {
        done(admin("session", "logout", "--company", "acme"), "1 session(s) on acme were asked to log out");
        assertEquals(List.of(true, false, false), List.of(nextHeartbeat("clerk").isPresent(), nextHeartbeat("officer").isPresent(),
                nextHeartbeat(CliInstallation.ADMIN).isPresent()));
        done(admin("session", "logout", "--company", "***", "--message", "Year-end closing"), "3 session(s) on all companies were asked");
        assertEquals("Year-end closing", nextHeartbeat("clerk").map(LogoutRequest::message).orElseThrow());
        assertEquals("Year-end closing", nextHeartbeat("officer").map(LogoutRequest::message).orElseThrow());
        refused(officer("session", "logout", "--company", "ACME"), ExitCode.REFUSED, "officer does not administer company ACME");
        refused(officer("session", "logout", "--company", "***"), ExitCode.REFUSED, "Only an administrator of every company");
        assertEquals(2, journaled().size(), journaled().toString());
    }

    @Test
    void refusalsAndMistakesSayWhatIsWrongAndAskNothing() throws Exception {
        installation.with(services -> {
            services.get(SessionRegistry.class).close(ids.get("officer"), "log-out");
            return null;
        });
        record Case(Run run, int exitCode, String says) {
        }
        List<Case> cases = List.of(
                new Case(installation.asClerk("session", "logout", ids.get("clerk")), ExitCode.REFUSED,
                        "Only a security administrator (right \"Block openings\" or \"Administer security\") may block openings, force or lift a ban, or ask others to log out."),
                new Case(officer("session", "logout", ids.get("clerk")), ExitCode.REFUSED, "officer does not administer company ACME"),
                new Case(officer("session", "logout", ids.get(CliInstallation.ADMIN)), ExitCode.REFUSED,
                        "officer administers only some companies, and the session of admin works in none"),
                new Case(admin("session", "logout", ids.get("officer")), ExitCode.REFUSED,
                        "There is no open session \"" + ids.get("officer") + "\": it has ended (log-out, exit or timeout) or never existed."),
                new Case(admin("session", "logout", "no-such-session"), ExitCode.REFUSED, "There is no open session \"no-such-session\""),
                new Case(admin("session", "logout", ids.get("clerk"), "--message", " "), ExitCode.REFUSED, "Write the message"),
                new Case(admin("session", "logout", ids.get("clerk"), "--message", "x".repeat(501)), ExitCode.REFUSED, "it may have at most 500"),
                new Case(admin("session", "logout"), ExitCode.USAGE, "castellan session logout takes either a session's id"),
                new Case(admin("session", "logout", ids.get("clerk"), "--company", "ACME"), ExitCode.USAGE,
                        "castellan session logout takes either a session's id"),
                new Case(admin("session", "logout", "--company", "NOPE"), ExitCode.REFUSED, "There is no company with the code \"NOPE\""));
        for (Case c : cases) {
            refused(c.run(), c.exitCode(), c.says());
            assertEquals("", c.run().out(), "nothing printed for a refusal: " + c.run());
        }
        assertEquals(Optional.empty(), nextHeartbeat("clerk"), "nothing was asked");
        assertEquals(List.of(), journaled());
    }
}

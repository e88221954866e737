package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.sessions.LoginRefusedException;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionRegistry;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code castellan session list} and {@code castellan ban list|set|lift} on a real installation
 * with two companies, ACME and BETA: the registry's checked reads and changes, its refusals of a
 * user who may not see or set bans and of a security officer limited to BETA acting on ACME or on
 * every company; company codes typed in any letter case, shown as the installation spells them.
 */
class SessionAndBanCommandsTest extends InstallationWithTwoCompanies {

    private static final String TSV = "tsv";
    private static final String BANS = "id\tcompany\tstarts_at\tends_at\tauthor\tmessage";

    @Test
    void administratorsSeeTheSessionsTheyAdministerByCompanyInAnyLetterCase() throws Exception {
        assertNull(login("clerk", CliInstallation.CLERK_PASSWORD, "acme"));
        assertNull(login("officer", OFFICER_PASSWORD, "BETA"));
        assertNull(login(CliInstallation.ADMIN, CliInstallation.PASSWORD, null));

        List<List<String>> all = rows(admin("session", "list", "--format", TSV), SESSIONS);
        assertEquals(List.of("clerk:ACME", "officer:BETA", "admin:"), all.stream().map(r -> r.get(0) + ':' + r.get(2)).toList(),
                "oldest first; the company as the installation spells it, whatever was typed at login");
        assertEquals(List.of("clerk", "clerk", "ACME", "till-clerk", "10.0.0.7", "Till 2.1"), all.get(0).subList(0, 6));
        assertEquals(List.of("false", "false"), all.get(0).subList(8, 10));
        assertEquals(List.of("clerk"), column(rows(admin("session", "list", "--company", "acme", "--format", TSV), SESSIONS), 0));

        assertEquals(List.of("officer"), column(rows(officer("session", "list", "--format", TSV), SESSIONS), 0),
                "the officer of BETA sees BETA's sessions, not ACME's nor those opened without a company");
        Run acme = officer("session", "list", "--company", "ACME");
        assertEquals(ExitCode.REFUSED, acme.exitCode(), acme.toString());
        assertTrue(acme.err().contains("officer does not administer company ACME"), acme.toString());

        Run text = admin("session", "list");
        assertTrue(text.out().lines().findFirst().orElseThrow().matches("ID +LOGIN +COMPANY +WORKSTATION +SINCE +LAST HEARTBEAT +STATE"), text.toString());
        assertTrue(text.out().contains("till-clerk") && text.out().contains("active"), text.toString());

        JsonArray json = JsonOutput.array(admin("session", "list", "--format", "json"));
        assertEquals(3, json.size(), json.toString());
        JsonObject admin = JsonOutput.find(json, "login", CliInstallation.ADMIN);
        JsonOutput.fields(admin, "login", "name", "company", "workstation", "address", "program", "since", "lastHeartbeat", "stale", "forcedBan", "id");
        JsonOutput.isNull(admin, "company");
        JsonOutput.isTime(admin, "since");
        JsonOutput.isTrue(admin, "stale", false);
    }

    @Test
    void anAdministratorBansAndLiftsAndAnOfficerOfBetaOnlyThere() throws Exception {
        Instant before = defaultEnd();
        Run acme = admin("ban", "set", "--company", "acme", "--message", "Year-end closing");
        Instant after = defaultEnd();
        done(acme, "Logins on ACME are blocked from ");
        String acmeBan = acme.out().strip();
        assertTrue(acme.err().contains("castellan ban lift " + acmeBan + " lifts the ban."), acme.toString());
        List<List<String>> bans = rows(admin("ban", "list", "--format", TSV), BANS);
        assertEquals(1, bans.size(), bans.toString());
        assertEquals(List.of(acmeBan, "ACME"), bans.get(0).subList(0, 2), "the code as the installation spells it");
        assertTrue(List.of(before.toString(), after.toString()).contains(bans.get(0).get(3)), "by default until 19:00 (tomorrow once past): " + bans);
        assertEquals(List.of("admin", "Year-end closing"), bans.get(0).subList(4, 6));
        SessionException refused = login("clerk", CliInstallation.CLERK_PASSWORD, "ACME");
        assertInstanceOf(LoginRefusedException.class, refused);
        assertTrue(refused.getMessage().contains("Year-end closing"), refused.getMessage());

        // In advance, to the minute on this computer's clock (a space for the T is taken too).
        Run later = admin("ban", "set", "--company", "BETA", "--from", "2099-01-04T08:00", "--until", "2099-01-04 13:30");
        done(later, "Logins on BETA are blocked from 2099-01-04 08:00 to 2099-01-04 13:30");
        String everywhere = admin("ban", "set", "--company", "***", "--from", "2099-02-01T08:00", "--until", "2099-02-01T09:00").out().strip();
        bans = rows(admin("ban", "list", "--format", TSV), BANS);
        assertEquals(List.of(acmeBan, later.out().strip(), everywhere), column(bans, 0), "soonest first");
        assertEquals(List.of(utc("2099-01-04T08:00"), utc("2099-01-04T13:30")), bans.get(1).subList(2, 4));
        assertEquals("***", bans.get(2).get(1));

        // The officer of BETA: refused on ACME and on every company, as the registry refuses him in the workbench; nothing saved.
        Run notHis = officer("ban", "set", "--company", "ACME");
        assertEquals(ExitCode.REFUSED, notHis.exitCode(), notHis.toString());
        assertTrue(notHis.err().contains("officer does not administer company ACME"), notHis.toString());
        assertTrue(notHis.out().isEmpty(), "no ban id: " + notHis);
        Run all = officer("ban", "set", "--company", "***");
        assertEquals(ExitCode.REFUSED, all.exitCode(), all.toString());
        assertTrue(all.err().contains("Only an administrator of every company may ban"), all.toString());
        Run his = officer("ban", "set", "--company", "beta", "--until", "2099-03-01T12:00");
        done(his, "Logins on BETA are blocked");
        assertEquals(List.of(his.out().strip(), later.out().strip(), everywhere), column(rows(officer("ban", "list", "--format", TSV), BANS), 0),
                "he sees BETA's bans and those on every company, not ACME's");
        Run liftAcme = officer("ban", "lift", acmeBan);
        assertEquals(ExitCode.REFUSED, liftAcme.exitCode(), liftAcme.toString());
        assertTrue(liftAcme.err().contains("officer does not administer company ACME"), liftAcme.toString());
        done(officer("ban", "lift", his.out().strip()), "lifted for every workstation");

        done(admin("ban", "lift", acmeBan), "Ban " + acmeBan + " lifted for every workstation");
        Run again = admin("ban", "lift", acmeBan);
        assertEquals(ExitCode.REFUSED, again.exitCode(), again.toString());
        assertTrue(again.err().contains("This ban no longer exists"), again.toString());
        assertNull(login("clerk", CliInstallation.CLERK_PASSWORD, "ACME"), "logins on ACME are allowed again");
        assertEquals(List.of(later.out().strip(), everywhere), column(rows(admin("ban", "list", "--format", TSV), BANS), 0));
        assertEquals(4, installation.journaled(SessionRegistry.TOPIC_BAN_SET).size(), "four bans set; the refusals journal nothing");
        assertEquals(2, installation.journaled(SessionRegistry.TOPIC_BAN_LIFTED).size());
    }

    @Test
    void refusalsAndMistakesSayWhatIsWrongExitNonZeroAndSaveNothing() throws Exception {
        record Case(Run run, int exitCode, String says) {
        }
        List<Case> cases = List.of(
                new Case(admin("ban", "set"), ExitCode.USAGE, "ban set needs --company CODE."),
                new Case(admin("ban", "set", "--company", "ACME", "--from", "tomorrow"), ExitCode.USAGE,
                        "--from takes a date and time on this computer's clock as YYYY-MM-DDTHH:MM (for example 2026-12-31T13:00), not \u201ctomorrow\u201d."),
                new Case(admin("ban", "set", "--company", "ACME", "--from", "2099-01-04T13:00", "--until", "2099-01-04T08:00"), ExitCode.REFUSED,
                        "before it starts"),
                new Case(admin("ban", "set", "--company", "ACME", "--from", "2000-01-03T08:00", "--until", "2000-01-03T09:00"), ExitCode.REFUSED,
                        "which is already past"),
                new Case(admin("ban", "set", "--company", "NOPE"), ExitCode.REFUSED, "There is no company with the code \"NOPE\""),
                new Case(admin("ban", "lift"), ExitCode.USAGE, "ban lift needs the ban's id (castellan ban list shows it)."),
                new Case(admin("ban", "lift", "no-such-ban"), ExitCode.REFUSED, "This ban no longer exists"),
                new Case(admin("ban", "list", "--format", "xml"), ExitCode.USAGE, "--format takes text, tsv, json, not \u201cxml\u201d."),
                new Case(admin("session", "list", "--company", "NOPE"), ExitCode.REFUSED, "There is no company with the code \"NOPE\""),
                new Case(installation.asClerk("session", "list"), ExitCode.REFUSED,
                        "Only a security administrator (right \"Block openings\" or \"Administer security\") may see the installation's sessions and bans."),
                new Case(installation.asClerk("ban", "list"), ExitCode.REFUSED, "may see the installation's sessions and bans"),
                new Case(installation.asClerk("ban", "set", "--company", "ACME"), ExitCode.REFUSED, "may block openings"));
        for (Case c : cases) {
            assertEquals(c.exitCode(), c.run().exitCode(), c.run().toString());
            assertTrue(c.run().err().contains(c.says()), c.run().toString());
            assertTrue(c.run().out().isEmpty(), "nothing on standard output: " + c.run());
        }
        assertEquals(List.of("(none)"), admin("ban", "list").out().lines().toList());
        assertEquals(List.of(), installation.journaled(SessionRegistry.TOPIC_BAN_SET));
    }

    /** What the registry proposes as a ban's end: 19:00 today, or tomorrow once 19:00 is past. */
    private static Instant defaultEnd() {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.systemDefault());
        ZonedDateTime end = now.with(LocalTime.of(19, 0));
        return (end.isAfter(now) ? end : end.plusDays(1)).toInstant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** A date-time on this computer's clock as tsv and JSON print it. */
    private static String utc(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.systemDefault()).toInstant().toString();
    }
}

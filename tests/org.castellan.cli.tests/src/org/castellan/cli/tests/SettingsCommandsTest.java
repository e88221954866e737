package org.castellan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.security.SettingsAdministration;
import org.junit.jupiter.api.Test;

/** {@code castellan settings ...} on a real installation: every concern's settings, checked, journaled, all or none. */
class SettingsCommandsTest extends InstallationWithAClerk {

    private String get(String key) {
        Run run = admin("settings", "get", key);
        assertEquals(ExitCode.DONE, run.exitCode(), run.toString());
        return run.out().strip();
    }

    @Test
    void theListShowsEveryConcernsSettingsWithTheirDefaults() {
        Run text = admin("settings", "list");
        assertEquals(ExitCode.DONE, text.exitCode(), text.toString());
        for (String key : List.of("security.licence.seats", "security.password.policy", "security.guest.access", "sessions.heartbeat.seconds",
                "sessions.stale.missedHeartbeats", "audit.logins", "audit.retention.days", "backup.shutdown.command", "backup.retention.daily",
                "menu.default.level", "installation.site", "menu.package.version")) {
            assertTrue(text.out().contains(key), key + " is listed: " + text);
        }
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("sessions.heartbeat.seconds") && l.contains("30 (default)")), text.out());

        Run tsv = admin("settings", "list", "--format", "tsv");
        List<String> lines = tsv.out().lines().toList();
        assertEquals("key\tvalue\tdefault\tset\tcategory\tlabel", lines.get(0));
        assertTrue(lines.contains("audit.logins\tall\tall\tfalse\tAudit journal\tLogins journaled"), tsv.out());
    }

    @Test
    void severalSettingsChangeTogetherEachJournaledWithBeforeAndAfterAndTheServicesFollowThem() throws Exception {
        Run set = admin("settings", "set", "sessions.heartbeat.seconds=45", "audit.retention.days=365", "backup.shutdown.command=/bin/true now",
                "security.password.policy=bi-point", "security.guest.access=true");
        assertEquals(ExitCode.DONE, set.exitCode(), set.toString());
        assertTrue(set.err().contains("sessions.heartbeat.seconds: 30 → 45"), set.err());
        assertEquals("45", get("sessions.heartbeat.seconds"));
        assertEquals("365", get("audit.retention.days"));
        assertEquals("/bin/true now", get("backup.shutdown.command"));
        assertEquals("length=6 digit=true lower=true upper=true special=true expiry=0 warning=0", get("security.password.policy"),
                "a preset is stored as its rules");
        assertEquals("true", get("security.guest.access"));

        List<String> journaled = installation.journaled(SettingsAdministration.TOPIC_SETTING_CHANGED);
        assertEquals(5, journaled.size(), journaled.toString());
        assertTrue(journaled.stream().anyMatch(d -> d.contains("setting=sessions.heartbeat.seconds") && d.contains("after=45") && d.contains("actor=admin")),
                journaled.toString());

        Run again = admin("settings", "set", "sessions.heartbeat.seconds=45");
        assertTrue(again.err().contains("already had that value: nothing changed"), again.toString());
        assertEquals(5, installation.journaled(SettingsAdministration.TOPIC_SETTING_CHANGED).size(), "what changes nothing is not journaled");

        // the user service reads the seats from the same row: one seat is taken by the administrator and one by the clerk
        assertEquals(ExitCode.DONE, admin("settings", "set", "security.licence.seats=2").exitCode());
        Run refused = installation.run(ScriptedTerminal.stdin(CliInstallation.PASSWORD, "Another-2026z"), "user", "add", "third", "--as",
                CliInstallation.ADMIN, "--password-stdin");
        assertEquals(ExitCode.REFUSED, refused.exitCode(), refused.toString());

        Run reset = admin("settings", "reset", "sessions.heartbeat.seconds", "security.licence.seats");
        assertEquals(ExitCode.DONE, reset.exitCode(), reset.toString());
        assertEquals("30", get("sessions.heartbeat.seconds"));
        assertEquals("", get("security.licence.seats"), "unlimited again");
    }

    @Test
    void badValuesAreAllListedWithWhatIsExpectedAndNothingIsChanged() throws Exception {
        Run bad = admin("settings", "set", "sessions.heartbeat.seconds=60", "audit.retention.days=-5", "backup.shutdown.command=/no/such/halt",
                "audit.logins=sometimes", "security.password.policy=lenght=8", "menu.package.version=7", "sessions.heartbeats=3");
        assertEquals(ExitCode.REFUSED, bad.exitCode(), bad.toString());
        for (String says : List.of("No setting was changed", "-5 is out of range: give a whole number from 1 to 36500",
                "There is no program “/no/such/halt”", "“sometimes” is not one of the values this setting takes: all, failures, none",
                "“lenght=8” is not a rule of a password policy", "kept by Castellan itself", "No setting is called “sessions.heartbeats”",
                "sessions.heartbeat.seconds")) {
            assertTrue(bad.err().contains(says), says + " in " + bad.err());
        }
        assertEquals("30", get("sessions.heartbeat.seconds"), "the good value in a refused change is not saved either");
        assertEquals(List.of(), installation.journaled(SettingsAdministration.TOPIC_SETTING_CHANGED));

        record Case(Run run, int exitCode, String says) {
        }
        for (Case c : List.of(new Case(admin("settings", "set", "retention"), ExitCode.USAGE, "is not key=value"),
                new Case(admin("settings", "set"), ExitCode.USAGE, "key=value"),
                new Case(admin("settings", "set", "audit.logins=none", "audit.logins=all"), ExitCode.USAGE, "given twice"),
                new Case(admin("settings", "get", "nope"), ExitCode.REFUSED, "No setting is called “nope”"),
                new Case(installation.asClerk("settings", "list"), ExitCode.REFUSED, "Administer security"),
                new Case(installation.asClerk("settings", "set", "audit.logins=none"), ExitCode.REFUSED, "Administer security"))) {
            assertEquals(c.exitCode(), c.run().exitCode(), c.run().toString());
            assertTrue(c.run().err().contains(c.says()), c.says() + " in " + c.run());
        }
        assertEquals("all", get("audit.logins"));
    }
}

package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.castellan.backup.BackupService;
import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * {@code castellan media init|show} on a real installation: the medium initialised and recognised
 * by the backup service, which checks the backup right; its refusals with the backup's exit codes;
 * the backup options as settings.
 */
class MediaCommandsTest extends InstallationWithAClerk {

    @Test
    void anAdministratorInitialisesAMediumThenSeesItAndItsLastGoodBackup() throws Exception {
        Map<String, String> none = shownToAdmin("media", "show");
        assertEquals("absent", none.get("state"));
        assertEquals("", none.get("folder"));
        assertTrue(none.get("problem").contains("No backup medium has been initialised for this installation yet"), none.toString());
        assertEquals("", none.get("last_good_backup"));

        Path key = dir.resolve("usb-key");
        Run init = admin("media", "init", "--medium", key.toString());
        done(init, key + " is initialised as this installation's backup medium (medium ");
        Properties marker = new Properties();
        try (var in = Files.newInputStream(key.resolve("castellan-medium.properties"))) {
            marker.load(in);
        }
        Map<String, String> ready = shownToAdmin("media", "show");
        assertEquals("ready", ready.get("state"));
        assertEquals(key.toString(), ready.get("folder"));
        assertTrue(init.err().contains("(medium " + ready.get("medium_id") + ')') && marker.containsValue(ready.get("medium_id")),
                "the marker's identity: " + ready + " " + marker);
        assertFalse(ready.get("initialised").isEmpty());
        assertEquals("", ready.get("problem"));
        assertEquals(1, installation.journaled(BackupService.TOPIC_MEDIUM_INITIALISED).size());

        done(admin("backup", "run"), "");
        JsonObject shown = JsonOutput.object(admin("media", "show", "--format", "json"));
        JsonOutput.fields(shown, "folder", "state", "mediumId", "initialised", "problem", "lastGoodBackup");
        JsonOutput.isTime(shown, "lastGoodBackup");
        JsonOutput.isNull(shown, "problem");
        Run text = admin("media", "show");
        assertTrue(text.out().contains("State:") && text.out().contains("ready: backups go there") && text.out().contains("Last good backup:"),
                text.toString());

        Path other = Files.createDirectory(dir.resolve("other-key"));
        Map<String, String> elsewhere = shownToAdmin("media", "show", "--medium", other.toString());
        assertEquals("uninitialised", elsewhere.get("state"));
        assertTrue(elsewhere.get("problem").contains("is not a backup medium of this installation"), elsewhere.toString());
    }

    /** The options the Backup dialog remembers are settings: the command line changes them there. */
    @Test
    void theBackupOptionsAreSettings() {
        done(admin("settings", "set", "backup.retention.daily=3", "backup.compress=true"), "backup.retention.daily");
        assertEquals("3", admin("settings", "get", "backup.retention.daily").out().strip());
        assertEquals("true", admin("settings", "get", "backup.compress").out().strip());
    }

    @Test
    void refusalsAndMistakesSayWhatIsWrongExitNonZeroAndInitialiseNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        record Case(Run run, int exitCode, String says) {
        }
        List<Case> cases = List.of(new Case(admin("media", "init"), ExitCode.USAGE, "media init needs --medium DIR."),
                new Case(admin("media", "init", "--medium", file.toString()), 6, file + " is a file, not a folder."),
                new Case(admin("media", "init", "--medium", installation.folder.resolve("backups").toString()), 6, "is inside the installation folder"),
                new Case(admin("media", "init", "--medium", dir.resolve("no/such/key").toString()), 5, "The backup medium is not there"),
                new Case(admin("media", "show", "--format", "csv"), ExitCode.USAGE, "--format takes text, tsv, json"),
                new Case(installation.asClerk("media", "show"), ExitCode.REFUSED, "You may not run backups: it needs the right \"Run backups\""),
                new Case(installation.asClerk("media", "init", "--medium", dir.resolve("clerk-key").toString()), ExitCode.REFUSED,
                        "You may not run backups"));
        for (Case c : cases) {
            assertEquals(c.exitCode(), c.run().exitCode(), c.run().toString());
            assertTrue(c.run().err().contains(c.says()), c.run().toString());
        }
        assertFalse(Files.exists(dir.resolve("clerk-key")), "refused before anything was written");
        assertEquals("absent", shownToAdmin("media", "show").get("state"));
        assertEquals(List.of(), installation.journaled(BackupService.TOPIC_MEDIUM_INITIALISED));
    }
}

package org.castellan.backup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.castellan.backup.BackupCommand;
import org.castellan.backup.BackupOptions;
import org.junit.jupiter.api.Test;

/** castellan backup run|list|verify|restore as the command line will dispatch it, and its exit codes. */
class BackupCommandTest extends InstallationTest {


    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String passphrase;



    private int run(String... args) {
        out.reset();
        err.reset();
        BackupCommand command = new BackupCommand(installation.backup, installation.admin,
                () -> Optional.ofNullable(passphrase).map(String::toCharArray), installation::close);
        return command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runListVerifyAndRestoreWithTheirExitCodes() throws Exception {
        assertEquals(BackupCommand.MEDIUM_ABSENT, run("run"));
        assertTrue(err().contains("Initialise medium"), err());
        Path key = Files.createDirectories(dir.resolve("key"));
        installation.backup.initialise(installation.admin, key);
        assertEquals(BackupCommand.DONE, run("run"), err());
        assertTrue(err().contains("marked good") && err().contains("Copying the database"), err());
        assertEquals(BackupCommand.DONE, run("list"), err());
        String name = out.toString(StandardCharsets.UTF_8).split("\t")[0];
        assertTrue(name.startsWith("castellan-"), name);
        assertEquals(BackupCommand.DONE, run("verify", key.resolve(name).toString()), err());
        assertEquals(BackupCommand.DONE, run("restore", key.resolve(name).toString(), "--into", dir.resolve("copy").toString()), err());
        assertTrue(Files.isRegularFile(dir.resolve("copy/installation.properties")));
        assertEquals(BackupCommand.MEDIUM_REFUSED, run("restore", key.resolve(name).toString(), "--into", dir.resolve("copy").toString()));
        assertEquals(BackupCommand.USAGE, run("restore", "x"));
        assertEquals(BackupCommand.USAGE, run("fly"));
        assertTrue(err().contains("Exit codes"), err());
    }

    @Test
    void aMissingOrWrongPassphraseAndATamperedBackupHaveTheirOwnCodes() throws Exception {
        Path key = Files.createDirectories(dir.resolve("key"));
        installation.backup.initialise(installation.admin, key);
        installation.backup.saveOptions(installation.admin, new BackupOptions(false, true, false, Set.of(), 7, 4));
        assertEquals(BackupCommand.PASSPHRASE, run("run"));
        passphrase = "s3cret passphrase";
        assertEquals(BackupCommand.DONE, run("run"), err());
        Path backup = installation.backup.backups(key).get(0).folder();
        passphrase = "wrong";
        assertEquals(BackupCommand.PASSPHRASE, run("verify", backup.toString()));
        Files.writeString(backup.resolve("backup.properties"), "\n# edited\n", java.nio.file.StandardOpenOption.APPEND);
        passphrase = "s3cret passphrase";
        assertEquals(BackupCommand.VERIFICATION_FAILED, run("verify", backup.toString()));
        assertTrue(err().contains("backup.properties (changed)"), err());
    }
}

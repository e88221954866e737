package org.castellan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.internal.Terminal;
import org.castellan.cli.tests.CliInstallation.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code castellan init}: an installation and its administrator made headless, or nothing made at all. */
class InitCommandTest {

    private static final String PASSWORD = "Harbour-2026z";

    @TempDir
    Path dir;

    private static Run init(Path folder, Terminal terminal, Map<String, String> environment, String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "init";
        System.arraycopy(options, 0, args, 1, options.length);
        return CliInstallation.run(folder, terminal, environment, args);
    }

    private static Properties settings(Path folder) throws IOException {
        Properties settings = new Properties();
        try (var in = Files.newInputStream(folder.resolve("installation.properties"))) {
            settings.load(in);
        }
        return settings;
    }

    @Test
    void anInstallerCreatesAnInstallationWhoseAdministratorThenWorksFromTheCommandLine() throws Exception {
        Path folder = dir.resolve("harbour");
        Run created = init(folder, ScriptedTerminal.stdin(PASSWORD), Map.of(), "--name", "Pharmacie du Port", "--admin", "anne", "--admin-name",
                "Anne Martin", "--password-stdin");
        assertEquals(ExitCode.DONE, created.exitCode(), created.toString());
        assertTrue(created.err().contains("Installation “Pharmacie du Port” created in " + folder + ", with its administrator anne."), created.toString());
        assertEquals("embedded", settings(folder).getProperty("store.mode"));

        Run users = CliInstallation.run(folder, ScriptedTerminal.stdin(PASSWORD), Map.of(), "user", "list", "--as", "anne", "--password-stdin");
        assertEquals(ExitCode.DONE, users.exitCode(), users.toString());
        assertTrue(users.out().contains("Anne Martin"), users.toString());

        Run again = init(folder, ScriptedTerminal.stdin(PASSWORD), Map.of(), "--name", "Other", "--admin", "bob", "--password-stdin");
        assertEquals(ExitCode.REFUSED, again.exitCode(), again.toString());
        assertTrue(again.err().contains("already holds an installation: nothing was changed"), again.toString());
        assertEquals("Pharmacie du Port", settings(folder).getProperty("installation.name"));
    }

    @Test
    void anEncryptedInstallationSharedFromTheStartOpensOnlyWithItsPassphrase() throws Exception {
        Path folder = dir.resolve("shared");
        Map<String, String> passphrase = Map.of("CASTELLAN_PASSPHRASE", "Long enough phrase");
        Run created = init(folder, ScriptedTerminal.stdin(PASSWORD), passphrase, "--name", "Shared", "--admin", "anne", "--encrypt", "--server",
                "127.0.0.1:1599", "--password-stdin");
        assertEquals(ExitCode.DONE, created.exitCode(), created.toString());
        assertTrue(created.err().contains("its server listens on 127.0.0.1:1599"), created.toString());
        Properties settings = settings(folder);
        assertEquals(List.of("server", "true", "127.0.0.1", "1599"), List.of(settings.getProperty("store.mode"), settings.getProperty("store.encrypted"),
                settings.getProperty("server.host"), settings.getProperty("server.port")));

        Run withoutPassphrase = CliInstallation.run(folder, ScriptedTerminal.stdin(PASSWORD), Map.of(), "company", "list", "--as", "anne",
                "--password-stdin");
        assertEquals(ExitCode.INSTALLATION_UNUSABLE, withoutPassphrase.exitCode(), withoutPassphrase.toString());
    }

    @Test
    void whatIsWrongIsSaidAndTheFolderIsLeftAsItWas() throws Exception {
        Path folder = dir.resolve("never");
        record Case(Run run, int exitCode, String says) {
        }
        List<Case> cases = List.of(
                new Case(init(folder, ScriptedTerminal.stdin("short"), Map.of(), "--name", "X", "--admin", "anne", "--password-stdin"), ExitCode.REFUSED,
                        "breaks the rules of a new installation"),
                new Case(init(folder, ScriptedTerminal.stdin(PASSWORD), Map.of(), "--admin", "anne", "--password-stdin"), ExitCode.USAGE, "init needs --name"),
                new Case(init(folder, ScriptedTerminal.stdin(PASSWORD), Map.of(), "--name", "X", "--admin", "anne", "--server", "host:port",
                        "--password-stdin"), ExitCode.USAGE, "give [HOST:]PORT"),
                new Case(init(folder, ScriptedTerminal.stdin(PASSWORD), Map.of(), "--name", "X", "--admin", "anne", "--encrypt", "--password-stdin"),
                        ExitCode.USAGE, "CASTELLAN_PASSPHRASE"),
                new Case(init(folder, ScriptedTerminal.stdin(PASSWORD), Map.of("CASTELLAN_PASSPHRASE", "short"), "--name", "X", "--admin", "anne",
                        "--encrypt", "--password-stdin"), ExitCode.REFUSED, "fewer than 8 characters"),
                new Case(init(folder, ScriptedTerminal.stdin(PASSWORD), Map.of(), "--name", "X", "--admin", "anne", "--as", "admin", "--password-stdin"),
                        ExitCode.USAGE, "--as"));
        for (Case c : cases) {
            assertEquals(c.exitCode(), c.run().exitCode(), c.run().toString());
            assertTrue(c.run().err().contains(c.says()), c.run().toString());
        }
        assertFalse(Files.exists(folder), "a refused init created the folder");

        // The security service refuses the built-in guest's login only once the database exists: what was made goes again.
        Path kept = Files.createDirectories(dir.resolve("kept"));
        Files.writeString(kept.resolve("notes.txt"), "the installer's own file");
        Run guest = init(kept, ScriptedTerminal.stdin(PASSWORD), Map.of(), "--name", "X", "--admin", "guest", "--password-stdin");
        assertEquals(ExitCode.REFUSED, guest.exitCode(), guest.toString());
        try (var left = Files.list(kept)) {
            assertEquals(List.of(kept.resolve("notes.txt")), left.toList(), "only what was there before");
        }
    }
}

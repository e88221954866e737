package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.done;
import static org.castellan.cli.tests.CliInstallation.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.server.client.Enrolment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enrolment of a client workstation with {@code castellan server enrol} and {@code castellan enrol}:
 * a real server on a loopback port, a client folder that was an existing shared installation's
 * (installation.properties in client mode, a copy of credentials.properties and seal.key), the
 * code's refusals, the certificate pinned, and the client's credentials gone.
 */
class EnrolmentTest {

    @TempDir
    Path dir;

    /** A client workstation of the old kind: Derby's address, the database's credentials and the seal key. */
    static Path sharedClient(CliInstallation server, Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("installation.properties"), "installation.id=workstation-2\nstore.mode=client\nserver.host=localhost\n"
                + "server.port=1527\nserver.database=" + server.folder.resolve("database") + "\n");
        Files.copy(server.folder.resolve("credentials.properties"), folder.resolve("credentials.properties"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(server.folder.resolve("seal.key"), folder.resolve("seal.key"), StandardCopyOption.COPY_ATTRIBUTES);
        return folder;
    }

    static Run client(Path folder, ScriptedTerminal terminal, String... args) {
        return CliInstallation.run(folder, terminal, Map.of(), args);
    }

    /** A verb typed on an enrolled workstation by {@code login}, his password on standard input. */
    static Run enrolledAs(Path client, String login, String password, String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 3);
        all[args.length] = "--as";
        all[args.length + 1] = login;
        all[args.length + 2] = "--password-stdin";
        return CliInstallation.run(client, ScriptedTerminal.stdin(password), Map.of(), all);
    }

    /** A code from the running server, asked for by the administrator on the server workstation. */
    static String code(CliInstallation server) {
        Run issued = server.asAdmin("server", "enrol");
        assertEquals(ExitCode.DONE, issued.exitCode(), issued.toString());
        assertTrue(issued.err().contains("enrols one workstation, once"), issued.toString());
        String code = issued.out().strip();
        assertTrue(code.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), code);
        return code;
    }

    @Test
    void anExistingClientEnrolsOnceAndLosesTheDatabasesCredentialsAndTheSealKey() throws Exception {
        CliInstallation server = CliInstallation.withClerk(dir);
        Path client = sharedClient(server, dir.resolve("client"));
        Path other = sharedClient(server, dir.resolve("other"));
        try (ServerProcess running = ServerProcess.start(server.folder, ServerProcess.freePort())) {
            refused(server.asClerk("server", "enrol"), ExitCode.REFUSED, "clerk may not enrol workstations: only an administrator");
            String code = code(server);

            Run wrong = client(client, ScriptedTerminal.stdin(), "enrol", "--server", running.address(), "--code", "AAAA-BBBB-CCCC", "--fingerprint",
                    running.fingerprint);
            refused(wrong, ExitCode.REFUSED, "(HTTP 403): This enrolment code is not one the server gave");
            Run otherCertificate = client(client, ScriptedTerminal.stdin(), "enrol", "--server", running.address(), "--code", code, "--fingerprint",
                    running.fingerprint.replace(running.fingerprint.charAt(0), running.fingerprint.charAt(0) == 'A' ? 'B' : 'A'));
            refused(otherCertificate, ExitCode.REFUSED, "nothing was sent and nothing changed");
            Run noConsole = client(client, ScriptedTerminal.stdin(), "enrol", "--server", running.address(), "--code", code);
            refused(noConsole, ExitCode.USAGE, running.fingerprint);
            ScriptedTerminal saysNo = ScriptedTerminal.console("no");
            refused(client(client, saysNo, "enrol", "--server", running.address(), "--code", code), ExitCode.REFUSED,
                    "The fingerprint was not confirmed");
            assertTrue(Files.exists(client.resolve("credentials.properties")) && Files.exists(client.resolve("seal.key")), "nothing changed yet");
            assertFalse(Files.exists(client.resolve(Enrolment.FILE)));

            ScriptedTerminal saysYes = ScriptedTerminal.console("yes");
            Run enrolled = client(client, saysYes, "enrol", "--server", running.address(), "--code", code.toLowerCase().replace("-", " "));
            done(enrolled, "is enrolled with the Castellan server at " + running.address());
            assertTrue(enrolled.err().contains(running.fingerprint), "the fingerprint is shown before it is confirmed: " + enrolled);
            assertEquals("Is it the same? (yes/no): ", saysYes.prompts.get(0));
            assertFalse(Files.exists(client.resolve("credentials.properties")), "the client holds no database credential");
            assertFalse(Files.exists(client.resolve("seal.key")), "nor the seal key");
            Enrolment enrolment = Enrolment.read(client).orElseThrow();
            assertEquals(running.port, enrolment.port());
            assertEquals(running.fingerprint, enrolment.fingerprint());
            assertTrue(Files.exists(server.folder.resolve("credentials.properties")) && Files.exists(server.folder.resolve("seal.key")),
                    "the server keeps its own");

            // The enrolled folder opens no database: not even castellan server there (the workbench is refused the same way).
            refused(client(client, ScriptedTerminal.stdin(), "server", "--port", "0"), ExitCode.INSTALLATION_UNUSABLE,
                    "is a client workstation enrolled with the Castellan server");

            Run reused = client(other, ScriptedTerminal.stdin(), "enrol", "--server", running.address(), "--code", code, "--fingerprint",
                    running.fingerprint);
            refused(reused, ExitCode.REFUSED, "(HTTP 409): This enrolment code has already been used");
            assertTrue(Files.exists(other.resolve("credentials.properties")), "a refused enrolment removes nothing");

            refused(client(server.folder, ScriptedTerminal.stdin(), "enrol", "--server", running.address(), "--code", code(server), "--fingerprint",
                    running.fingerprint), ExitCode.REFUSED, "holds the installation's database: it is the server's folder");
        }
    }

    @Test
    void aServerPresentingAnotherCertificateIsRefusedWithWhatToDo() throws Exception {
        CliInstallation server = CliInstallation.withClerk(dir);
        Path client = dir.resolve("client");
        int port = ServerProcess.freePort();
        String pinned;
        try (ServerProcess running = ServerProcess.start(server.folder, port)) {
            pinned = running.fingerprint;
            done(client(client, ScriptedTerminal.stdin(), "enrol", "--server", running.address(), "--code", code(server), "--fingerprint", pinned),
                    "is enrolled");
            done(client(client, ScriptedTerminal.stdin(CliInstallation.PASSWORD), "user", "list", "--as", "admin", "--password-stdin"), "");
            Run init = client(client, ScriptedTerminal.stdin(CliInstallation.PASSWORD), "init", "--name", "Local", "--admin", "admin", "--password-stdin");
            assertTrue(init.exitCode() != ExitCode.DONE && init.err().contains("is a client workstation enrolled with the Castellan server"),
                    "an enrolled folder gets no database of its own: " + init);
        }
        // The server's certificate is made anew (as a renewal would, or another machine answering on that address).
        Files.delete(server.folder.resolve("server-certificate.pem"));
        try (var files = Files.list(server.folder.resolve("server"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        try (ServerProcess renewed = ServerProcess.start(server.folder, port)) {
            assertFalse(renewed.fingerprint.equals(pinned));
            Run refused = client(client, ScriptedTerminal.stdin(CliInstallation.PASSWORD), "user", "list", "--as", "admin", "--password-stdin");
            refused(refused, ExitCode.INSTALLATION_UNUSABLE, "presents a certificate (SHA-256 " + renewed.fingerprint + ") other than the one this "
                    + "workstation enrolled with (" + pinned + "): nothing was sent. If the administrator renewed the server's certificate, enrol again");
        }
        Run stopped = client(client, ScriptedTerminal.stdin(CliInstallation.PASSWORD), "user", "list", "--as", "admin", "--password-stdin");
        refused(stopped, ExitCode.INSTALLATION_UNUSABLE, "The Castellan server at 127.0.0.1:" + port + " is not answering");
        refused(CliInstallation.run(server.folder, ScriptedTerminal.stdin(CliInstallation.PASSWORD), Map.of(), "server", "enrol", "--as", "admin",
                "--password-stdin"), ExitCode.INSTALLATION_UNUSABLE, "");
    }

    @Test
    void badEnrolOptionsAreUsageErrors() throws Exception {
        Path client = dir.resolve("client");
        refused(client(client, ScriptedTerminal.stdin(), "enrol", "--code", "X"), ExitCode.USAGE, "--server");
        refused(client(client, ScriptedTerminal.stdin(), "enrol", "--server", "host:99999", "--code", "X"), ExitCode.USAGE,
                "--server takes the Castellan server's address as HOST or HOST:PORT");
        refused(client(client, ScriptedTerminal.stdin(), "enrol", "--server", "host", "--code", "X", "--as", "admin"), ExitCode.USAGE, "--as");
        assertFalse(Files.exists(client), "nothing made");
    }

}

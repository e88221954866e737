package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.ADMIN;
import static org.castellan.cli.tests.CliInstallation.PASSWORD;
import static org.castellan.cli.tests.CliInstallation.done;
import static org.castellan.cli.tests.CliInstallation.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.server.client.Enrolment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code castellan --server HOST[:PORT] COMMAND …}: a workstation's folder (here no installation of
 * its own) enrolled with two Castellan servers, a central's and a centre's, runs each command on
 * the server it names, pinned to that server's certificate; a server it is not enrolled with, or
 * another certificate answering at an enrolled address, is refused saying what to do.
 */
class ServerOptionTest {

    @TempDir
    Path dir;

    private Path workstation;

    private Run admin(String... args) {
        return EnrolmentTest.enrolledAs(workstation, ADMIN, PASSWORD, args);
    }

    private static String[] on(String address, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--server";
        all[1] = address;
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    private List<String> companies(String address) {
        Run list = admin(on(address, "company", "list", "--format", "tsv"));
        assertEquals(ExitCode.DONE, list.exitCode(), list.toString());
        return list.out().lines().skip(1).map(line -> line.split("\t")[0]).toList();
    }

    @Test
    void aWorkstationEnrolledWithTwoServersRunsEachCommandOnTheOneItNames() throws Exception {
        CliInstallation central = CliInstallation.withClerk(dir.resolve("central"));
        CliInstallation centre = CliInstallation.withClerk(dir.resolve("centre"));
        workstation = dir.resolve("workstation");
        int centralPort = ServerProcess.freePort();
        int centrePort = ServerProcess.freePort();
        String centralAddress = "127.0.0.1:" + centralPort;
        String centreAddress = "127.0.0.1:" + centrePort;
        String centreFingerprint;
        try (ServerProcess running = ServerProcess.start(central.folder, centralPort)) {
            done(EnrolmentTest.client(workstation, ScriptedTerminal.stdin(), "enrol", "--server", centralAddress, "--code", EnrolmentTest.code(central),
                    "--fingerprint", running.fingerprint), "is enrolled with the Castellan server at " + centralAddress);
            done(admin(on(centralAddress, "company", "add", "NORTH", "--name", "North")), "Company NORTH created.");
            Run joined = admin("--server=" + centralAddress, "company", "list", "--format", "tsv");
            assertEquals(ExitCode.DONE, joined.exitCode(), joined.toString());
            assertTrue(joined.out().contains("\nNORTH\t"), joined.toString());
        }
        try (ServerProcess running = ServerProcess.start(centre.folder, centrePort)) {
            centreFingerprint = running.fingerprint;
            Run beside = EnrolmentTest.client(workstation, ScriptedTerminal.stdin(), "enrol", "--server", centreAddress, "--code",
                    EnrolmentTest.code(centre), "--fingerprint", running.fingerprint);
            done(beside, "is now also enrolled with the Castellan server at " + centreAddress);
            assertTrue(beside.err().contains("castellan --server " + centreAddress + " COMMAND"), beside.toString());
            assertEquals(centralPort, Enrolment.read(workstation).orElseThrow().port(), "the folder's own server stays the central's");

            assertEquals(List.of(), companies(centreAddress), "the centre's server runs it, which has no company NORTH");
            done(admin(on(centreAddress, "company", "add", "SOUTH", "--name", "South")), "Company SOUTH created.");
            refused(admin("company", "list"), ExitCode.INSTALLATION_UNUSABLE, "The Castellan server at " + centralAddress + " is not answering");

            // The administrator at the workstation asks the named server for another workstation's code.
            Run code = admin(on(centreAddress, "server", "enrol"));
            assertEquals(ExitCode.DONE, code.exitCode(), code.toString());
            assertTrue(code.out().strip().matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), code.toString());

            int elsewhere = ServerProcess.freePort();
            refused(admin(on("127.0.0.1:" + elsewhere, "company", "list")), ExitCode.INSTALLATION_UNUSABLE, "is not enrolled with the Castellan server at "
                    + "127.0.0.1:" + elsewhere + ": it is enrolled with " + centralAddress + ", " + centreAddress + ". Name one of those with --server, "
                    + "or enrol with 127.0.0.1:" + elsewhere + " first: an administrator runs castellan server enrol on that server workstation");
            Run init = EnrolmentTest.client(workstation, ScriptedTerminal.stdin(PASSWORD), on(centreAddress, "init", "--name", "Local", "--admin", ADMIN,
                    "--password-stdin"));
            refused(init, ExitCode.USAGE, "castellan init works on this workstation's folder: leave out the --server in front of it");
            assertFalse(Files.exists(workstation.resolve("database")), "nothing was created");
        }
        // The central's server now answers at the centre's address: not the certificate pinned for that address.
        try (ServerProcess impostor = ServerProcess.start(central.folder, centrePort)) {
            Run refused = admin(on(centreAddress, "company", "list"));
            refused(refused, ExitCode.INSTALLATION_UNUSABLE, "The server at " + centreAddress + " presents a certificate (SHA-256 " + impostor.fingerprint
                    + ") other than the one this workstation enrolled with (" + centreFingerprint + "): nothing was sent.");
        }
        try (ServerProcess running = ServerProcess.start(central.folder, centralPort)) {
            assertEquals(List.of("NORTH"), companies(centralAddress), "nothing reached the central through the wrong address");
        }
    }

    @Test
    void aFolderEnrolledWithNoServerIsToldHowToEnrol() throws Exception {
        workstation = dir.resolve("workstation");
        Run refused = admin(on("127.0.0.1:8443", "user", "list"));
        refused(refused, ExitCode.INSTALLATION_UNUSABLE, "is not enrolled with any Castellan server, so it cannot run commands on 127.0.0.1:8443. Enrol it "
                + "first: an administrator runs castellan server enrol on the server workstation for a one-time code, then run here castellan enrol "
                + "--server 127.0.0.1:8443 --code CODE.");
        refused(admin(on("pharmacy.example", "user", "list")), ExitCode.INSTALLATION_UNUSABLE, "castellan enrol --server pharmacy.example:8443 --code");
        refused(admin(on("pharmacy.example:99999", "user", "list")), ExitCode.USAGE, "--server takes the Castellan server's address as HOST or HOST:PORT");
        refused(EnrolmentTest.client(workstation, ScriptedTerminal.stdin(), "--server"), ExitCode.USAGE, "--server");
        Run help = EnrolmentTest.client(workstation, ScriptedTerminal.stdin(), "help");
        assertTrue(help.out().contains("--server HOST[:PORT]   in front of the command"), help.toString());
        assertFalse(Files.exists(workstation.resolve(Enrolment.FILE)), "nothing was written");
    }

    @Test
    void theServersOwnFolderIsToldToRunTheVerbWithoutServer() throws Exception {
        CliInstallation server = CliInstallation.withClerk(dir.resolve("server"));
        int port = ServerProcess.freePort();
        String address = "127.0.0.1:" + port;
        try (ServerProcess running = ServerProcess.start(server.folder, port)) {
            Run refused = server.asAdmin(on(address, "user", "list"));
            refused(refused, ExitCode.INSTALLATION_UNUSABLE, server.folder + " holds this installation's database: it is the Castellan server's own "
                    + "installation folder (or a single workstation's), which is never enrolled with a server. Run castellan user list here without "
                    + "--server " + address + ": it works on that database directly (while castellan server runs, only if the installation is shared "
                    + "in server mode; otherwise stop the server first).");
            assertFalse(refused.err().contains("castellan enrol --server"), "no advice to enrol a folder that cannot be: " + refused);
            assertFalse(Files.exists(server.folder.resolve(Enrolment.FILE)), "nothing was written");
            refused(server.asAdmin("user", "list"), ExitCode.INSTALLATION_UNUSABLE, "share the installation (server mode)");
        }
        // As the advice says: this installation is not shared, so with the server stopped.
        Run here = server.asAdmin("user", "list", "--format", "tsv");
        assertEquals(ExitCode.DONE, here.exitCode(), here.toString());
        assertTrue(here.out().contains("\nclerk\t"), "the verb runs here without --server: " + here);
    }
}

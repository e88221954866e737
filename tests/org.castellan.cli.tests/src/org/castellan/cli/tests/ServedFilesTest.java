package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.ADMIN;
import static org.castellan.cli.tests.CliInstallation.CLERK_PASSWORD;
import static org.castellan.cli.tests.CliInstallation.PASSWORD;
import static org.castellan.cli.tests.CliInstallation.done;
import static org.castellan.cli.tests.CliInstallation.refused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.castellan.audit.AuditJournal;
import org.castellan.audit.ChainHead;
import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.server.RemoteCommands;
import org.castellan.server.client.Answer;
import org.castellan.server.client.PinnedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The verbs that read or write a file, typed on an enrolled workstation: the file stays on that
 * workstation (its content travels in the request or the answer), the verb runs on the server with
 * the server's rules, and what it writes lands whole in the client's folder. Too large a file, a
 * missing one, a folder that cannot be written and a user without the right are refused, with
 * nothing written; {@code backup restore} is sent to the server workstation.
 */
class ServedFilesTest {

    @TempDir
    Path dir;

    private Path client;

    private Run as(String login, String password, String... args) {
        return EnrolmentTest.enrolledAs(client, login, password, args);
    }

    private Run admin(String... args) {
        return as(ADMIN, PASSWORD, args);
    }

    private Run clerk(String... args) {
        return as("clerk", CLERK_PASSWORD, args);
    }

    @Test
    void filesStayOnTheClientWhileTheVerbsRunOnTheServer() throws Exception {
        CliInstallation server = CliInstallation.withClerk(dir);
        CliInstallation central = CliInstallation.withClerk(dir.resolve("central"));
        client = EnrolmentTest.sharedClient(server, dir.resolve("client"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Path centralPackage = work.resolve("central.package");
        done(central.asAdmin("menu", "export", centralPackage.toString()), "Menu package version 1 written to");
        // the server's own export below takes version 1 there: the central's second one is newer
        done(central.asAdmin("menu", "export", centralPackage.toString()), "Menu package version 2 written to");
        try (ServerProcess running = ServerProcess.start(server.folder, ServerProcess.freePort())) {
            done(EnrolmentTest.client(client, ScriptedTerminal.stdin(), "enrol", "--server", running.address(), "--code", EnrolmentTest.code(server),
                    "--fingerprint", running.fingerprint), "is enrolled");

            // Outputs: written here, named in the messages by the client's path, nothing left beside them.
            Path menu = work.resolve("menu.package");
            done(admin("menu", "export", menu.toString()), "Menu package version 1 written to " + menu + ".");
            assertTrue(new String(Files.readAllBytes(menu), StandardCharsets.UTF_8).length() > 100, "the package is the server's");
            Path csv = work.resolve("logins.csv");
            done(admin("audit", "report", "logins", "--out=" + csv), "written to " + csv + " (the export is recorded");
            assertTrue(Files.readString(csv).lines().count() > 1, Files.readString(csv));
            Path pdf = work.resolve("logins.pdf");
            done(admin("audit", "report", "logins", "--format", "pdf", "--out", pdf.toString()), "written to " + pdf);
            assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "a PDF");
            try (var left = Files.list(work)) {
                assertEquals(4, left.count(), "no temporary file is left beside the outputs");
            }

            // Inputs: read here and sent; the server runs them with its own services.
            Path head = Files.copy(server.folder.resolve(ChainHead.FILE), work.resolve("journal-head"));
            Run verify = admin("audit", "verify", "--head", head.toString());
            assertEquals(ExitCode.DONE, verify.exitCode(), verify.toString());
            assertTrue(verify.out().contains("It reaches the head kept in " + head), verify.toString());
            Run exported = admin("config", "export");
            assertEquals(ExitCode.DONE, exported.exitCode(), exported.toString());
            Path yaml = Files.writeString(work.resolve("installation.yaml"), exported.out());
            done(admin("config", "apply", yaml.toString(), "--dry-run"), "nothing was changed");
            done(admin("config", "apply", yaml.toString()), "nothing was changed");
            done(admin("settings", "set", "installation.site=centre"), "");
            done(admin("menu", "import", centralPackage.toString()), "Menu package version 2 from");

            // The server's rules: a clerk is refused by its services, and nothing is written here.
            Path clerkMenu = work.resolve("clerk.package");
            refused(clerk("menu", "export", clerkMenu.toString()), ExitCode.REFUSED, "");
            Path clerkReport = work.resolve("clerk.csv");
            refused(clerk("audit", "report", "logins", "--out", clerkReport.toString()), ExitCode.REFUSED, "");
            assertFalse(Files.exists(clerkMenu) || Files.exists(clerkReport));
            refused(clerk("config", "apply", yaml.toString()), ExitCode.REFUSED, "");
            refused(clerk("menu", "import", centralPackage.toString()), ExitCode.REFUSED, "");

            // Refused here, before anything is sent: a missing input, one too large, a folder that cannot be written.
            refused(admin("menu", "import", work.resolve("nothing.package").toString()), ExitCode.REFUSED,
                    work.resolve("nothing.package") + " does not exist or is not a file");
            Path large = work.resolve("large.yaml");
            Files.write(large, new byte[RemoteCommands.MAX_FILE_BYTES + 1]);
            refused(admin("config", "apply", large.toString()), ExitCode.REFUSED, "a client workstation sends at most " + RemoteCommands.MAX_FILE_BYTES);
            refused(admin("menu", "export", work.resolve("missing/menu.package").toString()), ExitCode.REFUSED,
                    "does not exist or cannot be written: nothing was exported");

            // A request naming a file without sending it is refused: the server never opens a path a client names.
            PinnedServer api = new PinnedServer("127.0.0.1", running.port, running.fingerprint);
            JsonObject login = new JsonObject();
            login.addProperty("login", ADMIN);
            login.addProperty("password", PASSWORD);
            String token = api.post("/api/v1/sessions", login, Optional.empty()).text("token");
            JsonObject naming = new JsonObject();
            JsonArray arguments = new JsonArray();
            List.of("config", "apply", server.folder.resolve("installation.properties").toString()).forEach(arguments::add);
            naming.add("arguments", arguments);
            Answer unsent = api.post("/api/v1/commands", naming, Optional.of(token));
            assertEquals(200, unsent.status(), unsent.toString());
            assertEquals(ExitCode.USAGE, unsent.json().get("exitCode").getAsInt(), unsent.toString());
            assertTrue(unsent.text("err").contains("carries no content for the file"), unsent.toString());

            // A restore replaces the server's database: it runs on the server workstation only.
            Run restore = admin("backup", "restore", "castellan-20990101-000000", "--over");
            refused(restore, ExitCode.REFUSED, "run it there, with castellan server stopped");
            assertArrayEquals(new byte[0], restore.out().getBytes(StandardCharsets.UTF_8));
        }
        List<String> exports = server.journaled(AuditJournal.TOPIC_EXPORTED);
        assertEquals(2, exports.size(), "the server's service journaled the two reports, and no refused one");
        assertTrue(exports.get(0).contains("file=" + work.resolve("logins.csv")) && exports.get(1).contains("file=" + work.resolve("logins.pdf")),
                "journaled as the client's files, not the server's copies: " + exports);
        String workstation = "workstation=" + InetAddress.getLocalHost().getHostName();
        assertTrue(exports.stream().allMatch(row -> row.contains(workstation)), "journaled with the workstation that asked, as its log-in was: " + exports);
    }
}

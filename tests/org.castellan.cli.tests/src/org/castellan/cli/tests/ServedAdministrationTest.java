package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.ADMIN;
import static org.castellan.cli.tests.CliInstallation.CASH;
import static org.castellan.cli.tests.CliInstallation.CLERK_PASSWORD;
import static org.castellan.cli.tests.CliInstallation.PASSWORD;
import static org.castellan.cli.tests.CliInstallation.done;
import static org.castellan.cli.tests.CliInstallation.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An enrolled client workstation, without the database's credentials or the seal key, administers
 * the installation through the server: every verb runs there as the user who logged in, and the
 * services' rules refuse him what he may not do. A row changed by SQL on the server's database is
 * still found by audit verify, asked from the client.
 */
class ServedAdministrationTest {

    @TempDir
    Path dir;

    private Path client;

    private Run as(String login, String password, String... args) {
        return EnrolmentTest.enrolledAs(client, login, password, args);
    }

    private Run admin(String... args) {
        return as(ADMIN, PASSWORD, args);
    }

    @Test
    void aClientWithoutCredentialsAdministersThroughTheServerWhoseRulesStillHold() throws Exception {
        CliInstallation server = CliInstallation.withClerk(dir);
        client = EnrolmentTest.sharedClient(server, dir.resolve("client"));
        int port = ServerProcess.freePort();
        try (ServerProcess running = ServerProcess.start(server.folder, port)) {
            done(EnrolmentTest.client(client, ScriptedTerminal.stdin(), "enrol", "--server", running.address(), "--code", EnrolmentTest.code(server),
                    "--fingerprint", running.fingerprint), "is enrolled");
            assertFalse(Files.exists(client.resolve("credentials.properties")) || Files.exists(client.resolve("seal.key")));

            // The new password travels in the request's body, read here from standard input after the administrator's.
            done(CliInstallation.run(client, ScriptedTerminal.stdin(PASSWORD, "Paul-2026-pw"), Map.of(), "user", "add", "paul", "--name", "Paul",
                    "--as", ADMIN, "--password-stdin"), "paul");
            done(admin("role", "create", "Tills", "--rights", CASH), "Tills");
            done(admin("role", "assign", "Tills", "paul"), "");
            done(admin("user", "level", "paul", "5"), "");
            done(admin("company", "add", "ACME", "--name", "Acme Pharmacy"), "Company ACME created.");
            Run ban = admin("ban", "set", "--company", "ACME", "--from", "2099-01-04T08:00", "--until", "2099-01-04T13:30", "--message", "Closing");
            assertEquals(ExitCode.DONE, ban.exitCode(), ban.toString());
            String banId = ban.out().strip();
            Run bans = admin("ban", "list", "--format", "tsv");
            assertTrue(bans.out().contains(banId) && bans.out().contains("Closing"), bans.toString());
            done(admin("ban", "lift", banId), "");
            Run paul = admin("user", "show", "paul", "--format", "tsv");
            assertEquals(ExitCode.DONE, paul.exitCode(), paul.toString());
            assertTrue(paul.out().contains("level\t5") && paul.out().contains("Tills"), paul.toString());
            Run paulLogsIn = as("paul", "Paul-2026-pw", "user", "roles", "paul");
            assertEquals(ExitCode.REFUSED, paulLogsIn.exitCode(), "paul logs in with the password given through the server, but may not administer: "
                    + paulLogsIn);

            // The rules are the server's: a clerk is refused by the services, and so is a token used to act as another.
            Run clerk = as("clerk", CLERK_PASSWORD, "user", "add", "eve", "--domain");
            refused(clerk, ExitCode.REFUSED, "");
            assertTrue(clerk.err().contains("administ"), clerk.toString());
            refused(as("clerk", CLERK_PASSWORD, "role", "grant", "Tills", "org.castellan.security.administer"), ExitCode.REFUSED, "");
            refused(as(ADMIN, CLERK_PASSWORD, "user", "list"), ExitCode.AUTHENTICATION_FAILED, "");
            Run users = admin("user", "list", "--format", "tsv");
            assertTrue(users.out().contains("\npaul\t") && !users.out().contains("\neve\t"), users.toString());

            done(admin("audit", "verify"), "");
            // An administrator at the client asks the server he enrolled with for another workstation's code.
            Run code = admin("server", "enrol");
            assertEquals(ExitCode.DONE, code.exitCode(), code.toString());
            assertTrue(code.out().strip().matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), code.toString());
        }

        // Whoever holds the server's database changes a row by SQL, behind the services' back...
        server.with(services -> {
            try {
                return services.get(CastellanStore.class).inTransaction(tx -> {
                    try (var st = tx.connection().createStatement()) {
                        return st.executeUpdate("UPDATE users SET authorization_level = 9 WHERE login = 'paul'");
                    }
                });
            } catch (StoreException e) {
                throw new AssertionError(e);
            }
        });
        try (ServerProcess running = ServerProcess.start(server.folder, port)) {
            // ...and the client's audit verify, run on the server, names it.
            Run verify = admin("audit", "verify");
            assertEquals(ExitCode.JOURNAL_BROKEN, verify.exitCode(), verify.toString());
            assertTrue(verify.out().contains("users: row of login 'paul' changed outside Castellan (authorization_level)."), verify.toString());
            refused(as("paul", "Paul-2026-pw", "user", "list"), ExitCode.AUTHENTICATION_FAILED, "");
        }
    }
}

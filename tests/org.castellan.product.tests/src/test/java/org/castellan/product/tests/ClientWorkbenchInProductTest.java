package org.castellan.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.castellan.product.tests.ProductRun.CommandLineRun;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The workbench of an enrolled client workstation in the product's runtime: the built product's
 * {@code castellan server} runs as its own process on a loopback port over a pharmacy with an
 * administrator and a clerk, a client folder is enrolled with a code ({@code castellan enrol}),
 * then a copy of the product with the workbench tests runs {@code ClientWorkbenchTest} on that
 * client folder under Xvfb (log in through the server, create a user and change his level in the
 * Security perspective, the clerk refused; the server's menu levels hide on the client what the
 * clerk may not open, and a level saved in the Main Menu Definition editor on the client is the
 * server's), and the server's installation holds the user
 * afterwards, as its API shows to the client's command line.
 */
class ClientWorkbenchInProductTest {

    private static final String PASSWORD = "Pharma-2026x";
    private static final String CLERK_PASSWORD = "Counter-2026y";

    @TestFactory
    Stream<DynamicTest> aClientWorkstationsWorkbenchAdministersThroughTheServer() throws Exception {
        Path built = ProductRun.builtProduct();
        WorkFolder work = WorkFolder.fresh("client-workbench");
        Path server = work.data();
        Path client = work.root().resolve("client");
        Path cli = work.root().resolve("cli");
        ProductCommandLine serverCli = ProductCommandLine.pharmacyWithClerk(built, work, cli, PASSWORD, CLERK_PASSWORD);
        Path output = work.root().resolve("runtime");
        Path product = WorkbenchTestsInProductTest.copyWithTests(output);
        int port = ProductRun.freePort();
        List<DynamicTest> tests = new ArrayList<>();
        try (ProductRun running = ProductRun.start(built, List.of("server", "--port", Integer.toString(port), "--bind", "127.0.0.1", "-data",
                server.toString()), work.workingDir(), work.home(), Map.of(), work.root().resolve("server.txt"));
                ProductScreen screen = ProductScreen.start(output.resolve("screenshots"), output.resolve("xvfb.log"))) {
            running.awaitListening();
            CommandLineRun code = serverCli.as("admin", PASSWORD, "server", "enrol");
            assertEquals(0, code.exitCode(), code.err());
            CommandLineRun enrol = ProductRun.commandLine(built, List.of("enrol", "--server", "127.0.0.1:" + port, "--code", code.out().strip(),
                    "--fingerprint", EnrolledWorkstationTest.fingerprint(server.resolve("server-certificate.pem")), "-data", client.toString()), "", work.workingDir(),
                    work.home(), cli, ProductRun.EXIT_TIMEOUT);
            assertEquals(0, enrol.exitCode(), enrol.err());

            Path results = output.resolve("client");
            Path console = output.resolve("console-client.log");
            List<String> arguments = List.of("-data", output.resolve("data-client").toString(), "-application", "org.castellan.product.junit.tests",
                    "-nl", "en", "-vmargs", "-Dcastellan.tests.bundle=" + WorkbenchTestsInProductTest.TEST_BUNDLE, "-Dcastellan.tests.results=" + results,
                    "-Dcastellan.tests.classes=ClientWorkbenchTest", "-Dcastellan.test.output=" + output,
                    "-Dcastellan.test.client.folder=" + client, "-Dcastellan.test.client.adminPassword=" + PASSWORD,
                    "-Dcastellan.test.client.clerkPassword=" + CLERK_PASSWORD);
            int exit;
            try (ProductRun run = ProductRun.start(product, arguments, output.resolve("working-dir"), output.resolve("home"), screen.environment(),
                    console)) {
                exit = WorkbenchTestsInProductTest.awaitExit(run, results);
            }
            WorkbenchTestsInProductTest.outcomes(results, exit, console).forEach(tests::add);

            // The product itself on the client folder: Castellan's own start asks for a login the server checks, then opens the workbench.
            ProductRun started = screen.start(built, client, work.workingDir(), work.home(), work.root().resolve("client-run.log"));
            String dialog = screen.awaitPaintedWindow("Log in", started, ProductScreen.WINDOW_TIMEOUT);
            screen.screenshot("client-product-login");
            FirstStart.logIn(screen, dialog, "admin", PASSWORD);
            String workbench = screen.awaitPaintedWindow("127\\.0\\.0\\.1:" + port, started, ProductScreen.WINDOW_TIMEOUT);
            screen.screenshot("client-product-workbench");
            String title = screen.windowName(workbench);
            FirstStart.exitNormally(screen, workbench, started);
            tests.add(DynamicTest.dynamicTest("the product started on the client folder logs in through the server and exits normally",
                    () -> assertTrue(title.contains("admin"), title)));
            assertFalse(Files.exists(client.resolve("database")), "the product's start opened no database on the client");

            // What the workbench did is the server's: the client's command line asks the server's API.
            CommandLineRun paul = serverCli.on(client).as("admin", PASSWORD, "user", "show", "paul", "--format", "tsv");
            tests.add(DynamicTest.dynamicTest("the server's installation holds the user the client's workbench created, at the level it gave", () -> {
                assertEquals(0, paul.exitCode(), paul.err());
                assertTrue(paul.out().contains("level\t5"), paul.out());
                assertTrue(paul.out().contains("Paul Comptoir"), paul.out());
            }));
            tests.add(DynamicTest.dynamicTest("the client folder holds no database and no credential", () -> {
                assertFalse(Files.exists(client.resolve("database")));
                assertFalse(Files.exists(client.resolve("credentials.properties")));
                assertFalse(Files.exists(client.resolve("seal.key")));
            }));
        }
        return tests.stream();
    }
}

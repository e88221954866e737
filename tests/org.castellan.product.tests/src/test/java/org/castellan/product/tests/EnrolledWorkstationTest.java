package org.castellan.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.castellan.product.tests.ProductRun.CommandLineRun;
import org.junit.jupiter.api.Test;

/**
 * The built product on two workstations, each its own process: {@code castellan server} on the
 * server's installation, an administrator's {@code castellan server enrol}, {@code castellan enrol}
 * on a client folder that never held a database credential, then the client's command line
 * administering the installation through the server, where the services refuse a clerk.
 */
class EnrolledWorkstationTest {

    private static final String PASSWORD = "Pharma-2026x";
    private static final String CLERK_PASSWORD = "Counter-2026y";

    @Test
    void aClientProcessEnrolsAndAdministersThroughTheServerProcess() throws Exception {
        Path product = ProductRun.builtProduct();
        WorkFolder work = WorkFolder.fresh("enrolled-workstation");
        Path server = work.data();
        Path client = work.root().resolve("client");
        Path output = work.root().resolve("cli");
        ProductCommandLine serverCli = new ProductCommandLine(product, server, work.workingDir(), work.home(), output);
        CommandLineRun init = ProductRun.commandLine(product, List.of("init", "--name", "Pharmacy", "--admin", "admin", "--password-stdin", "-data",
                server.toString()), PASSWORD + "\n", work.workingDir(), work.home(), output, ProductRun.EXIT_TIMEOUT);
        assertEquals(0, init.exitCode(), init.err());
        assertEquals(0, serverCli.addUser("admin", PASSWORD, "clerk", CLERK_PASSWORD).exitCode());

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path serverOutput = work.root().resolve("server.txt");
        try (ProductRun running = ProductRun.start(product, List.of("server", "--port", Integer.toString(port), "--bind", "127.0.0.1", "-data",
                server.toString()), work.workingDir(), work.home(), Map.of(), serverOutput)) {
            awaitListening(running, serverOutput);
            String fingerprint = fingerprint(server.resolve("server-certificate.pem"));
            assertTrue(Files.readString(serverOutput).contains(fingerprint), "the server prints the fingerprint a client pins");

            CommandLineRun code = serverCli.as("admin", PASSWORD, "server", "enrol");
            assertEquals(0, code.exitCode(), code.err());
            CommandLineRun enrol = ProductRun.commandLine(product, List.of("enrol", "--server", "127.0.0.1:" + port, "--code", code.out().strip(),
                    "--fingerprint", fingerprint, "-data", client.toString()), "", work.workingDir(), work.home(), output, ProductRun.EXIT_TIMEOUT);
            assertEquals(0, enrol.exitCode(), enrol.err());
            assertTrue(Files.exists(client.resolve("enrolment.properties")), enrol.err());
            assertFalse(Files.exists(client.resolve("credentials.properties")) || Files.exists(client.resolve("seal.key")));
            CommandLineRun reused = ProductRun.commandLine(product, List.of("enrol", "--server", "127.0.0.1:" + port, "--code", code.out().strip(),
                    "--fingerprint", fingerprint, "-data", work.root().resolve("other").toString()), "", work.workingDir(), work.home(), output,
                    ProductRun.EXIT_TIMEOUT);
            assertEquals(1, reused.exitCode(), reused.err());
            assertTrue(reused.err().contains("HTTP 409"), reused.err());

            ProductCommandLine clientCli = serverCli.on(client);
            CommandLineRun added = clientCli.addUser("admin", PASSWORD, "paul", "Paul-2026-pw", "--name", "Paul");
            assertEquals(0, added.exitCode(), added.err());
            assertEquals(0, clientCli.as("admin", PASSWORD, "user", "level", "paul", "5").exitCode());
            CommandLineRun clerk = clientCli.as("clerk", CLERK_PASSWORD, "user", "level", "paul", "9");
            assertEquals(1, clerk.exitCode(), "the server's services refuse the clerk: " + clerk.err());
            CommandLineRun paul = clientCli.as("admin", PASSWORD, "user", "show", "paul", "--format", "tsv");
            assertEquals(0, paul.exitCode(), paul.err());
            assertTrue(paul.out().contains("level\t5"), paul.out());
            assertFalse(Files.exists(client.resolve("database")), "the client opened no database");
        }
    }

    /** Reads what the server process printed until it says where it listens (or it ends, or a minute passes). */
    private static void awaitListening(ProductRun running, Path output) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline) && running.isAlive()) {
            if (Files.exists(output) && Files.readString(output, StandardCharsets.UTF_8).contains("listening on https://127.0.0.1:")) {
                return;
            }
            Thread.sleep(200); // waiting for another process's line, not for time to pass
        }
        throw new AssertionError("castellan server did not say it listens\n" + running.outputTail());
    }

    private static String fingerprint(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            byte[] encoded = CertificateFactory.getInstance("X.509").generateCertificate(in).getEncoded();
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded));
        }
    }
}

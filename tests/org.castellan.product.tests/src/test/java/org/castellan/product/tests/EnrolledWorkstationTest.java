package org.castellan.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.castellan.product.tests.ProductRun.CommandLineRun;
import org.junit.jupiter.api.Test;

/**
 * The built product on two workstations, each its own process: {@code castellan server} on the
 * server's installation, an administrator's {@code castellan server enrol}, {@code castellan enrol}
 * on a client folder that never held a database credential, then the client's command line
 * administering the installation through the server, where the services refuse a clerk, and a
 * report the server runs written on the client.
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
        ProductCommandLine serverCli = ProductCommandLine.pharmacyWithClerk(product, work, output, PASSWORD, CLERK_PASSWORD);

        int port = ProductRun.freePort();
        Path serverOutput = work.root().resolve("server.txt");
        try (ProductRun running = ProductRun.start(product, List.of("server", "--port", Integer.toString(port), "--bind", "127.0.0.1", "-data",
                server.toString()), work.workingDir(), work.home(), Map.of(), serverOutput)) {
            running.awaitListening();
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
            // A report runs on the server and its file lands on the client.
            Path report = work.root().resolve("logins.csv");
            CommandLineRun exported = clientCli.as("admin", PASSWORD, "audit", "report", "logins", "--out", report.toString());
            assertEquals(0, exported.exitCode(), exported.err());
            assertTrue(exported.err().contains("written to " + report), exported.err());
            assertTrue(Files.readString(report).lines().count() > 1, Files.readString(report));
            assertFalse(Files.exists(client.resolve("database")), "the client opened no database");
        }
    }

    static String fingerprint(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            byte[] encoded = CertificateFactory.getInstance("X.509").generateCertificate(in).getEncoded();
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded));
        }
    }
}

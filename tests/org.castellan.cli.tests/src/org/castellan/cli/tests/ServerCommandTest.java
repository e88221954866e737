package org.castellan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.castellan.cli.internal.CommandLine;
import org.castellan.cli.internal.CommandLineApplication;
import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.JsonParser;

/** castellan server: its options checked, then a real server on a loopback port, used and stopped. */
class ServerCommandTest {

    private static final Pattern LISTENING = Pattern.compile("listening on https://127\\.0\\.0\\.1:(\\d+) ");

    @TempDir
    Path dir;

    @Test
    void badOptionsAreRefusedWithTheUsage() throws Exception {
        CliInstallation installation = new CliInstallation(dir.resolve("installation"));
        Run port = installation.run(ScriptedTerminal.stdin(), "server", "--port", "70000");
        assertEquals(ExitCode.USAGE, port.exitCode(), port.toString());
        assertTrue(port.err().contains("--port takes a port number from 0 to 65535 (0: any free port), not \u201c70000\u201d."), port.toString());
        Run keystore = installation.run(ScriptedTerminal.stdin(), "server", "--keystore", dir.resolve("server.p12").toString());
        assertEquals(ExitCode.USAGE, keystore.exitCode(), keystore.toString());
        assertTrue(keystore.err().contains("CASTELLAN_SERVER_KEYSTORE_PASSWORD"), keystore.toString());
        Run unknown = installation.run(ScriptedTerminal.stdin(), "server", "--as", "admin");
        assertEquals(ExitCode.USAGE, unknown.exitCode(), "no one logs in to serve: " + unknown);
        Run help = installation.run(ScriptedTerminal.stdin(), "help", "server");
        assertEquals(ExitCode.DONE, help.exitCode(), help.toString());
        assertTrue(help.out().contains("server [--port N] [--bind ADDRESS] [--keystore FILE]"), help.out());
        Run none = CliInstallation.run(dir.resolve("nothing-here"), ScriptedTerminal.stdin(), Map.of(), "server", "--port", "0");
        assertEquals(ExitCode.INSTALLATION_UNUSABLE, none.exitCode(), none.toString());
    }

    @Test
    void theServerServesUntilStoppedThenClosesTheInstallation() throws Exception {
        CliInstallation installation = new CliInstallation(dir.resolve("installation"));
        PipedInputStream printed = new PipedInputStream();
        PipedOutputStream out = new PipedOutputStream(printed);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                return new CommandLine(FrameworkUtil.getBundle(getClass()).getBundleContext(), installation.folder, ScriptedTerminal.stdin(), Map.of(), o, e)
                        .run("server", "--port", "0", "--bind", "127.0.0.1");
            }
        });
        // The first line it prints says where it listens (read as it comes: no waiting for time to pass).
        String listening = new BufferedReader(new InputStreamReader(printed, StandardCharsets.UTF_8)).readLine();
        Matcher matcher = LISTENING.matcher(String.valueOf(listening));
        assertTrue(matcher.find(), listening + " / " + err.toString(StandardCharsets.UTF_8));
        int port = Integer.parseInt(matcher.group(1));

        Path certificate = installation.folder.resolve("server-certificate.pem");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(installation.folder.resolve("server"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(installation.folder.resolve("server/server.p12"))));
        HttpClient http = HttpClient.newBuilder().sslContext(pinning(certificate)).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"admin\",\"password\":\"" + CliInstallation.PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, login.statusCode(), login.body());
        String token = JsonParser.parseString(login.body()).getAsJsonObject().get("token").getAsString();
        // the workbench of a client workstation reaches the installation's administration services through it
        HttpResponse<String> users = http.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/api/v1/services/UserAdministration/users"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"arguments\":[null]}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, users.statusCode(), users.body());
        assertTrue(JsonParser.parseString(users.body()).getAsJsonObject().getAsJsonArray("result").toString().contains("\"login\":\"admin\""),
                users.body());

        new CommandLineApplication().stop(); // what the framework does when the process is asked to stop
        assertEquals(ExitCode.DONE, exit.get(60, TimeUnit.SECONDS), err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Castellan server stopped"), err.toString(StandardCharsets.UTF_8));
        Run after = installation.asAdmin("user", "list");
        assertEquals(ExitCode.DONE, after.exitCode(), "the installation was closed and opens again: " + after);
    }

    private static SSLContext pinning(Path pem) throws Exception {
        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(pem)) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}

package org.castellan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.castellan.cli.internal.CommandLine;
import org.castellan.cli.internal.CommandLineApplication;
import org.castellan.cli.internal.ExitCode;
import org.castellan.server.client.Fingerprints;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code castellan server} running on an installation, on a loopback port, until {@link #close}:
 * what the server workstation runs, with its certificate's fingerprint as it prints it.
 */
final class ServerProcess implements AutoCloseable {

    final int port;
    final String fingerprint;
    private final CompletableFuture<Integer> exit;
    private final ByteArrayOutputStream err;

    private ServerProcess(int port, String fingerprint, CompletableFuture<Integer> exit, ByteArrayOutputStream err) {
        this.port = port;
        this.fingerprint = fingerprint;
        this.exit = exit;
        this.err = err;
    }

    /** A free loopback port, so that a restarted server listens where its clients enrolled. */
    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static ServerProcess start(Path folder, int port) throws Exception {
        PipedInputStream printed = new PipedInputStream();
        PipedOutputStream out = new PipedOutputStream(printed);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                return new CommandLine(FrameworkUtil.getBundle(ServerProcess.class).getBundleContext(), folder, ScriptedTerminal.stdin(), Map.of(), o, e)
                        .run("server", "--port", Integer.toString(port), "--bind", "127.0.0.1");
            }
        });
        String listening = new BufferedReader(new InputStreamReader(printed, StandardCharsets.UTF_8)).readLine();
        assertTrue(String.valueOf(listening).contains("listening on https://127.0.0.1:" + port), listening + " / " + err.toString(StandardCharsets.UTF_8));
        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(folder.resolve("server-certificate.pem"))) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        String fingerprint = Fingerprints.of(certificate);
        assertTrue(listening.contains(fingerprint), "the server prints the fingerprint clients pin: " + listening);
        return new ServerProcess(port, fingerprint, exit, err);
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        new CommandLineApplication().stop();
        assertEquals(ExitCode.DONE, exit.get(60, TimeUnit.SECONDS), err.toString(StandardCharsets.UTF_8));
    }
}

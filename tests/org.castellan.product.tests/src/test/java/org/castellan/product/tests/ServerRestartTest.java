package org.castellan.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;

/**
 * A host application's tokens outlive a restart of {@code castellan server}: the built product's
 * server runs as its own process, a host (this test, over HTTPS, pinning the server's certificate)
 * logs two users in, one logs out, the server process is stopped and started again, and the open
 * session's token still gets decisions while the closed session's is refused.
 */
class ServerRestartTest {

    private static final String PASSWORD = "Pharma-2026x";
    private static final String CLERK_PASSWORD = "Counter-2026y";
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    @Test
    void anOpenSessionsTokenOutlivesARestartOfTheServerProcessAClosedOnesDoesNot() throws Exception {
        Path product = ProductRun.builtProduct();
        WorkFolder work = WorkFolder.fresh("server-restart");
        Path server = work.data();
        Path output = work.root().resolve("cli");
        ProductCommandLine.pharmacyWithClerk(product, work, output, PASSWORD, CLERK_PASSWORD);
        int port = ProductRun.freePort();
        List<String> serve = List.of("server", "--port", Integer.toString(port), "--bind", "127.0.0.1", "-data", server.toString());

        String kept;
        String closed;
        HttpClient host;
        try (ProductRun running = ProductRun.start(product, serve, work.workingDir(), work.home(), Map.of(), work.root().resolve("server-1.txt"))) {
            running.awaitListening();
            host = pinned(server.resolve("server-certificate.pem"));
            kept = logIn(host, port, "clerk", CLERK_PASSWORD);
            closed = logIn(host, port, "admin", PASSWORD);
            assertEquals(200, call(host, port, "DELETE", "/api/v1/session", null, closed).statusCode());
            assertEquals(200, rights(host, port, kept).statusCode());
            running.close(); // SIGTERM, as systemd stops it
        }
        try (ProductRun running = ProductRun.start(product, serve, work.workingDir(), work.home(), Map.of(), work.root().resolve("server-2.txt"))) {
            running.awaitListening();
            HttpClient again = pinned(server.resolve("server-certificate.pem"));
            HttpResponse<String> resumed = rights(again, port, kept);
            assertEquals(200, resumed.statusCode(), "the open session's token answers the restarted server: " + resumed.body());
            assertTrue(resumed.body().contains("\"all\":false"), "the clerk holds no administration right: " + resumed.body());
            HttpResponse<String> refused = rights(again, port, closed);
            assertEquals(401, refused.statusCode(), "the closed session's token stays refused: " + refused.body());
            assertEquals(200, call(again, port, "POST", "/api/v1/session/heartbeat", "{\"userActive\":true}", kept).statusCode());
        }
    }

    private static HttpResponse<String> rights(HttpClient host, int port, String token) throws Exception {
        return call(host, port, "POST", "/api/v1/decisions/rights", "{\"rights\":[\"org.castellan.security.administer\"]}", token);
    }

    private static String logIn(HttpClient host, int port, String login, String password) throws Exception {
        HttpResponse<String> answer = call(host, port, "POST", "/api/v1/sessions",
                "{\"login\":\"" + login + "\",\"password\":\"" + password + "\",\"program\":\"Pharmacy till\"}", null);
        assertEquals(201, answer.statusCode(), answer.body());
        Matcher token = TOKEN.matcher(answer.body());
        assertTrue(token.find(), answer.body());
        return token.group(1);
    }

    private static HttpResponse<String> call(HttpClient host, int port, String method, String path, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return host.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A client that trusts the server's certificate and no other, as a host application pins it. */
    private static HttpClient pinned(Path pem) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            trusted.setCertificateEntry("castellan", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    }
}

package org.castellan.server.tests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A client of the server's API as a host would write it: java.net.http over HTTPS, the server's certificate pinned. */
final class Api {

    /** One answer: its status, its JSON and the response itself (headers). */
    record Answer(int status, JsonObject json, HttpResponse<String> response) {

        String error() {
            return json.has("error") ? json.get("error").getAsString() : null;
        }

        String message() {
            return json.has("message") ? json.get("message").getAsString() : null;
        }

        @Override
        public String toString() {
            return status + " " + response.body();
        }
    }

    private final HttpClient http;
    private final String base;

    Api(X509Certificate pinned, int port) throws GeneralSecurityException, IOException {
        this.http = HttpClient.newBuilder().sslContext(pinning(pinned)).connectTimeout(Duration.ofSeconds(10)).build();
        this.base = "https://127.0.0.1:" + port;
    }

    /** TLS 1.3 trusting only that certificate, as a host that pinned it at enrolment would. */
    static SSLContext pinning(X509Certificate certificate) throws GeneralSecurityException, IOException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("castellan-server", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    HttpClient http() {
        return http;
    }

    String base() {
        return base;
    }

    Answer post(String path, String json, String token) throws IOException, InterruptedException {
        return send("POST", path, json == null ? null : json.getBytes(StandardCharsets.UTF_8), "application/json", token);
    }

    Answer get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, null, null, token);
    }

    Answer delete(String path, String token) throws IOException, InterruptedException {
        return send("DELETE", path, null, null, token);
    }

    Answer send(String method, String path, byte[] body, String contentType, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return answer(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    static Answer answer(HttpResponse<String> response) {
        JsonElement json = JsonParser.parseString(response.body());
        return new Answer(response.statusCode(), json.isJsonObject() ? json.getAsJsonObject() : new JsonObject(), response);
    }

    /** Logs in; fails the test unless the session opened. Returns the token. */
    String login(String login, String password) throws IOException, InterruptedException {
        Answer answer = post("/api/v1/sessions", "{\"login\":\"" + login + "\",\"password\":\"" + password + "\",\"program\":\"till\"}", null);
        if (answer.status() != 201) {
            throw new AssertionError(answer.toString());
        }
        return answer.json().get("token").getAsString();
    }
}

package org.castellan.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Flow;

import org.castellan.audit.AuditJournal;
import org.castellan.server.CastellanServer;
import org.castellan.server.ServerOptions;
import org.castellan.server.tests.Api.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad request is refused with a JSON error and a fitting status; nothing changes and the server keeps answering. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private static final String RIGHTS = "/api/v1/decisions/rights";

    private ServerInstallation installation;
    private String token;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        installation = new ServerInstallation(dir);
        token = installation.api.login("clerk", ServerInstallation.PASSWORD);
    }

    @AfterAll
    void stop() {
        installation.close();
    }

    private static void refused(Answer answer, int status, String code, String says) {
        assertEquals(status, answer.status(), answer.toString());
        assertEquals(code, answer.error(), answer.toString());
        assertNotNull(answer.message(), answer.toString());
        assertTrue(answer.message().contains(says), answer.toString());
        assertTrue(answer.response().headers().firstValue("Content-Type").orElse("").startsWith("application/json"), answer.toString());
    }

    @Test
    void malformedJsonIsRefused() throws Exception {
        refused(installation.api.post(RIGHTS, "{\"rights\":[", token), 400, "bad_request", "not valid JSON");
        refused(installation.api.post(RIGHTS, "{rights:['x']}", token), 400, "bad_request", "not valid JSON");
        refused(installation.api.post(RIGHTS, "{\"rights\":[]} {}", token), 400, "bad_request", "not valid JSON");
        refused(installation.api.post(RIGHTS, "[\"x\"]", token), 400, "bad_request", "one JSON object");
        refused(installation.api.post(RIGHTS, "{\"rights\":\"x\"}", token), 400, "bad_request", "\"rights\" must be a list of strings");
        refused(installation.api.post(RIGHTS, "{\"rights\":[1]}", token), 400, "bad_request", "\"rights\"");
        refused(installation.api.post(RIGHTS, "{}", token), 400, "bad_request", "\"rights\" is missing");
        refused(installation.api.post("/api/v1/decisions/option", "{\"option\":\"  \"}", token), 400, "bad_request", "\"option\" is empty");
        refused(installation.api.post(RIGHTS, "[".repeat(100_000), token), 413, "too_large", "larger than");
        refused(installation.api.post(RIGHTS, "[".repeat(10_000), token), 400, "bad_request", "not valid JSON");
    }

    @Test
    void unknownFieldsAreRefusedNotIgnored() throws Exception {
        refused(installation.api.post(RIGHTS, "{\"rights\":[],\"user\":\"admin\"}", token), 400, "unknown_field", "\"user\"");
        refused(installation.api.post("/api/v1/sessions", "{\"login\":\"clerk\",\"password\":\"Pharma-2026x\",\"level\":9}", null), 400,
                "unknown_field", "login, password");
    }

    @Test
    void oversizedBodiesAreRefusedWhetherTheirLengthIsDeclaredOrNot() throws Exception {
        String big = "{\"rights\":[" + "\"x\",".repeat(40_000) + "\"x\"]}";
        refused(installation.api.post(RIGHTS, big, token), 413, "too_large", "65536");
        // Chunked: no Content-Length, the limit is found while reading.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(installation.api.base() + RIGHTS)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(unsized(big.getBytes(StandardCharsets.UTF_8))).build();
        refused(Api.answer(installation.api.http().send(chunked, HttpResponse.BodyHandlers.ofString())), 413, "too_large", "larger than");
    }

    /** A body publisher that does not tell its length, so the client sends it chunked. */
    private static HttpRequest.BodyPublisher unsized(byte[] bytes) {
        HttpRequest.BodyPublisher sized = HttpRequest.BodyPublishers.ofByteArray(bytes);
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
                sized.subscribe(subscriber);
            }
        };
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() throws Exception {
        refused(installation.api.send("POST", RIGHTS, "rights=x".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", token), 415,
                "unsupported_media_type", "application/json");
        refused(installation.api.send("POST", RIGHTS, "{\"rights\":[]}".getBytes(StandardCharsets.UTF_8), "text/plain", token), 415,
                "unsupported_media_type", "Content-Type");
    }

    /**
     * A request refused before its body is read (here: not JSON) must not leave the rest of the
     * body on the connection: the client's next request on it would read nothing (CI saw "header
     * parser received no bytes").
     */
    @Test
    void theConnectionServesTheNextRequestAfterABodyRefusedUnread() throws Exception {
        byte[] text = "x".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 10; i++) {
            refused(installation.api.send("POST", RIGHTS, text, "text/plain", token), 415, "unsupported_media_type", "Content-Type");
            refused(installation.api.send("POST", "/api/v1/nowhere", text, "application/json", token), 404, "not_found", "/api/v1/nowhere");
            assertEquals(200, installation.api.post(RIGHTS, "{\"rights\":[\"x\"]}", token).status());
        }
    }

    @Test
    void wrongMethodsAndUnknownPathsAreRefused() throws Exception {
        Answer get = installation.api.get(RIGHTS, token);
        refused(get, 405, "method_not_allowed", "POST");
        assertEquals("POST", get.response().headers().firstValue("Allow").orElse(""));
        refused(installation.api.send("PUT", "/api/v1/session", null, null, token), 405, "method_not_allowed", "DELETE");
        refused(installation.api.get("/api/v2/decisions/rights", token), 404, "not_found", "/api/v1/openapi.json");
        refused(installation.api.get("/", null), 404, "not_found", "/api/v1/openapi.json");
    }

    @Test
    void missingWrongAndForeignTokensAreRefused(@TempDir Path otherDir) throws Exception {
        String ask = "{\"rights\":[\"x\"]}";
        Answer none = installation.api.post(RIGHTS, ask, null);
        refused(none, 401, "unauthorized", "Authorization: Bearer");
        assertTrue(none.response().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        refused(installation.api.post(RIGHTS, ask, "not-a-token"), 401, "unauthorized", "log in");
        refused(installation.api.post(RIGHTS, ask, token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A")), 401, "unauthorized",
                "log in");
        HttpRequest basic = HttpRequest.newBuilder(URI.create(installation.api.base() + RIGHTS)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + token).POST(HttpRequest.BodyPublishers.ofString(ask)).build();
        refused(Api.answer(installation.api.http().send(basic, HttpResponse.BodyHandlers.ofString())), 401, "unauthorized", "log in");

        // Another server (its own folder, certificate and tokens) over the same services: its token means nothing here.
        try (CastellanServer other = CastellanServer.start(otherDir, installation.services, ServerOptions.defaults().withAddress("127.0.0.1", 0),
                installation.clock)) {
            String foreign = new Api(other.certificate(), other.port()).login("clerk", ServerInstallation.PASSWORD);
            refused(installation.api.post(RIGHTS, ask, foreign), 401, "unauthorized", "log in");
        }
    }

    @Test
    void nothingChangesAndTheServerStillAnswers() throws Exception {
        int sessions = installation.count("sessions");
        int exported = installation.journaled(AuditJournal.TOPIC_EXPORTED).size();
        for (String body : List.of("{\"kind\":\"export\",\"source\":\"S\",\"rows\":1}", "{\"kind\":\"export\",\"source\":\"S\",\"rows\":1.5,\"file\":\"f\"}",
                "{\"kind\":\"export\",\"source\":\"S\",\"rows\":1,\"file\":\"f\",\"extra\":1}", "{\"kind\":\"export\"")) {
            assertEquals(400, installation.api.post("/api/v1/journal", body, token).status(), body);
        }
        assertEquals(400, installation.api.post("/api/v1/sessions", "{\"login\":\"clerk\"}", null).status());
        assertEquals(sessions, installation.count("sessions"));
        assertEquals(exported, installation.journaled(AuditJournal.TOPIC_EXPORTED).size());
        assertEquals(200, installation.api.post(RIGHTS, "{\"rights\":[\"x\"]}", token).status());
    }
}

package org.castellan.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.castellan.server.tests.Api.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and truncated bodies on every JSON endpoint: each is answered with JSON, never a server
 * error, and the server still answers a good request afterwards. The seed is printed with a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzTest {

    private static final long SEED = Long.getLong("castellan.fuzz.seed", System.nanoTime());
    private static final Set<Integer> FITTING = Set.of(200, 201, 400, 401, 403, 409, 410, 413, 415, 429);
    /** A service call: also no such method (a mutated arity) and the service's refusal (the clerk administers nothing). */
    private static final String SERVICE = "/api/v1/services/UserAdministration/createUser";
    private static final Set<Integer> FITTING_SERVICE = Set.of(200, 400, 401, 404, 413, 415, 422);

    /**
     * Calls an administrator's token gets through to the service, so that what the codec reads as
     * text (a zone, dates, a server's path, a setting's value) meets random input.
     */
    private static final Map<String, String> ADMINISTRATORS = Map.of( //
            "/api/v1/services/SessionRegistry/defaultBan", "{\"arguments\":[\"***\",\"Europe/Paris\"]}", //
            "/api/v1/services/AuditReports/run", "{\"arguments\":[null,\"LOGINS\",{\"from\":\"2026-11-01\",\"to\":\"2026-11-30\","
                    + "\"login\":\"clerk\",\"bundle\":\"\",\"failuresOnly\":false}]}", //
            "/api/v1/services/BackupService/medium", "{\"arguments\":[\"/tmp/castellan-fuzz-medium\"]}", //
            "/api/v1/services/SettingsAdministration/checkProblem", "{\"arguments\":[\"sessions.heartbeat.seconds\",\"45\"]}", //
            "/api/v1/services/DirectoryService/search", "{\"arguments\":[null,\"ann\"]}");

    private ServerInstallation installation;
    private String token;
    private String adminToken;
    private Map<String, String> valid;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        installation = new ServerInstallation(dir);
        token = installation.api.login("clerk", ServerInstallation.PASSWORD);
        adminToken = installation.api.login("admin", ServerInstallation.PASSWORD);
        valid = Map.of("/api/v1/decisions/option", "{\"option\":\"org.castellan.server.tests.views.till\"}", //
                "/api/v1/decisions/rights", "{\"rights\":[\"" + ServerInstallation.CASH + "\",\"b\"]}", //
                "/api/v1/decisions/object", "{\"object\":\"" + installation.balanceId + "\"}", //
                "/api/v1/decisions/data-filter", "{\"model\":\"" + installation.salesModelId + "\",\"schema\":{\"[Customer]\":[\"c\"]}}", //
                "/api/v1/journal", "{\"kind\":\"copy\",\"source\":\"Customers\",\"rows\":3}", //
                "/api/v1/session/heartbeat", "{\"userActive\":true}", //
                "/api/v1/sessions", "{\"login\":\"nobody\",\"password\":\"wrong\"}", //
                "/api/v1/enrolment", "{\"code\":\"AAAA-BBBB-CCCC\",\"workstation\":\"till-2\"}", //
                "/api/v1/enrolment/codes", "{}", //
                "/api/v1/commands", "{\"arguments\":[\"user\",\"list\",\"--format\",\"json\"],\"stdin\":\"x\\n\"}");
        valid = new java.util.HashMap<>(valid);
        valid.put(SERVICE, "{\"arguments\":[null,{\"login\":\"paul\",\"displayName\":\"Paul\",\"authorizationLevel\":3,\"password\":[\"x\"]}]}");
        valid.putAll(ADMINISTRATORS);
    }

    @AfterAll
    void stop() {
        installation.close();
    }

    @Test
    void randomAndTruncatedBodiesAreAnsweredWithJsonErrors() throws Exception {
        Random random = new Random(SEED);
        String alphabet = "{}[]\":,.-+eE0123456789 \\/\ttrufalsn\u00e9\u20ac\uD83D\uDE00abc";
        int requests = 0;
        for (Map.Entry<String, String> endpoint : valid.entrySet()) {
            String good = endpoint.getValue();
            for (int cut = 0; cut < good.length(); cut++) {
                check(endpoint.getKey(), good.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                requests++;
            }
            for (int i = 0; i < 40; i++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(80);
                for (int c = 0; c < length; c++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                check(endpoint.getKey(), text.toString().getBytes(StandardCharsets.UTF_8));
                byte[] bytes = new byte[random.nextInt(64)];
                random.nextBytes(bytes);
                check(endpoint.getKey(), bytes);
                StringBuilder mutated = new StringBuilder(good);
                mutated.setCharAt(random.nextInt(good.length()), alphabet.charAt(random.nextInt(alphabet.length())));
                check(endpoint.getKey(), mutated.toString().getBytes(StandardCharsets.UTF_8));
                requests += 3;
            }
        }
        assertTrue(requests > 500, "requests sent: " + requests);
        Answer still = installation.api.post("/api/v1/decisions/rights", "{\"rights\":[\"" + ServerInstallation.CASH + "\"]}", token);
        assertTrue(List.of(200, 401).contains(still.status()), still.toString());
        installation.clock.advance(java.time.Duration.ofMinutes(2)); // past the log-in attempt limits the fuzzed log-ins reached
        String fresh = installation.api.login("cashier", ServerInstallation.PASSWORD);
        assertEquals(200, installation.api.post("/api/v1/decisions/rights", "{\"rights\":[\"x\"]}", fresh).status(), "the server still answers");
        assertTrue(installation.service(org.castellan.security.UserAdministration.class).users(installation.admin).stream()
                .noneMatch(u -> u.login().equals("paul")), "the clerk created no one");
    }

    private void check(String path, byte[] body) throws Exception {
        Answer answer;
        try {
            answer = installation.api.send("POST", path, body, "application/json", ADMINISTRATORS.containsKey(path) ? adminToken : token);
        } catch (com.google.gson.JsonParseException e) {
            throw new AssertionError("seed " + SEED + ": " + path + " answered what is not JSON to " + new String(body, StandardCharsets.UTF_8), e);
        }
        String context = "seed " + SEED + ": " + path + " <- " + new String(body, StandardCharsets.UTF_8) + " -> " + answer;
        assertTrue((path.equals(SERVICE) || ADMINISTRATORS.containsKey(path) ? FITTING_SERVICE : FITTING).contains(answer.status()), context);
        if (answer.status() >= 400) {
            assertNotNull(answer.error(), context);
            assertNotNull(answer.message(), context);
        }
    }
}

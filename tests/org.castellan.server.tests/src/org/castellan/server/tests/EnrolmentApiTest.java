package org.castellan.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.castellan.server.client.Fingerprints;
import org.castellan.server.client.PinnedServer;
import org.castellan.server.tests.Api.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enrolment endpoints and the administration endpoint over real HTTPS: codes for
 * administrators only, each good once and for ten minutes on the server's clock, every refusal
 * with its status; the verbs handed on with the token's user, and malformed bodies refused
 * before any verb runs.
 */
class EnrolmentApiTest {

    @TempDir
    Path dir;

    private ServerInstallation installation;

    @BeforeEach
    void start() throws Exception {
        installation = new ServerInstallation(dir);
    }

    @AfterEach
    void stop() {
        installation.close();
    }

    private String code() throws Exception {
        String admin = installation.api.login("admin", ServerInstallation.PASSWORD);
        Answer issued = installation.api.post("/api/v1/enrolment/codes", "", admin);
        assertEquals(201, issued.status(), issued.toString());
        assertEquals(Fingerprints.of(installation.server.certificate()), issued.json().get("fingerprint").getAsString());
        return issued.json().get("code").getAsString();
    }

    private Answer enrol(String code) throws Exception {
        return installation.api.post("/api/v1/enrolment", "{\"code\":\"" + code + "\",\"workstation\":\"till-2\"}", null);
    }

    @Test
    void aCodeIsForAdministratorsAndEnrolsOnceWithinTenMinutes() throws Exception {
        Answer clerk = installation.api.post("/api/v1/enrolment/codes", "", installation.api.login("clerk", ServerInstallation.PASSWORD));
        assertEquals(403, clerk.status(), clerk.toString());
        assertEquals("not_administrator", clerk.error());
        assertEquals(401, installation.api.post("/api/v1/enrolment/codes", "", null).status(), "no token, no code");

        String code = code();
        Answer wrong = enrol("AAAA-BBBB-CCCC");
        assertEquals(403, wrong.status(), wrong.toString());
        assertEquals("enrolment_code_unknown", wrong.error());
        Answer enrolled = enrol(code.toLowerCase().replace('-', ' '));
        assertEquals(201, enrolled.status(), enrolled.toString());
        assertEquals("admin", enrolled.json().get("issuedBy").getAsString());
        Answer reused = enrol(code);
        assertEquals(409, reused.status(), reused.toString());
        assertEquals("enrolment_code_used", reused.error());
        assertTrue(reused.message().contains("already been used"), reused.message());

        List<String> issued = installation.journaled("org/castellan/server/enrolment/CODE_ISSUED");
        assertEquals(1, issued.size(), "the administrator's code is journaled, the clerk's refusal gave none: " + issued);
        assertTrue(issued.get(0).contains("expiresAt"), issued.get(0));
        List<String> enrolments = installation.journaled("org/castellan/server/enrolment/ENROLLED");
        assertEquals(1, enrolments.size(), "one workstation enrolled, the refusals journal nothing: " + enrolments);
        assertTrue(enrolments.get(0).contains("till-2") && enrolments.get(0).contains("127.0.0.1"), enrolments.get(0));

        String late = code();
        installation.clock.advance(Duration.ofMinutes(10));
        Answer expired = enrol(late);
        assertEquals(410, expired.status(), expired.toString());
        assertEquals("enrolment_code_expired", expired.error());
        String inTime = code();
        installation.clock.advance(Duration.ofMinutes(9));
        assertEquals(201, enrol(inTime).status(), "a code lives ten minutes on the server's clock");
    }

    @Test
    void guessingCodesIsLimitedPerAddress() throws Exception {
        int refused = 0;
        Answer answer = null;
        for (int i = 0; i < 25 && (answer == null || answer.status() != 429); i++) {
            answer = enrol("AAAA-BBBB-" + (1000 + i));
            refused++;
        }
        assertEquals(429, answer.status(), answer.toString());
        assertTrue(refused > 10, "after " + refused);
        assertTrue(answer.response().headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void aPinnedClientMeetsTheServerAndIsRefusedByAnotherCertificate() throws Exception {
        String fingerprint = Fingerprints.of(PinnedServer.meet("127.0.0.1", installation.server.port()));
        assertEquals(Fingerprints.of(installation.server.certificate()), fingerprint);
        PinnedServer pinned = new PinnedServer("127.0.0.1", installation.server.port(), fingerprint);
        com.google.gson.JsonObject body = new com.google.gson.JsonObject();
        body.addProperty("code", code());
        assertEquals(201, pinned.post("/api/v1/enrolment", body, java.util.Optional.empty()).status());
        PinnedServer other = new PinnedServer("127.0.0.1", installation.server.port(), fingerprint.replace(fingerprint.charAt(0), fingerprint.charAt(0) == 'A' ? 'B' : 'A'));
        org.castellan.server.client.ConnectionException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.castellan.server.client.ConnectionException.class, () -> other.post("/api/v1/enrolment", body, java.util.Optional.empty()));
        assertEquals(org.castellan.server.client.ConnectionException.Problem.CERTIFICATE_CHANGED, refused.problem());
        assertTrue(refused.getMessage().contains(fingerprint), refused.getMessage());
    }

    @Test
    void verbsGoWithTheTokensUserAndMalformedBodiesRunNothing() throws Exception {
        String clerk = installation.api.login("clerk", ServerInstallation.PASSWORD);
        Answer ran = installation.api.post("/api/v1/commands", "{\"arguments\":[\"user\",\"list\"],\"stdin\":\"secret\\n\"}", clerk);
        assertEquals(200, ran.status(), ran.toString());
        assertEquals(0, ran.json().get("exitCode").getAsInt());
        assertEquals("user list\n", ran.json().get("out").getAsString());
        assertEquals(List.of("clerk: user list <7"), installation.commandsRun);
        Answer refusedVerb = installation.api.post("/api/v1/commands", "{\"arguments\":[\"refused\"]}", clerk);
        assertEquals(200, refusedVerb.status(), "a verb's refusal is its exit code: " + refusedVerb);
        assertEquals(1, refusedVerb.json().get("exitCode").getAsInt());

        for (String bad : new String[] { "{\"arguments\":\"user list\"}", "{\"arguments\":[]}", "{\"arguments\":[\"user\",1]}",
                "{\"arguments\":[\"user\"],\"stdin\":[\"x\"]}", "{\"arguments\":[\"user\"],\"as\":\"admin\"}", "{\"stdin\":\"x\"}", "[\"user\"]",
                "{\"arguments\":[\"user\"]" }) {
            Answer answer = installation.api.post("/api/v1/commands", bad, clerk);
            assertEquals(400, answer.status(), bad + " -> " + answer);
            assertTrue(answer.message() != null && !answer.message().isBlank(), answer.toString());
        }
        assertEquals(401, installation.api.post("/api/v1/commands", "{\"arguments\":[\"user\",\"list\"]}", null).status());
        assertEquals(2, installation.commandsRun.size(), "no malformed or unauthenticated request reached a verb: " + installation.commandsRun);
    }
}

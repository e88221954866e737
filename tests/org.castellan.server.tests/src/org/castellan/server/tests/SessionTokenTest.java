package org.castellan.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.castellan.server.tests.Api.Answer;
import org.castellan.sessions.Ban;
import org.castellan.sessions.BanRequest;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Log-in, the token bound to its session, heartbeat and log-out, and the token's end with its session. */
class SessionTokenTest {

    private static final String RIGHTS = "/api/v1/decisions/rights";
    private static final String ASK = "{\"rights\":[\"" + ServerInstallation.CASH + "\"]}";

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

    @Test
    void aLoginOpensASessionWhoseTokenAnswersUntilLogOut() throws Exception {
        Answer login = installation.api.post("/api/v1/sessions",
                "{\"login\":\"cashier\",\"password\":\"Pharma-2026x\",\"workstation\":\"till-1\",\"program\":\"Pharmacy till\",\"programVersion\":\"4.2\"}", null);
        assertEquals(201, login.status(), login.toString());
        String token = login.json().get("token").getAsString();
        assertEquals("cashier", login.json().getAsJsonObject("user").get("login").getAsString());
        assertEquals(2, login.json().getAsJsonObject("user").get("level").getAsInt());
        assertEquals(30, login.json().get("heartbeatSeconds").getAsInt());

        SessionInfo session = installation.sessions.sessions(Optional.empty()).stream().filter(s -> s.login().equals("cashier")).findFirst().orElseThrow();
        assertEquals(login.json().get("sessionId").getAsString(), session.id());
        assertEquals("till-1", session.workstation().name());
        assertEquals("127.0.0.1", session.workstation().ipAddress());
        assertEquals("Pharmacy till", session.workstation().program());

        Answer held = installation.api.post(RIGHTS, ASK, token);
        assertEquals(200, held.status(), held.toString());
        assertTrue(held.json().get("all").getAsBoolean());

        installation.clock.advance(Duration.ofSeconds(30));
        Answer beat = installation.api.post("/api/v1/session/heartbeat", "{\"userActive\":true}", token);
        assertEquals(200, beat.status(), beat.toString());
        assertTrue(beat.json().get("open").getAsBoolean());

        Answer out = installation.api.delete("/api/v1/session", token);
        assertEquals(200, out.status(), out.toString());
        assertTrue(installation.sessions.sessions(Optional.empty()).stream().noneMatch(s -> s.login().equals("cashier")), "the session is closed");
        Answer after = installation.api.post(RIGHTS, ASK, token);
        assertEquals(401, after.status(), after.toString());
        assertEquals("unauthorized", after.error());
        assertTrue(after.message().contains("log in"), after.message());
        assertEquals(401, installation.api.delete("/api/v1/session", token).status(), "a second log-out with the dead token");
    }

    @Test
    void aWrongPasswordOpensNothing() throws Exception {
        Answer refused = installation.api.post("/api/v1/sessions", "{\"login\":\"clerk\",\"password\":\"wrong-one\"}", null);
        assertEquals(401, refused.status(), refused.toString());
        assertEquals("login_refused", refused.error());
        Answer unknown = installation.api.post("/api/v1/sessions", "{\"login\":\"nobody\",\"password\":\"wrong-one\"}", null);
        assertEquals(refused.message(), unknown.message(), "the message never tells whether the login exists");
        assertEquals(0, installation.count("sessions"));
    }

    @Test
    void aTokenEndsWhenItsSessionMissesItsHeartbeats() throws Exception {
        String token = installation.api.login("clerk", ServerInstallation.PASSWORD);
        Duration staleAfter = SessionSettings.DEFAULT.staleAfter();
        installation.clock.advance(staleAfter.minusSeconds(1));
        assertEquals(200, installation.api.post(RIGHTS, ASK, token).status(), "still within the heartbeats it may miss");
        installation.clock.advance(Duration.ofSeconds(2));
        Answer expired = installation.api.post(RIGHTS, ASK, token);
        assertEquals(401, expired.status(), expired.toString());
    }

    @Test
    void aHeartbeatAfterTheIdleTimeoutEndsTheSessionAndItsToken() throws Exception {
        installation.setting(SessionSettings.IDLE_TIMEOUT_MINUTES, "5");
        String token = installation.api.login("clerk", ServerInstallation.PASSWORD);
        java.time.Instant start = installation.clock.instant();
        for (int beat = 0; beat < 12; beat++) { // heartbeats on time for six minutes, but the user does nothing
            installation.clock.advance(Duration.ofSeconds(30));
            Answer answer = installation.api.post("/api/v1/session/heartbeat", "{\"userActive\":false}", token);
            assertEquals(200, answer.status(), answer.toString());
            if (!answer.json().get("open").getAsBoolean()) {
                assertTrue(installation.clock.instant().isAfter(start.plus(Duration.ofMinutes(5)).minusSeconds(1)), "not before the timeout");
                assertTrue(answer.json().has("endReason"), answer.toString());
                assertEquals(401, installation.api.post(RIGHTS, ASK, token).status(), "refused once the session ended");
                return;
            }
        }
        throw new AssertionError("the idle timeout never ended the session");
    }

    @Test
    void aSessionClosedElsewhereEndsItsTokenAtTheNextSweep() throws Exception {
        String token = installation.api.login("clerk", ServerInstallation.PASSWORD);
        String other = installation.api.login("cashier", ServerInstallation.PASSWORD);
        SessionInfo clerks = installation.sessions.sessions(Optional.empty()).stream().filter(s -> s.login().equals("clerk")).findFirst().orElseThrow();
        installation.sessions.close(clerks.id(), "closed by the workstation");
        assertEquals(1, installation.server.sweep());
        assertEquals(401, installation.api.post(RIGHTS, ASK, token).status());
        assertEquals(200, installation.api.post(RIGHTS, ASK, other).status(), "the other session's token still answers");
    }

    @Test
    void aBanRefusesTheLoginWithItsMessageAndOpensNothing() throws Exception {
        Ban ban = installation.sessions.block(installation.admin, new BanRequest(Ban.ALL_COMPANIES, installation.clock.instant(),
                installation.clock.instant().plus(Duration.ofHours(2)), "Stock-taking until 11:00"));
        Answer refused = installation.api.post("/api/v1/sessions", "{\"login\":\"clerk\",\"password\":\"Pharma-2026x\"}", null);
        assertEquals(403, refused.status(), refused.toString());
        assertEquals("banned", refused.error());
        assertTrue(refused.message().contains("Stock-taking until 11:00"), refused.message());
        assertEquals("Stock-taking until 11:00", refused.json().getAsJsonObject("ban").get("message").getAsString());
        assertEquals(ban.id(), refused.json().getAsJsonObject("ban").get("id").getAsString());
        assertFalse(refused.json().get("mayOverride").getAsBoolean());
        assertFalse(refused.json().has("token"));
        assertEquals(0, installation.count("sessions"));

        Answer forced = installation.api.post("/api/v1/sessions", "{\"login\":\"admin\",\"password\":\"Pharma-2026x\",\"forceBan\":true}", null);
        assertEquals(201, forced.status(), "a security administrator opens through the ban: " + forced);
    }

    @Test
    void aTokenOutlivesARestartOfTheServerWhileItsSessionIsOpenAndNotStale() throws Exception {
        String kept = installation.api.login("cashier", ServerInstallation.PASSWORD);
        String silent = installation.api.login("clerk", ServerInstallation.PASSWORD);
        String loggedOut = installation.api.login("admin", ServerInstallation.PASSWORD);
        assertEquals(200, installation.api.delete("/api/v1/session", loggedOut).status());
        Duration staleAfter = SessionSettings.DEFAULT.staleAfter();
        installation.clock.advance(staleAfter.minusSeconds(10));
        assertEquals(200, installation.api.post("/api/v1/session/heartbeat", "{\"userActive\":true}", kept).status());
        installation.clock.advance(Duration.ofSeconds(20)); // the clerk's session has now missed its heartbeats, the cashier's has not

        // The database holds the tokens' hashes, never a token.
        String hashes = installation.registration.store().inTransaction(tx -> {
            StringBuilder all = new StringBuilder();
            try (var st = tx.connection().createStatement(); var rs = st.executeQuery("SELECT token_hash FROM sessions")) {
                while (rs.next()) {
                    all.append(rs.getString(1)).append(' ');
                }
            }
            return all.toString();
        });
        assertTrue(hashes.matches("([0-9a-f]{64} ){2}"), "a hash for each open session: " + hashes);
        assertFalse(hashes.contains(kept) || hashes.contains(silent), hashes);

        installation.restartServer();
        Answer resumed = installation.api.post(RIGHTS, ASK, kept);
        assertEquals(200, resumed.status(), "the open session's token answers after the restart: " + resumed);
        assertTrue(resumed.json().get("all").getAsBoolean(), resumed.toString());
        assertEquals(200, installation.api.post("/api/v1/session/heartbeat", "{\"userActive\":true}", kept).status());
        assertEquals(401, installation.api.post(RIGHTS, ASK, silent).status(), "a stale session's token is refused");
        assertEquals(401, installation.api.post(RIGHTS, ASK, loggedOut).status(), "a closed session's token is refused");

        // After the restart the token still ends with its session.
        assertEquals(200, installation.api.delete("/api/v1/session", kept).status());
        installation.restartServer();
        assertEquals(401, installation.api.post(RIGHTS, ASK, kept).status(), "logged out, then restarted: refused");
    }
}
